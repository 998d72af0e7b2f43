// Part I — socio-demographic characteristics of respondents (Q1–Q7). The paper names
// gender, age, education, the region the organisation represents and its type of
// activity (provenance "paper-derived"); position and years in the NGO sector complete the
// respondent profile ("added").
import type { PartInput } from "../types";
import { choices, t } from "./scales";


export const part1: PartInput = {
  id: "I",
  title: t(
    "Респонденттердің әлеуметтік-демографиялық сипаттамалары",
    "Социально-демографические характеристики респондентов",
    "Socio-demographic characteristics of respondents",
  ),
  intro: t(
    "Алдымен өзіңіз және ұйымыңыз туралы бірнеше сұрақ қоямыз.",
    "Сначала несколько вопросов о Вас и Вашей организации.",
    "First, a few questions about you and your organisation.",
  ),
  items: [
    {
      kind: "single",
      variable: "Q1",
      provenance: "paper-derived",
      filterDimension: "gender",
      text: t("Жынысыңыз", "Ваш пол", "Your gender"),
      ...choices([t("Ер", "Мужской", "Male"), t("Әйел", "Женский", "Female")], { special: ["preferNot"] }),
    },
    {
      kind: "single",
      variable: "Q2",
      ordered: true, // age bands run from youngest to oldest
      provenance: "paper-derived",
      filterDimension: "ageGroup",
      text: t("Жасыңыз", "Ваш возраст", "Your age"),
      ...choices([
        t("18–24 жас", "18–24 года", "18–24 years"),
        t("25–34 жас", "25–34 года", "25–34 years"),
        t("35–44 жас", "35–44 года", "35–44 years"),
        t("45–54 жас", "45–54 года", "45–54 years"),
        t("55–64 жас", "55–64 года", "55–64 years"),
        t("65 жас және одан жоғары", "65 лет и старше", "65 years and older"),
      ]),
    },
    {
      kind: "single",
      variable: "Q3",
      ordered: true, // education levels rise from secondary to an academic degree
      provenance: "paper-derived",
      text: t(
        "Біліміңіз (аяқтаған ең жоғары деңгейіңіз)",
        "Ваше образование (наивысший полученный уровень)",
        "Your education (highest level completed)",
      ),
      ...choices([
        t("Жалпы орта немесе одан төмен", "Общее среднее или ниже", "General secondary or lower"),
        t("Техникалық және кәсіптік (колледж)", "Техническое и профессиональное (колледж)", "Technical and vocational (college)"),
        t("Аяқталмаған жоғары", "Неоконченное высшее", "Incomplete higher"),
        t(
          "Жоғары (бакалавриат немесе маман дипломы)",
          "Высшее (бакалавриат или специалитет)",
          "Higher (bachelor's or specialist degree)",
        ),
        t(
          "Жоғары оқу орнынан кейінгі (магистратура, MBA)",
          "Послевузовское (магистратура, MBA)",
          "Postgraduate (master's degree, MBA)",
        ),
        t(
          "Ғылыми дәреже (ғылым кандидаты немесе докторы, PhD)",
          "Учёная степень (кандидат или доктор наук, PhD)",
          "Academic degree (candidate or doctor of sciences, PhD)",
        ),
      ]),
    },
    {
      kind: "single",
      variable: "Q4",
      provenance: "paper-derived",
      filterDimension: "region",
      text: t(
        "Ұйымыңыз Қазақстанның қай өңірінің өкілі болып табылады?",
        "Какой регион Казахстана представляет Ваша организация?",
        "Which region of Kazakhstan does your organisation represent?",
      ),
      help: t(
        "Ұйым бірнеше өңірде жұмыс істесе, бас кеңсесі орналасқан өңірді таңдаңыз. Республикалық ұйымдар соңғы нұсқаны таңдайды.",
        "Если организация работает в нескольких регионах, выберите тот, где находится её головной офис. Республиканские организации выбирают последний вариант.",
        "If your organisation works in several regions, choose the one where its head office is located. Nationwide organisations choose the last option.",
      ),
      // The 17 regions and 3 cities of republican significance as of 2022 (after Abai,
      // Zhetisu and Ulytau regions were created), in the order of the Bureau of National
      // Statistics. Russian uses the official names "область Абай/Жетісу/Ұлытау".
      ...choices([
        t("Абай облысы", "Область Абай", "Abai Region"),
        t("Ақмола облысы", "Акмолинская область", "Akmola Region"),
        t("Ақтөбе облысы", "Актюбинская область", "Aktobe Region"),
        t("Алматы облысы", "Алматинская область", "Almaty Region"),
        t("Атырау облысы", "Атырауская область", "Atyrau Region"),
        t("Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region"),
        t("Жамбыл облысы", "Жамбылская область", "Zhambyl Region"),
        t("Жетісу облысы", "Область Жетісу", "Zhetisu Region"),
        t("Қарағанды облысы", "Карагандинская область", "Karaganda Region"),
        t("Қостанай облысы", "Костанайская область", "Kostanay Region"),
        t("Қызылорда облысы", "Кызылординская область", "Kyzylorda Region"),
        t("Маңғыстау облысы", "Мангистауская область", "Mangystau Region"),
        t("Павлодар облысы", "Павлодарская область", "Pavlodar Region"),
        t("Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region"),
        t("Түркістан облысы", "Туркестанская область", "Turkistan Region"),
        t("Ұлытау облысы", "Область Ұлытау", "Ulytau Region"),
        t("Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region"),
        t("Астана қаласы", "Город Астана", "Astana city"),
        t("Алматы қаласы", "Город Алматы", "Almaty city"),
        t("Шымкент қаласы", "Город Шымкент", "Shymkent city"),
        t(
          "Республикалық ұйым (бүкіл Қазақстан бойынша жұмыс істейді)",
          "Республиканская организация (работает по всему Казахстану)",
          "Nationwide organisation (works across Kazakhstan)",
        ),
      ]),
    },
    {
      kind: "single",
      variable: "Q5",
      provenance: "paper-derived",
      text: t(
        "Ұйымыңыздың негізгі қызмет бағыты қандай?",
        "Каково основное направление деятельности Вашей организации?",
        "What is the main area of activity of your organisation?",
      ),
      help: t(
        "Бір ғана, негізгі бағытты таңдаңыз.",
        "Выберите одно, основное направление.",
        "Choose one area, the main one.",
      ),
      ...choices(
        [
          t(
            "Халықтың әлеуметтік осал топтарын әлеуметтік қорғау және қолдау",
            "Социальная защита и поддержка социально уязвимых групп населения",
            "Social protection and support of socially vulnerable groups",
          ),
          t("Білім беру және ғылым", "Образование и наука", "Education and science"),
          t("Денсаулық сақтау және салауатты өмір салты", "Здравоохранение и здоровый образ жизни", "Health care and healthy lifestyles"),
          t(
            "Адам құқықтарын қорғау және құқықтық көмек",
            "Защита прав человека и правовая помощь",
            "Human rights protection and legal aid",
          ),
          t("Жастар саясаты және балаларды қолдау", "Молодёжная политика и поддержка детей", "Youth policy and support for children"),
          t("Қоршаған ортаны қорғау және экология", "Охрана окружающей среды и экология", "Environmental protection and ecology"),
          t("Мәдениет, өнер және спорт", "Культура, искусство и спорт", "Culture, arts and sports"),
          t(
            "Кәсіпкерлікті қолдау, іскерлік және кәсіби бірлестіктер",
            "Поддержка предпринимательства, деловые и профессиональные объединения",
            "Support for entrepreneurship, business and professional associations",
          ),
          t(
            "Жергілікті қоғамдастықтар мен азаматтық белсенділікті дамыту",
            "Развитие местных сообществ и гражданской активности",
            "Development of local communities and civic engagement",
          ),
          t("Зерттеулер және талдау", "Исследования и аналитика", "Research and analysis"),
        ],
        {
          other: t(
            "Қызмет бағытын нақты жазыңыз",
            "Укажите направление деятельности",
            "Please specify the area of activity",
          ),
        },
      ),
    },
    {
      kind: "single",
      variable: "Q6",
      provenance: "added",
      text: t(
        "Ұйымда қандай лауазым атқарасыз?",
        "Какую должность Вы занимаете в организации?",
        "What position do you hold in your organisation?",
      ),
      ...choices(
        [
          t("Басшы (төраға, директор)", "Руководитель (председатель, директор)", "Head (chair, director)"),
          t("Басшының орынбасары", "Заместитель руководителя", "Deputy head"),
          t("Бөлімше немесе жоба басшысы", "Руководитель подразделения или проекта", "Head of a unit or project"),
          t("Маман, штаттағы қызметкер", "Специалист, штатный сотрудник", "Specialist, staff member"),
          t(
            "Ерікті немесе ұйым мүшесі (штаттан тыс)",
            "Волонтёр или член организации (вне штата)",
            "Volunteer or member of the organisation (not on staff)",
          ),
        ],
        { other: t("Лауазымыңызды нақты жазыңыз", "Укажите Вашу должность", "Please specify your position") },
      ),
    },
    {
      kind: "single",
      variable: "Q7",
      ordered: true, // bands of years in the sector, from less than 1 to more than 20
      provenance: "added",
      text: t(
        "Үкіметтік емес секторда неше толық жыл жұмыс істеп келесіз?",
        "Сколько полных лет Вы работаете в неправительственном секторе?",
        "How many full years have you worked in the non-governmental sector?",
      ),
      ...choices([
        t("1 жылдан аз", "Менее 1 года", "Less than 1 year"),
        t("1–2 жыл", "1–2 года", "1–2 years"),
        t("3–5 жыл", "3–5 лет", "3–5 years"),
        t("6–10 жыл", "6–10 лет", "6–10 years"),
        t("11–20 жыл", "11–20 лет", "11–20 years"),
        t("20 жылдан астам", "Более 20 лет", "More than 20 years"),
      ]),
    },
  ],
};
