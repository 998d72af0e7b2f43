// Part II — quality of professionalism of civil servants (Q8–Q22). Following the paper:
// institutional trust ("structural conditions"), the expected and assessed qualities and
// competencies, and then the respondent's own experience of dealing with officials
// ("justified expectations", Q15–Q19), asked only of those who answered S1 = Yes.
import type { Condition, ItemInput, PartInput } from "../types";
import { S1_YES } from "./screening";
import {
  OPEN_PLACEHOLDER,
  SELECT_ALL_HELP,
  SELECT_UP_TO_THREE_HELP,
  choices,
  level5,
  t,
  trust5,
  withProvenance,
  yesNo4,
} from "./scales";

const hasExperience: Condition = { variable: "S1", op: "equals", value: S1_YES };

const generalItems: ItemInput[] = [
  {
    kind: "single",
    variable: "Q8",
    ordered: true,
    // The paper: trust "at the institutional level" ("structural conditions").
    provenance: "paper-derived",
    text: t(
      "Қазақстанның мемлекеттік қызметіне институт ретінде қаншалықты сенесіз?",
      "Насколько Вы доверяете государственной службе Казахстана как институту?",
      "To what extent do you trust the civil service of Kazakhstan as an institution?",
    ),
    options: trust5,
  },
  {
    // The question and its first option are the paper's (60% chose "a person who focuses
    // on people"); the paper does not list the other options, so they are marked "added".
    kind: "single",
    variable: "Q9",
    provenance: "paper",
    text: t(
      "Кез келген мемлекеттік органның басшысымен кездескенде алдыңызда кімді көргіңіз келер еді?",
      "При встрече с руководителем любого государственного органа кого бы Вы хотели видеть перед собой?",
      "When meeting with the head of any government agency, who would you like to see in front of you?",
    ),
    options: withProvenance(
      choices(
        [
          t("Адамдарға бағдар ұстайтын тұлғаны", "Человека, ориентированного на людей", "A person who focuses on people"),
          t("Құзыретті кәсіби маманды", "Компетентного профессионала", "A competent professional"),
          t("Мықты басқарушыны", "Сильного управленца", "A strong manager"),
          t("Саясаткерді, қоғам қайраткерін", "Политика, публичную фигуру", "A politician, a public figure"),
        ],
        { special: ["hardToSay"] },
      ).options,
      [2, 3, 4, 99],
      "added",
    ),
  },
  {
    kind: "multi",
    variable: "Q10",
    provenance: "paper-derived",
    text: t(
      "Сіздің ойыңызша, мемлекеттік қызметшінің қандай жеке қасиеттері ең маңызды?",
      "Какие личные качества государственного служащего Вы считаете наиболее важными?",
      "Which personal qualities of a civil servant do you consider the most important?",
    ),
    help: SELECT_UP_TO_THREE_HELP,
    maxSelections: 3,
    exclusiveCodes: [99],
    ...choices(
      [
        t("Адалдық және сыбайлас жемқорлыққа қарсы тұра білу", "Честность и неподкупность", "Honesty and incorruptibility"),
        t("Жауапкершілік", "Ответственность", "Responsibility"),
        t("Азаматтарға құрметпен және сыпайы қарау", "Уважительное и вежливое отношение к гражданам", "Respect and courtesy towards citizens"),
        t("Ашықтық және диалогқа дайын болу", "Открытость и готовность к диалогу", "Openness and readiness for dialogue"),
        t(
          "Эмпатия, адамдарға көмектесуге ниетті болу",
          "Эмпатия, стремление помогать людям",
          "Empathy, a desire to help people",
        ),
        t("Әділдік және бейтараптық", "Справедливость и беспристрастность", "Fairness and impartiality"),
        t(
          "Бастамашылдық және нәтижеге бағдарлану",
          "Инициативность и нацеленность на результат",
          "Initiative and a focus on results",
        ),
        t(
          "Отансүйгіштік және мемлекеттік қызметке берілгендік",
          "Патриотизм и преданность государственной службе",
          "Patriotism and dedication to public service",
        ),
      ],
      {
        other: t("Қасиетті нақты жазыңыз", "Укажите, какое качество", "Please specify the quality"),
        special: ["hardToSay"],
      },
    ),
  },
  {
    // The competency block; McKinsey's "effective use of digital tools" is one row.
    kind: "matrix",
    variable: "Q11",
    provenance: "paper-derived",
    text: t(
      "Мемлекеттік қызметшілердің мына құзыреттерінің деңгейін қалай бағалар едіңіз?",
      "Как бы Вы оценили уровень следующих компетенций государственных служащих?",
      "How would you rate the level of the following competencies of civil servants?",
    ),
    help: t(
      "Әр құзыретті бағалаңыз.",
      "Оцените каждую компетенцию.",
      "Rate each competency.",
    ),
    rows: [
      { variable: "Q11_1", text: t("Кәсіби білім", "Профессиональные знания", "Professional knowledge") },
      { variable: "Q11_2", text: t("Азаматтармен коммуникация", "Коммуникация с гражданами", "Communication with citizens") },
      { variable: "Q11_3", text: t("Мәселелерді шеше білу", "Умение решать проблемы", "Problem solving") },
      {
        variable: "Q11_4",
        text: t("Цифрлық құралдарды пайдалану", "Использование цифровых инструментов", "Use of digital tools"),
      },
      { variable: "Q11_5", text: t("Кәсіби әдеп", "Профессиональная этика", "Professional ethics") },
    ],
    scale: level5,
  },
  {
    kind: "single",
    variable: "Q12",
    ordered: true,
    provenance: "paper-derived",
    text: t(
      "Сіздің ойыңызша, соңғы үш жылда мемлекеттік қызметшілердің кәсібилік деңгейі қалай өзгерді?",
      "Как, на Ваш взгляд, изменился уровень профессионализма государственных служащих за последние три года?",
      "In your opinion, how has the level of professionalism of civil servants changed over the last three years?",
    ),
    ...choices(
      [
        t("Айтарлықтай артты", "Значительно повысился", "Increased significantly"),
        t("Біршама артты", "Несколько повысился", "Increased somewhat"),
        t("Өзгерген жоқ", "Не изменился", "Has not changed"),
        t("Біршама төмендеді", "Несколько снизился", "Decreased somewhat"),
        t("Айтарлықтай төмендеді", "Значительно снизился", "Decreased significantly"),
      ],
      { special: ["hardToSay"] },
    ),
  },
  {
    kind: "multi",
    variable: "Q13",
    provenance: "paper-derived",
    text: t(
      "Сіздің ойыңызша, мемлекеттік қызметшілердің тиімді жұмыс істеуіне не кедергі келтіреді?",
      "Что, на Ваш взгляд, мешает государственным служащим работать эффективно?",
      "In your opinion, what prevents civil servants from working effectively?",
    ),
    help: SELECT_ALL_HELP,
    exclusiveCodes: [99],
    ...choices(
      [
        t("Шамадан тыс бюрократия және құжат айналымы", "Чрезмерная бюрократия и документооборот", "Excessive bureaucracy and paperwork"),
        t("Кәсіби даярлықтың жеткіліксіздігі", "Недостаточная профессиональная подготовка", "Insufficient professional training"),
        t("Жалақының төмендігі", "Низкая заработная плата", "Low salaries"),
        t("Кадрлардың жиі ауысуы", "Высокая текучесть кадров", "High staff turnover"),
        t("Сыбайлас жемқорлық және мүдделер қақтығысы", "Коррупция и конфликт интересов", "Corruption and conflicts of interest"),
        t(
          "Жауапкершілік алудан және бастама көтеруден қорқу",
          "Боязнь брать на себя ответственность и проявлять инициативу",
          "Fear of taking responsibility and showing initiative",
        ),
        t(
          "Азаматтардың қажеттіліктеріне емес, жоғары тұрған басшылыққа есеп беруге бағдарлану",
          "Ориентация на отчётность перед вышестоящим руководством, а не на нужды граждан",
          "Focus on reporting to superiors rather than on citizens' needs",
        ),
        t("Азаматтармен кері байланыстың әлсіздігі", "Слабая обратная связь с гражданами", "Weak feedback links with citizens"),
        t("Заңнаманың жиі өзгеруі", "Частые изменения законодательства", "Frequent changes in legislation"),
      ],
      {
        other: t("Кедергіні нақты жазыңыз", "Укажите, что именно мешает", "Please specify the obstacle"),
        special: ["hardToSay"],
      },
    ),
  },
  {
    // Not quoted by the paper; it tests the hypothesis that the civil service must recruit
    // people able and willing to work with ordinary citizens (METHODOLOGY).
    kind: "single",
    variable: "Q14",
    ordered: true, // from "yes, fully" to "no, not at all"
    provenance: "added",
    text: t(
      "Сіздің ойыңызша, мемлекеттік қызметке іріктеудің қазіргі жүйесі азаматтармен жұмыс істей алатын және істеуге дайын адамдарды қызметке тартуға мүмкіндік бере ме?",
      "Позволяет ли, на Ваш взгляд, действующая система отбора на государственную службу привлекать на неё людей, способных и готовых работать с гражданами?",
      "In your opinion, does the current system of recruitment into the civil service make it possible to attract people who are able and willing to work with citizens?",
    ),
    options: yesNo4,
  },
];

// Q15–Q19: only for respondents with first-hand experience (S1 = Yes).
const experienceItems: ItemInput[] = [
  {
    kind: "single",
    variable: "Q15",
    ordered: true, // frequency bands, from weekly to not once in 12 months
    provenance: "paper-derived",
    showIf: hasExperience,
    text: t(
      "Соңғы 12 айда жұмысыңыз барысында мемлекеттік қызметшілермен қаншалықты жиі өзара іс-қимыл жасадыңыз?",
      "Как часто за последние 12 месяцев Вы взаимодействовали с государственными служащими в рамках своей работы?",
      "How often have you interacted with civil servants in the course of your work over the last 12 months?",
    ),
    help: t(
      "Келесі сұрақтар мемлекеттік қызметшілермен өзара іс-қимылдағы жеке тәжірибеңіз туралы.",
      "Следующие вопросы касаются Вашего личного опыта взаимодействия с государственными служащими.",
      "The next questions are about your own experience of interacting with civil servants.",
    ),
    // Mutually exclusive frequency bands (hearing-state@2): weekly or more; 2–3 a month;
    // about monthly; 3–11 a year; 1–2 a year; never. Codes unchanged from version 1.
    ...choices([
      t("Аптасына кемінде бір рет", "Не реже одного раза в неделю", "At least once a week"),
      t("Айына 2–3 рет", "2–3 раза в месяц", "2–3 times a month"),
      t("Айына шамамен бір рет", "Примерно раз в месяц", "About once a month"),
      t("Жылына бірнеше рет (3–11 рет)", "Несколько раз в год (3–11 раз)", "Several times a year (3–11)"),
      t("Жылына бір-екі рет", "Один-два раза в год", "Once or twice a year"),
      t("Соңғы 12 айда бірде-бір рет болған жоқ", "Ни разу за последние 12 месяцев", "Not once in the last 12 months"),
    ]),
  },
  {
    kind: "multi",
    variable: "Q16",
    provenance: "paper-derived",
    showIf: hasExperience,
    text: t(
      "Мемлекеттік қызметшілермен қандай нысандарда өзара іс-қимыл жасадыңыз?",
      "В каких формах Вы взаимодействовали с государственными служащими?",
      "In what forms have you interacted with civil servants?",
    ),
    help: SELECT_ALL_HELP,
    ...choices(
      [
        t("Жеке кездесулер мен қабылдаулар", "Личные встречи и приёмы", "Personal meetings and receptions"),
        t("Жазбаша өтініштер", "Письменные обращения", "Written appeals"),
        t(
          "e-Otinish немесе eGov арқылы электрондық өтініштер",
          "Электронные обращения через e-Otinish или eGov",
          "Electronic appeals via e-Otinish or eGov",
        ),
        t("Қоғамдық кеңестердің жұмысына қатысу", "Участие в работе общественных советов", "Work in public councils"),
        t("Телефон арқылы сөйлесу", "Телефонные разговоры", "Telephone calls"),
        t("Әлеуметтік желілер мен мессенджерлер", "Социальные сети и мессенджеры", "Social media and messengers"),
      ],
      { other: t("Нысанды нақты жазыңыз", "Укажите форму взаимодействия", "Please specify the form of interaction") },
    ),
  },
  {
    kind: "single",
    variable: "Q17",
    provenance: "paper-derived",
    showIf: hasExperience,
    text: t(
      "Өзара іс-қимыл барысында мемлекеттік қызметшілердің сізге деген көзқарасын жалпы алғанда қалай сипаттар едіңіз?",
      "Как бы Вы в целом охарактеризовали отношение государственных служащих к Вам в ходе взаимодействия?",
      "Overall, how would you describe the attitude of civil servants towards you in your interactions?",
    ),
    ...choices(
      [
        t("Құрметпен әрі ықыласпен қарады", "Уважительное и доброжелательное", "Respectful and friendly"),
        t("Сыпайы, бірақ формальды", "Вежливое, но формальное", "Polite but formal"),
        t("Немқұрайлы", "Безразличное", "Indifferent"),
        t("Менсінбейтін немесе дөрекі", "Пренебрежительное или грубое", "Dismissive or rude"),
      ],
      { special: ["hardToSay"] },
    ),
  },
  {
    kind: "single",
    variable: "Q18",
    provenance: "paper-derived",
    showIf: hasExperience,
    text: t(
      "Мемлекеттік қызметшілерге соңғы рет жүгінгендегі мәселеңіз шешілді ме?",
      "Был ли решён вопрос, с которым Вы в последний раз обращались к государственным служащим?",
      "Was the issue you last raised with civil servants resolved?",
    ),
    // Code 5 was added in hearing-state@2 for respondents who have dealt with officials
    // but never raised an issue of their own with them.
    options: withProvenance(
      choices(
        [
          t("Иә, толық шешілді", "Да, полностью решён", "Yes, fully resolved"),
          t("Ішінара шешілді", "Частично решён", "Partly resolved"),
          t("Жоқ, шешілмеді", "Нет, не решён", "No, it was not resolved"),
          t("Мәселе әлі қаралуда", "Вопрос ещё рассматривается", "It is still being considered"),
          t(
            "Мен оларға ешбір мәселемен жүгінген жоқпын",
            "Я не обращался(-ась) к ним ни с каким вопросом",
            "I have not raised an issue with them",
          ),
        ],
        { special: ["hardToSay"] },
      ).options,
      [5],
      "added",
    ),
  },
  {
    // Sensitive: offers "Prefer not to answer" (98) rather than forcing a yes or no.
    kind: "single",
    variable: "Q19",
    ordered: true, // more than once, once, never
    provenance: "paper-derived",
    showIf: hasExperience,
    text: t(
      "Соңғы үш жылда сіз немесе ұйымыңыз мемлекеттік қызметшілер тарапынан бейресми төлем, сыйлық немесе қызмет көрсету талабына тап болдыңыз ба?",
      "Сталкивались ли Вы или Ваша организация за последние три года с требованиями государственных служащих о неформальных платежах, подарках или услугах?",
      "Over the last three years, have you or your organisation faced demands from civil servants for informal payments, gifts or favours?",
    ),
    ...choices(
      [
        t("Иә, бірнеше рет", "Да, неоднократно", "Yes, more than once"),
        t("Иә, бір рет", "Да, один раз", "Yes, once"),
        t("Жоқ, ешқашан", "Нет, ни разу", "No, never"),
      ],
      { special: ["preferNot"] },
    ),
  },
];

const closingItems: ItemInput[] = [
  {
    kind: "single",
    variable: "Q20",
    ordered: true,
    provenance: "paper-derived",
    text: t(
      "Сіздің ойыңызша, мемлекеттік қызметшілер шешім қабылдау кезінде азаматтардың пікірін қаншалықты ескереді?",
      "В какой мере, на Ваш взгляд, государственные служащие учитывают мнение граждан при принятии решений?",
      "In your opinion, to what extent do civil servants take citizens' opinions into account when making decisions?",
    ),
    ...choices(
      [
        t("Толық ескереді", "Полностью учитывают", "Fully"),
        t("Едәуір дәрежеде ескереді", "В значительной мере", "To a large extent"),
        t("Ішінара ескереді", "Частично", "Partly"),
        t("Шамалы ғана ескереді", "В незначительной мере", "To a small extent"),
        t("Мүлдем ескермейді", "Совсем не учитывают", "Not at all"),
      ],
      { special: ["hardToSay"] },
    ),
  },
  {
    kind: "single",
    variable: "Q21",
    ordered: true, // from "yes, fully" to "no, not at all"
    provenance: "paper-derived",
    text: t(
      "Сіздің ойыңызша, мемлекеттік қызметшілер өз жұмысының нәтижелері үшін азаматтар алдында есеп бере ме?",
      "Как Вы считаете, отчитываются ли государственные служащие перед гражданами о результатах своей работы?",
      "Do you think civil servants are accountable to citizens for the results of their work?",
    ),
    options: yesNo4,
  },
  {
    kind: "open",
    variable: "Q22",
    provenance: "paper-derived",
    text: t(
      "Сіздің ойыңызша, мемлекеттік қызметшілер азаматтармен жұмысында ең алдымен нені өзгертуі керек?",
      "Что, по Вашему мнению, государственным служащим следует изменить в первую очередь в работе с гражданами?",
      "In your opinion, what should civil servants change first in their work with citizens?",
    ),
    placeholder: OPEN_PLACEHOLDER,
  },
];

export const part2: PartInput = {
  id: "II",
  title: t(
    "Мемлекеттік қызметшілердің кәсібилік сапасы",
    "Качество профессионализма государственных служащих",
    "Quality of professionalism of civil servants",
  ),
  intro: t(
    "Бұл бөлімде мемлекеттік қызметшілердің кәсіби құзыреттері мен жеке қасиеттерін, сондай-ақ оларға деген сеніміңізді бағалауыңызды сұраймыз.",
    "В этой части мы просим оценить профессиональные компетенции и личные качества государственных служащих, а также Ваше доверие к ним.",
    "In this part we ask you to assess the professional competencies and personal qualities of civil servants and your trust in them.",
  ),
  items: [...generalItems, ...experienceItems, ...closingItems],
};
