// Part III — reform (Q23–Q31): how civil society sees the civil service reforms and
// what it expects from them. Q26, Q27 and Q28 are quoted by the paper (Pictures 1–3)
// and keep its wording and options; Q30 puts the paper's "Natzhe" proposal to respondents.
import type { PartInput } from "../types";
import {
  BLOCK_LETTERS_HELP,
  OPEN_PLACEHOLDER,
  SELECT_UP_TO_THREE_HELP,
  SELECT_UP_TO_TWO_HELP,
  choices,
  level3,
  support4,
  t,
} from "./scales";

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
      text: t(
        "Соңғы жылдары Қазақстанда жүргізілген мемлекеттік қызмет реформаларын қалай бағалайсыз?",
        "Как Вы оцениваете реформы государственной службы, проведённые в Казахстане в последние годы?",
        "How do you assess the civil service reforms carried out in Kazakhstan in recent years?",
      ),
      ...choices(
        [
          t("Өте оң", "Очень положительно", "Very positively"),
          t("Көбінесе оң", "Скорее положительно", "Rather positively"),
          t("Бейтарап", "Нейтрально", "Neutrally"),
          t("Көбінесе теріс", "Скорее отрицательно", "Rather negatively"),
          t("Өте теріс", "Очень отрицательно", "Very negatively"),
        ],
        { special: ["hardToSay"] },
      ),
    },
    {
      kind: "single",
      variable: "Q24",
      text: t(
        "Мемлекеттік органдармен өзара іс-қимыл кезінде осы реформалардың нәтижесін сезінесіз бе?",
        "Ощущаете ли Вы результаты этих реформ при взаимодействии с государственными органами?",
        "Do you feel the results of these reforms in your dealings with government bodies?",
      ),
      ...choices(
        [
          t("Иә, айқын сезінемін", "Да, ощутимо", "Yes, clearly"),
          t("Иә, белгілі бір дәрежеде", "Да, в некоторой степени", "Yes, to some extent"),
          t("Өте аз сезінемін", "Почти не ощущаю", "Barely"),
          t("Жоқ, мүлдем сезінбеймін", "Нет, совсем не ощущаю", "No, not at all"),
        ],
        { special: ["hardToSay"] },
      ),
    },
    {
      kind: "multi",
      variable: "Q25",
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
            "Еңбегі мен біліктілігіне қарай ашық іріктеу және қызметте жоғарылату",
            "Прозрачный отбор и продвижение по службе на основе заслуг",
            "Transparent merit-based recruitment and promotion",
          ),
          t(
            "Мемлекеттік қызметшілердің азаматтар алдындағы есептілігін күшейту",
            "Усиление подотчётности государственных служащих гражданам",
            "Stronger accountability of civil servants to citizens",
          ),
          t(
            "Мемлекеттік қызметшілердің коммуникациялық дағдылары мен сервистік мәдениетін дамыту",
            "Развитие коммуникативных навыков и сервисной культуры государственных служащих",
            "Developing civil servants' communication skills and service culture",
          ),
          t("Бюрократияны азайту және рәсімдерді оңайлату", "Сокращение бюрократии и упрощение процедур", "Less bureaucracy and simpler procedures"),
          t("Мемлекеттік қызметтерді цифрландыру", "Цифровизация государственных услуг", "Digitalisation of public services"),
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
      kind: "rating",
      variable: "Q26",
      text: t(
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
        { variable: "Q27_2", text: t("Азаматтар алдындағы есептілік", "Подотчётность гражданам", "Accountability to citizens") },
        {
          variable: "Q27_3",
          text: t(
            "Азаматтарды шешім қабылдауға тарту",
            "Вовлечение граждан в принятие решений",
            "Involvement of citizens in decision-making",
          ),
        },
        { variable: "Q27_4", text: t("Ақпараттың қолжетімділігі", "Доступность информации", "Accessibility of information") },
      ],
      scale: level3,
    },
    {
      // Paper, Picture 3: public councils 36%, information openness 42%, crowdsourcing 28%.
      kind: "multi",
      variable: "Q28",
      text: t(
        "Азаматтарды шешім қабылдау процесіне тартудың қандай тетіктерін ең тиімді деп санайсыз?",
        "Какие механизмы вовлечения граждан в процесс принятия решений Вы считаете наиболее эффективными?",
        "Which mechanisms for involving citizens in the decision-making process do you consider the most effective?",
      ),
      help: SELECT_UP_TO_TWO_HELP,
      maxSelections: 2,
      ...choices(
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
          t("Электрондық петициялар (e-Өтініш)", "Электронные петиции (e-Otinish)", "Electronic petitions (e-Otinish)"),
          t("Жария тыңдаулар", "Публичные слушания", "Public hearings"),
        ],
        { other: t("Тетікті нақты жазыңыз", "Укажите механизм", "Please specify the mechanism") },
      ),
    },
    {
      kind: "single",
      variable: "Q29",
      text: t(
        "Сіз (ұйымыңыз) мемлекеттік органдармен бірлесіп шешім қабылдау үдерісіне (мысалы, қоғамдық кеңестерде, жұмыс топтарында, жария тыңдауларда) қатысуға дайынсыз ба?",
        "Готовы ли Вы (Ваша организация) участвовать в совместном с государственными органами принятии решений (например, в общественных советах, рабочих группах, публичных слушаниях)?",
        "Are you (is your organisation) ready to take part in joint decision-making with government bodies (for example, in public councils, working groups or public hearings)?",
      ),
      ...choices(
        [
          t("Иә, сөзсіз", "Определённо да", "Definitely yes"),
          t("Көбінесе иә", "Скорее да", "Rather yes"),
          t("Көбінесе жоқ", "Скорее нет", "Rather no"),
          t("Жоқ, мүлдем", "Определённо нет", "Definitely not"),
        ],
        { special: ["hardToSay"] },
      ),
    },
    {
      // The paper's proposal (RESULTS), after the UK's citizens advice bureaus. The
      // Cyrillic spelling «Нәтиже» of the paper's "Natzhe" is to be confirmed by the authors.
      kind: "single",
      variable: "Q30",
      text: t(
        "«„Азаматтарға арналған үкімет“ мемлекеттік корпорациясы» КеАҚ базасында құрылған, азаматтардың өтініштерін қабылдайтын «Нәтиже» орталықтарын үкіметтік емес ұйымдар мен ерікті заңгерлерді тарта отырып, толыққанды консультациялық орталықтарға айналдыруды қолдайсыз ба?",
        "Поддерживаете ли Вы преобразование центров «Нәтиже», созданных на базе НАО «Государственная корпорация „Правительство для граждан“» и принимающих обращения граждан, в полноценные консультационные центры с привлечением неправительственных организаций и волонтёров-юристов?",
        "Do you support turning the “Natzhe” centres, created on the basis of the NJSC “Government for Citizens” State Corporation to receive citizens' requests, into full-fledged consultation centres that involve non-governmental organisations and volunteer lawyers?",
      ),
      options: support4,
    },
    {
      kind: "open",
      variable: "Q31",
      text: t(
        "Мемлекеттік қызметті жетілдіру бойынша қандай ұсыныстарыңыз бар?",
        "Какие у Вас есть предложения по совершенствованию государственной службы?",
        "What proposals do you have for improving the civil service?",
      ),
      help: BLOCK_LETTERS_HELP,
      placeholder: OPEN_PLACEHOLDER,
    },
  ],
};
