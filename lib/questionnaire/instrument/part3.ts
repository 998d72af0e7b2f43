// Part III — reform (Q23–Q31): how civil society sees the civil service reforms and
// what it expects from them. Q26, Q27 and Q28 are quoted by the paper (Pictures 1–3)
// and keep its wording and options (options the paper does not name are marked "added");
// Q30 puts the paper's "Natzhe" proposal to respondents.
import { HARD_TO_SAY } from "../constants";
import type { OptionInput, PartInput } from "../types";
import {
  HARD_TO_SAY_LABEL,
  OPEN_PLACEHOLDER,
  SELECT_UP_TO_THREE_HELP,
  SELECT_UP_TO_TWO_HELP,
  choices,
  level3,
  support4,
  t,
  withProvenance,
} from "./scales";

/** Marks the given codes of a choices() result as added (not in the paper). */
function markAdded<T extends { options: OptionInput[] }>(codes: readonly number[], fields: T): T {
  return { ...fields, options: withProvenance(fields.options, codes, "added") };
}

export const part3: PartInput = {
  id: "III",
  title: t("Мемлекеттік қызметті реформалау", "Реформирование государственной службы", "Reform"),
  intro: t(
    "Бұл бөлімдегі сұрақтар мемлекеттік қызмет реформаларын қалай бағалайтыныңыз және одан әрі реформалаудан не күтетініңіз туралы.",
    "Вопросы этой части — о том, как Вы оцениваете реформы государственной службы и чего ожидаете от её дальнейшего реформирования.",
    "This part asks how you assess the civil service reforms and what you expect from further reform.",
  ),
  items: [
    {
      kind: "single",
      variable: "Q23",
      ordered: true,
      provenance: "paper-derived",
      text: t(
        "Соңғы жылдары Қазақстанда жүргізілген мемлекеттік қызмет реформаларын қалай бағалайсыз?",
        "Как Вы оцениваете реформы государственной службы, проведённые в Казахстане в последние годы?",
        "How do you assess the civil service reforms carried out in Kazakhstan in recent years?",
      ),
      ...choices(
        [
          t("Өте оң", "Очень положительно", "Very positively"),
          t("Көбінесе оң", "Скорее положительно", "Somewhat positively"),
          t("Бейтарап", "Нейтрально", "Neutrally"),
          t("Көбінесе теріс", "Скорее отрицательно", "Somewhat negatively"),
          t("Өте теріс", "Очень отрицательно", "Very negatively"),
        ],
        { special: ["hardToSay"] },
      ),
    },
    {
      kind: "single",
      variable: "Q24",
      ordered: true,
      provenance: "paper-derived",
      text: t(
        "Мемлекеттік органдармен өзара іс-қимыл кезінде осы реформалардың нәтижесін сезінесіз бе?",
        "Ощущаете ли Вы результаты этих реформ при взаимодействии с государственными органами?",
        "Do you feel the results of these reforms in your dealings with government bodies?",
      ),
      // Asked of everyone (routing unchanged, so version-1 answers stay comparable); code 5,
      // added in hearing-state@2, lets a respondent without dealings say so instead of guessing.
      ...markAdded(
        [5],
        choices(
          [
            t("Иә, айқын сезінемін", "Да, ощутимо", "Yes, clearly"),
            t("Иә, белгілі бір дәрежеде", "Да, в некоторой степени", "Yes, to some extent"),
            t("Өте аз сезінемін", "Почти не ощущаю", "Barely"),
            t("Жоқ, мүлдем сезінбеймін", "Нет, совсем не ощущаю", "No, I do not feel them at all"),
            t(
              "Мемлекеттік органдармен өзара іс-қимыл жасамаймын",
              "Я не взаимодействую с государственными органами",
              "I do not deal with government bodies",
            ),
          ],
          { special: ["hardToSay"] },
        ),
      ),
    },
    {
      kind: "multi",
      variable: "Q25",
      provenance: "paper-derived",
      text: t(
        "Сіздің ойыңызша, мемлекеттік қызметті одан әрі реформалаудың басым бағыттары қандай болуы керек?",
        "Какими, на Ваш взгляд, должны быть приоритеты дальнейшего реформирования государственной службы?",
        "In your opinion, what should be the priorities of further civil service reform?",
      ),
      help: SELECT_UP_TO_THREE_HELP,
      maxSelections: 3,
      exclusiveCodes: [99],
      ...choices(
        [
          t(
            "Еңбегі мен біліктілігіне қарай жариялы іріктеу және қызметте жоғарылату",
            "Прозрачный отбор и продвижение по службе на основе заслуг",
            "Transparent merit-based recruitment and promotion",
          ),
          t(
            "Мемлекеттік қызметшілердің азаматтар алдындағы есеп берушілігін күшейту",
            "Усиление подотчётности государственных служащих гражданам",
            "Stronger accountability of civil servants to citizens",
          ),
          t(
            "Мемлекеттік қызметшілердің коммуникациялық дағдылары мен сервистік мәдениетін дамыту",
            "Развитие коммуникативных навыков и сервисной культуры государственных служащих",
            "Developing civil servants' communication skills and service culture",
          ),
          t("Бюрократияны азайту және рәсімдерді оңайлату", "Сокращение бюрократии и упрощение процедур", "Less bureaucracy and simpler procedures"),
          t(
            "Мемлекеттік көрсетілетін қызметтерді цифрландыру",
            "Цифровизация государственных услуг",
            "Digitalisation of public services",
          ),
          t(
            "Еңбекақыны арттыру және оны жұмыс нәтижесімен байланыстыру",
            "Повышение оплаты труда и её привязка к результатам работы",
            "Higher pay linked to performance",
          ),
          t("Сыбайлас жемқорлыққа қарсы іс-қимыл", "Противодействие коррупции", "Combating corruption"),
          t(
            "Орталықсыздандыру: жергілікті органдардың (әкімдіктердің) өкілеттіктерін кеңейту",
            "Децентрализация: расширение полномочий местных органов (акиматов)",
            "Decentralisation: more powers for local authorities (akimats)",
          ),
        ],
        {
          other: t("Басым бағытты нақты жазыңыз", "Укажите приоритет", "Please specify the priority"),
          special: ["hardToSay"],
        },
      ),
    },
    {
      // Paper, Picture 1: share rating each feature as highly important — service nature
      // 44%, infrastructure for access 46%, feedback 60%.
      // On screen each feature is rated for its own importance; the paper's stem asks which
      // is "the most important", a ranking the 1–10 rating does not collect. The paper's
      // wording stays in `paperText` and in the codebook (hearing-state@2).
      kind: "rating",
      variable: "Q26",
      provenance: "paper",
      text: t(
        "«Халық үніне құлақ асатын мемлекеттің» төмендегі әр белгісі қаншалықты маңызды?",
        "Насколько важна каждая из следующих черт «слышащего государства»?",
        "How important is each of the following features of a “Hearing state”?",
      ),
      paperText: t(
        "«Халық үніне құлақ асатын мемлекеттің» төмендегі белгілерінің қайсысын ең маңызды деп санайсыз?",
        "Какие из перечисленных черт «слышащего государства» Вы считаете наиболее важными?",
        "Which of the following features of a “Hearing state” do you consider the most important?",
      ),
      help: t(
        "Әр белгіні 1-ден 10-ға дейінгі шкала бойынша бағалаңыз, мұнда 1 — маңыздылығы төмен, 10 — маңыздылығы жоғары.",
        "Оцените каждую черту по шкале от 1 до 10, где 1 — низкая важность, 10 — высокая.",
        "Rate each feature on a scale from 1 to 10, where 1 is low importance and 10 is high.",
      ),
      min: 1,
      max: 10,
      minLabel: t("Маңыздылығы төмен", "Низкая важность", "Low importance"),
      maxLabel: t("Маңыздылығы жоғары", "Высокая важность", "High importance"),
      subItems: [
        {
          variable: "Q26_1",
          text: t(
            "Мемлекеттік қызметтің сервистік сипаты",
            "Сервисный характер государственной службы",
            "The service nature of the public service",
          ),
        },
        {
          variable: "Q26_2",
          text: t(
            "Азаматтардың басқаруға қол жеткізуінің дамыған инфрақұрылымы",
            "Развитая инфраструктура доступа граждан к управлению",
            "A developed infrastructure for citizens' access to governance",
          ),
        },
        {
          variable: "Q26_3",
          text: t("Кері байланыстың жоғары деңгейі", "Высокий уровень обратной связи", "A high level of feedback"),
        },
      ],
    },
    {
      // Paper, Picture 2: openness and transparency of management — 50% high, 12% low.
      kind: "matrix",
      variable: "Q27",
      provenance: "paper",
      text: t(
        "Жалпы азаматтық қоғамның да, ол өмір сүретін аумақтардың да дамуы үшін диалог құру мемлекеттік органдар ашықтығының бірқатар қағидаттарын іске асыруды көздейді. Олардың әрқайсысының іске асырылу деңгейін қалай бағалар едіңіз?",
        "Выстраивание диалога в целях развития как гражданского общества в целом, так и территорий, на которых оно проживает, предполагает реализацию ряда принципов открытости государственных органов. Как бы Вы оценили уровень реализации каждого из них?",
        "Building a dialogue for the development of both civil society as a whole and the territories in which it lives involves the implementation of several principles of openness of government bodies. How would you assess the level of implementation of each?",
      ),
      rows: [
        {
          variable: "Q27_1",
          text: t(
            "Басқарудың ашықтығы мен жариялылығы",
            "Открытость и прозрачность управления",
            "Openness and transparency of management",
          ),
        },
        // The paper names only the first principle; the other rows are principles it
        // discusses (Part IV: listening, accountable, transparent).
        {
          variable: "Q27_2",
          provenance: "paper-derived",
          text: t("Азаматтар алдындағы есеп берушілік", "Подотчётность гражданам", "Accountability to citizens"),
        },
        {
          variable: "Q27_3",
          provenance: "paper-derived",
          text: t(
            "Азаматтарды шешім қабылдауға тарту",
            "Вовлечение граждан в принятие решений",
            "Involvement of citizens in decision-making",
          ),
        },
        {
          variable: "Q27_4",
          provenance: "paper-derived",
          text: t("Ақпараттың қолжетімділігі", "Доступность информации", "Accessibility of information"),
        },
      ],
      scale: level3,
    },
    {
      // Paper, Picture 3: public councils 36%, information openness 42%, crowdsourcing 28%.
      // Up to two choices: inferred from the paper's shares (36 + 42 + 28 = 106%), which
      // allow more than one answer. "Hard to say" (99, exclusive) added in hearing-state@2.
      kind: "multi",
      variable: "Q28",
      provenance: "paper",
      text: t(
        "Азаматтарды шешім қабылдау процесіне тартудың қандай тетіктерін ең тиімді деп санайсыз?",
        "Какие механизмы вовлечения граждан в процесс принятия решений Вы считаете наиболее эффективными?",
        "Which mechanisms for involving citizens in the decision-making process do you consider the most effective?",
      ),
      help: SELECT_UP_TO_TWO_HELP,
      maxSelections: 2,
      exclusiveCodes: [HARD_TO_SAY],
      ...markAdded([4, 5, 6, HARD_TO_SAY], choices(
        [
          t(
            "Қоғамдық кеңестер мен диалог алаңдары арқылы коммуникация мәдениетін дамыту",
            "Развитие культуры коммуникации через общественные советы и диалоговые площадки",
            "Development of a communication culture through public councils and dialogue platforms",
          ),
          t(
            "Мемлекеттік органдардың ақпараттық ашықтығын дамыту",
            "Развитие информационной открытости государственных органов",
            "Development of the information openness of government bodies",
          ),
          t(
            "Краудсорсингтік платформалар арқылы халықтың заң шығару және шығармашылық бастамаларын ашу",
            "Раскрытие законотворческих и творческих инициатив населения через краудсорсинговые платформы",
            "Disclosure of legislative and creative initiatives of the population through crowdsourcing platforms",
          ),
          t("Электрондық петициялар (e-Otinish)", "Электронные петиции (e-Otinish)", "Electronic petitions (e-Otinish)"),
          t("Жария тыңдаулар", "Публичные слушания", "Public hearings"),
        ],
        {
          other: t("Тетікті нақты жазыңыз", "Укажите механизм", "Please specify the mechanism"),
          special: ["hardToSay"],
        },
      )),
    },
    {
      kind: "single",
      variable: "Q29",
      ordered: true,
      provenance: "paper-derived",
      text: t(
        "Ұйымыңыз мемлекеттік органдармен бірлесіп шешім қабылдау процесіне (мысалы, қоғамдық кеңестерде, жұмыс топтарында, жария тыңдауларда) қатысуға дайын ба?",
        "Готова ли Ваша организация участвовать в совместном с государственными органами принятии решений (например, в общественных советах, рабочих группах, публичных слушаниях)?",
        "Is your organisation ready to take part in joint decision-making with government bodies (for example, in public councils, working groups or public hearings)?",
      ),
      ...choices(
        [
          t("Иә, сөзсіз", "Определённо да", "Definitely yes"),
          t("Көбінесе иә", "Скорее да", "Probably yes"),
          t("Көбінесе жоқ", "Скорее нет", "Probably not"),
          t("Сөзсіз жоқ", "Определённо нет", "Definitely not"),
        ],
        { special: ["hardToSay"] },
      ),
    },
    {
      // The paper's proposal (RESULTS), after the UK's citizens advice bureaus. The name is
      // the paper's: its "Natzhe" is read as «Нәтиже» ("result"), written «Нәтиже» in Kazakh
      // and Russian and "Natizhe" in English; the review could not confirm that centres of
      // that name exist, hence code 5 (added in hearing-state@2).
      kind: "single",
      variable: "Q30",
      ordered: true,
      provenance: "paper-derived",
      text: t(
        "«„Азаматтарға арналған үкімет“ мемлекеттік корпорациясы» КеАҚ базасында құрылған, азаматтардың өтініштерін қабылдайтын «Нәтиже» орталықтарын үкіметтік емес ұйымдар мен ерікті заңгерлерді тарта отырып, толыққанды консультациялық орталықтарға айналдыруды қолдайсыз ба?",
        "Поддерживаете ли Вы преобразование центров «Нәтиже», созданных на базе НАО «Государственная корпорация „Правительство для граждан“» и принимающих обращения граждан, в полноценные консультационные центры с привлечением неправительственных организаций и волонтёров-юристов?",
        "Do you support turning the “Natizhe” centres, created on the basis of the NJSC “Government for Citizens” State Corporation to receive citizens' requests, into full-fledged consultation centres that involve non-governmental organisations and volunteer lawyers?",
      ),
      options: withProvenance(
        [
          ...support4.filter((o) => o.code !== HARD_TO_SAY),
          {
            code: 5,
            label: t(
              "Бұл орталықтар туралы естіген жоқпын",
              "Я не слышал(-а) об этих центрах",
              "I have not heard of these centres",
            ),
          },
          { code: HARD_TO_SAY, label: HARD_TO_SAY_LABEL },
        ],
        [5],
        "added",
      ),
    },
    {
      kind: "open",
      variable: "Q31",
      provenance: "paper-derived",
      text: t(
        "Мемлекеттік қызметті жетілдіру бойынша қандай ұсыныстарыңыз бар?",
        "Какие у Вас есть предложения по совершенствованию государственной службы?",
        "What proposals do you have for improving the civil service?",
      ),
      placeholder: OPEN_PLACEHOLDER,
    },
  ],
};
