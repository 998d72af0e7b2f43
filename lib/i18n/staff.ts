// UI strings of the staff area in Kazakh, Russian and English. Question texts, options
// and labels never appear here: they come from the questionnaire definition.
// Placeholders are written {name} and filled by `fill()`.
import type { AuditAction } from "@/lib/audit/log";
import type { AccountProblem } from "@/lib/auth/accounts";
import { isLocale, type Locale } from "@/lib/questionnaire/locale";

export type StaffMessages = {
  appTitle: string;
  skipToContent: string;
  nav: { label: string; overview: string; results: string; crosstab: string; export: string; survey: string; staff: string; audit: string };
  language: { label: string; switchTo: string; names: Record<Locale, string> };
  signedInAs: string;
  roles: { admin: string; analyst: string };
  signOut: string;
  signIn: {
    title: string;
    intro: string;
    email: string;
    password: string;
    submit: string;
    invalid: string;
    blocked: string;
    signedOut: string;
    errorSummary: string;
  };
  forbidden: { title: string; body: string; back: string };
  filters: {
    title: string;
    region: string;
    gender: string;
    age: string;
    screening: string;
    language: string;
    from: string;
    to: string;
    apply: string;
    reset: string;
    matching: string;
    invalid: string;
    active: string;
  };
  overview: {
    title: string;
    total: string;
    arrivedToday: string;
    perDay: string;
    byLanguage: string;
    screening: string;
    status: string;
    open: string;
    closed: string;
    day: string;
    responses: string;
    noResponses: string;
  };
  results: {
    title: string;
    intro: string;
    asked: string;
    answered: string;
    option: string;
    count: string;
    percent: string;
    multiNote: string;
    mean: string;
    high: string;
    statement: string;
    scaleValue: string;
    openAnswers: string;
    otherAnswers: string;
    allAnswers: string;
    noAnswers: string;
    chartOf: string;
    downloadSvg: string;
    downloadPng: string;
    download: string;
    tableOf: string;
    part: string;
    screeningSection: string;
    contents: string;
    pctOfAsked: string;
  };
  open: { title: string; back: string; previous: string; next: string; pageOf: string; language: string; date: string; answer: string };
  crosstab: {
    title: string;
    intro: string;
    rows: string;
    columns: string;
    show: string;
    rowTotal: string;
    note: string;
    choose: string;
    same: string;
  };
  survey: {
    title: string;
    statusOpen: string;
    statusClosed: string;
    close: string;
    reopen: string;
    closedNotice: string;
    openedNotice: string;
    deleteTitle: string;
    deleteWarning: string;
    confirmWord: string;
    confirmLabel: string;
    deleteButton: string;
    deletedNotice: string;
    confirmMismatch: string;
    responsesStored: string;
    releaseDay: string;
    releaseNone: string;
    backupTitle: string;
    backupText: string;
    backupButton: string;
    backupPostgres: string;
  };
  staff: {
    title: string;
    email: string;
    role: string;
    status: string;
    active: string;
    disabled: string;
    actions: string;
    addTitle: string;
    password: string;
    passwordHint: string;
    locale: string;
    add: string;
    disable: string;
    enable: string;
    newPassword: string;
    resetPassword: string;
    changeRole: string;
    save: string;
    you: string;
    notices: { created: string; disabled: string; enabled: string; passwordReset: string; roleChanged: string };
    problems: Record<AccountProblem, string>;
  };
  audit: {
    title: string;
    intro: string;
    when: string;
    who: string;
    action: string;
    details: string;
    older: string;
    newest: string;
    system: string;
    actions: Record<AuditAction, string>;
  };
  analysis: AnalysisMessages;
};

/** Strings of the analysis views (cards, percentage bases, statistics, report, audit times). */
export type AnalysisMessages = {
  showTable: string;
  jumpTo: string;
  base: { label: string; asked: string; valid: string; askedN: string; validN: string; validNote: string; ci: string; ciNote: string; validPct: string };
  multiBase: string;
  ratings: { title: string; mean: string; high: string; measure: string; distribution: string; ci: string; note: string };
  likertNote: string;
  apart: string;
  crosstab: {
    intro: string;
    percent: string;
    rowPct: string;
    colPct: string;
    totalPct: string;
    none: string;
    total: string;
    layer: string;
    layerValue: string;
    noLayer: string;
    includeMissing: string;
    statistics: string;
    chi: string;
    cramer: string;
    expected: string;
    noStats: string;
    csv: string;
    note: string;
  };
  report: { nav: string; title: string; intro: string; print: string; generated: string };
  audit: { when: string };
};

const analysisEn: AnalysisMessages = {
  showTable: "Show table",
  jumpTo: "Go to a question",
  base: {
    label: "Percentages of",
    asked: "those asked",
    valid: "valid answers",
    askedN: "% of those asked (n = {n})",
    validN: "Valid % (n = {n})",
    validNote: "Valid %: without “hard to say” and “prefer not to answer”.",
    ci: "95% CI",
    ciNote: "95% confidence intervals (Wilson score) of the percentages.",
    validPct: "Valid %",
  },
  multiBase: "% of respondents who chose each answer (base stated below). Several answers were possible: the percentages add up to more than 100%.",
  ratings: {
    title: "{variable}. Ratings compared",
    mean: "Mean (1–10) with 95% CI",
    high: "Share rating {from}–{to}",
    measure: "Compare by",
    distribution: "Distribution of ratings",
    ci: "95% CI {low}–{high}",
    note: "Base: those who rated the statement.",
  },
  likertNote: "Bars centred on the neutral answer: disagreement to the left, agreement to the right. Shares of valid answers.",
  apart: "Set apart",
  crosstab: {
    intro: "Counts of two closed questions with row, column or total percentages, a χ² test of independence and Cramér's V, for the responses matching the filters.",
    percent: "Percentages",
    rowPct: "Row %",
    colPct: "Column %",
    totalPct: "Total %",
    none: "Counts only",
    total: "Total",
    layer: "Layer (third question)",
    layerValue: "Layer value",
    noLayer: "No layer",
    includeMissing: "Include “hard to say” and “prefer not to answer”",
    statistics: "Test of independence",
    chi: "Pearson χ² = {chi}, df = {df}, p = {p}",
    cramer: "Cramér's V = {v}",
    expected: "{cells} cells ({pct}) have expected count less than 5. The minimum expected count is {min}.",
    noStats: "χ² is not computed when a question allows several answers.",
    csv: "Download the table (CSV)",
    note: "Each cell shows n and the chosen percentage. Respondents who answered both questions.",
  },
  report: {
    nav: "Report",
    title: "Report",
    intro: "Every chart in questionnaire order with its base, for printing or saving as PDF from the browser.",
    print: "Print or save as PDF with the browser's Print command (Ctrl+P).",
    generated: "Responses: {n}. Generated {date}.",
  },
  audit: { when: "When ({zone})" },
};

const analysisRu: AnalysisMessages = {
  showTable: "Показать таблицу",
  jumpTo: "Перейти к вопросу",
  base: {
    label: "Проценты от",
    asked: "опрошенных",
    valid: "валидных ответов",
    askedN: "% от опрошенных (n = {n})",
    validN: "Валидный % (n = {n})",
    validNote: "Валидный %: без «затрудняюсь ответить» и «предпочитаю не отвечать».",
    ci: "95% ДИ",
    ciNote: "95% доверительные интервалы процентов (метод Уилсона).",
    validPct: "Валидный %",
  },
  multiBase: "% респондентов, выбравших ответ (база указана ниже). Можно было выбрать несколько ответов: сумма процентов больше 100%.",
  ratings: {
    title: "{variable}. Сравнение оценок",
    mean: "Среднее (1–10) с 95% ДИ",
    high: "Доля оценок {from}–{to}",
    measure: "Сравнивать по",
    distribution: "Распределение оценок",
    ci: "95% ДИ {low}–{high}",
    note: "База: оценившие утверждение.",
  },
  likertNote: "Полосы центрированы на нейтральном ответе: несогласие слева, согласие справа. Доли валидных ответов.",
  apart: "Отдельно",
  crosstab: {
    intro: "Частоты двух закрытых вопросов с процентами по строке, столбцу или от итога, критерий χ² и V Крамера для ответов, подходящих под фильтры.",
    percent: "Проценты",
    rowPct: "% по строке",
    colPct: "% по столбцу",
    totalPct: "% от итога",
    none: "Только частоты",
    total: "Итого",
    layer: "Слой (третий вопрос)",
    layerValue: "Значение слоя",
    noLayer: "Без слоя",
    includeMissing: "Включить «затрудняюсь ответить» и «предпочитаю не отвечать»",
    statistics: "Критерий независимости",
    chi: "χ² Пирсона = {chi}, df = {df}, p = {p}",
    cramer: "V Крамера = {v}",
    expected: "{cells} ячеек ({pct}) имеют ожидаемую частоту меньше 5. Минимальная ожидаемая частота: {min}.",
    noStats: "χ² не вычисляется, если в вопросе можно выбрать несколько ответов.",
    csv: "Скачать таблицу (CSV)",
    note: "В ячейке: n и выбранный процент. Респонденты, ответившие на оба вопроса.",
  },
  report: {
    nav: "Отчёт",
    title: "Отчёт",
    intro: "Все диаграммы в порядке анкеты с базой — для печати или сохранения в PDF из браузера.",
    print: "Напечатайте или сохраните в PDF командой «Печать» браузера (Ctrl+P).",
    generated: "Ответов: {n}. Сформировано {date}.",
  },
  audit: { when: "Когда ({zone})" },
};

const analysisKk: AnalysisMessages = {
  showTable: "Кестені көрсету",
  jumpTo: "Сұраққа өту",
  base: {
    label: "Пайыз негізі",
    asked: "сұралғандар",
    valid: "жарамды жауаптар",
    askedN: "сұралғандардың %-ы (n = {n})",
    validN: "Жарамды % (n = {n})",
    validNote: "Жарамды %: «жауап беру қиын» және «жауап бермеуді жөн көремін» жауаптарынсыз.",
    ci: "95% СА",
    ciNote: "Пайыздардың 95% сенімділік аралықтары (Уилсон әдісі).",
    validPct: "Жарамды %",
  },
  multiBase: "Жауапты таңдаған респонденттердің % (негізі төменде көрсетілген). Бірнеше жауап таңдауға болатын: пайыздардың қосындысы 100%-дан асады.",
  ratings: {
    title: "{variable}. Бағаларды салыстыру",
    mean: "Орташа (1–10), 95% СА",
    high: "{from}–{to} баға үлесі",
    measure: "Салыстыру өлшемі",
    distribution: "Бағалардың таралуы",
    ci: "95% СА {low}–{high}",
    note: "Негізі: тұжырымды бағалағандар.",
  },
  likertNote: "Жолақтар бейтарап жауапқа қатысты орталықтанған: келіспеу сол жақта, келісу оң жақта. Жарамды жауаптардың үлесі.",
  apart: "Бөлек",
  crosstab: {
    intro: "Екі жабық сұрақтың жиіліктері жол, баған немесе жалпы пайызымен, χ² тәуелсіздік критерийі және Крамер V коэффициенті, сүзгілерге сәйкес жауаптар бойынша.",
    percent: "Пайыздар",
    rowPct: "Жол %",
    colPct: "Баған %",
    totalPct: "Жалпы %",
    none: "Тек жиіліктер",
    total: "Барлығы",
    layer: "Қабат (үшінші сұрақ)",
    layerValue: "Қабат мәні",
    noLayer: "Қабатсыз",
    includeMissing: "«Жауап беру қиын» және «жауап бермеуді жөн көремін» қосу",
    statistics: "Тәуелсіздік критерийі",
    chi: "Пирсон χ² = {chi}, df = {df}, p = {p}",
    cramer: "Крамер V = {v}",
    expected: "{cells} ұяшықтың ({pct}) күтілетін жиілігі 5-тен аз. Ең аз күтілетін жиілік: {min}.",
    noStats: "Сұрақта бірнеше жауап таңдауға болса, χ² есептелмейді.",
    csv: "Кестені жүктеу (CSV)",
    note: "Ұяшықта: n және таңдалған пайыз. Екі сұраққа да жауап бергендер.",
  },
  report: {
    nav: "Есеп",
    title: "Есеп",
    intro: "Барлық диаграмма сауалнама ретімен, негізімен — браузерден басып шығаруға немесе PDF ретінде сақтауға.",
    print: "Браузердің «Басып шығару» пәрменімен (Ctrl+P) басып шығарыңыз немесе PDF ретінде сақтаңыз.",
    generated: "Жауаптар: {n}. Құрылған уақыты {date}.",
  },
  audit: { when: "Қашан ({zone})" },
};

const en: StaffMessages = {
  analysis: analysisEn,
  appTitle: "Tyndau — staff area",
  skipToContent: "Skip to main content",
  nav: {
    label: "Staff area",
    overview: "Overview",
    results: "Results by question",
    crosstab: "Crosstab",
    export: "Export",
    survey: "Survey control",
    staff: "Staff accounts",
    audit: "Audit log",
  },
  language: { label: "Interface language", switchTo: "Switch the interface to {language}", names: { kk: "Қазақша", ru: "Русский", en: "English" } },
  signedInAs: "Signed in as {email} ({role})",
  roles: { admin: "admin", analyst: "analyst" },
  signOut: "Sign out",
  signIn: {
    title: "Staff sign-in",
    intro: "For researchers and analysts of the project. Respondents do not need an account.",
    email: "Email",
    password: "Password",
    submit: "Sign in",
    invalid: "The email or password is incorrect.",
    blocked: "Too many failed attempts. Sign-in is locked for this account from your address; try again in {minutes} min.",
    signedOut: "You have signed out.",
    errorSummary: "There is a problem",
  },
  forbidden: { title: "Not allowed", body: "Your role does not give access to this page. Ask an administrator if you need it.", back: "Back to the overview" },
  filters: {
    title: "Filters",
    region: "Region",
    gender: "Gender",
    age: "Age group",
    screening: "Screening answer",
    language: "Language of the response",
    from: "Submitted from",
    to: "Submitted until",
    apply: "Apply filters",
    reset: "Clear filters",
    matching: "{n} responses match",
    invalid: "Some filters were not understood and were ignored:",
    active: "{n} filters applied",
  },
  overview: {
    title: "Overview",
    total: "Responses",
    arrivedToday: "Arrived today (shown from tomorrow)",
    perDay: "Responses per day",
    byLanguage: "By language",
    screening: "Screening answer",
    status: "Survey status",
    open: "Open: accepting responses",
    closed: "Closed: not accepting responses",
    day: "Day",
    responses: "Responses",
    noResponses: "No responses match.",
  },
  results: {
    title: "Results by question",
    intro: "Every question in questionnaire order. Percentages are of the respondents who were asked the question.",
    asked: "Asked",
    answered: "Answered",
    option: "Answer",
    count: "n",
    percent: "%",
    multiNote: "Several answers were possible: the percentages add up to more than 100%.",
    mean: "Mean",
    high: "Rated {from}–{to}",
    statement: "Statement",
    scaleValue: "Rating",
    openAnswers: "Newest answers",
    otherAnswers: "“Other” answers written in: {n}",
    allAnswers: "All answers ({n})",
    noAnswers: "No answers yet.",
    chartOf: "Chart: {title}",
    downloadSvg: "SVG",
    downloadPng: "PNG",
    download: "Download the chart",
    tableOf: "Frequencies: {title}",
    part: "Part {id}",
    screeningSection: "Screening",
    contents: "Questions",
    pctOfAsked: "% of asked",
  },
  open: {
    title: "Answers to {variable}",
    back: "Back to the results",
    previous: "Newer answers",
    next: "Older answers",
    pageOf: "Answers {from}–{to} of {total}",
    language: "Language",
    date: "Date",
    answer: "Answer",
  },
  crosstab: {
    title: "Crosstab",
    intro: "Counts and row percentages of two closed questions, for the responses matching the filters.",
    rows: "Rows",
    columns: "Columns",
    show: "Show the crosstab",
    rowTotal: "Row total",
    note: "Each cell shows n and the % of its row.",
    choose: "Choose two questions.",
    same: "Choose two different questions.",
  },
  survey: {
    title: "Survey control",
    statusOpen: "The survey is open and accepts responses.",
    statusClosed: "The survey is closed: respondents see the “closed” message and submissions are refused.",
    close: "Close the survey",
    reopen: "Reopen the survey",
    closedNotice: "The survey is now closed.",
    openedNotice: "The survey is open again.",
    deleteTitle: "Delete all responses",
    deleteWarning: "This permanently deletes every stored response, e.g. after a pilot. It cannot be undone. Export the data first if you need it.",
    confirmWord: "DELETE",
    confirmLabel: "To confirm, type {word}",
    deleteButton: "Delete all responses",
    deletedNotice: "{n} responses were deleted.",
    confirmMismatch: "The confirmation word did not match; nothing was deleted.",
    responsesStored: "Responses stored: {n}",
    releaseDay: "Results are released by day: dashboards and exports include a response only once its day of submission has ended ({zone}). Today's arrivals so far: {n}.",
    releaseNone: "Results are shown at once (RESULTS_DELAY=none): a response appears in dashboards and exports as soon as it is stored. Use this only for pilots and tests.",
    backupTitle: "Backup",
    backupText: "A consistent copy of the whole database (responses, staff accounts, audit log) as one SQLite file, taken without stopping the survey. Keep it somewhere safe: it holds every answer.",
    backupButton: "Download a backup",
    backupPostgres: "This server stores its data in PostgreSQL: backups are made on the server with npm run backup (pg_dump), nightly by the backup timer (see docs/deploy.md).",
  },
  staff: {
    title: "Staff accounts",
    email: "Email",
    role: "Role",
    status: "Status",
    active: "active",
    disabled: "disabled",
    actions: "Actions",
    addTitle: "Add an account",
    password: "Initial password",
    passwordHint: "At least 12 characters; common passwords are refused. Hand it over in person or by a separate channel.",
    locale: "Interface language",
    add: "Add the account",
    disable: "Disable",
    enable: "Enable",
    newPassword: "New password for {email}",
    resetPassword: "Reset the password",
    changeRole: "Role of {email}",
    save: "Save",
    you: "(you)",
    notices: {
      created: "The account was created.",
      disabled: "The account was disabled and signed out.",
      enabled: "The account was enabled.",
      passwordReset: "The password was reset and the account signed out everywhere.",
      roleChanged: "The role was changed.",
    },
    problems: {
      tooShort: "The password must be at least 12 characters long.",
      tooLong: "The password is too long.",
      common: "This password is too common. Choose a longer, less predictable one.",
      containsEmail: "The password must not contain the email address.",
      invalidEmail: "Enter a valid email address.",
      emailTaken: "An account with this email already exists.",
      notFound: "This account no longer exists.",
      lastAdmin: "This is the last active admin. Create or enable another admin first.",
    },
  },
  audit: {
    title: "Audit log",
    intro: "Sign-ins, exports, survey status changes, deletions and account changes. It never contains respondents' data.",
    when: "When (UTC)",
    who: "Who",
    action: "What",
    details: "Details",
    older: "Older entries",
    newest: "Newest entries",
    system: "system / command line",
    actions: {
      "sign-in": "Signed in",
      "sign-in-failed": "Failed sign-in",
      "sign-in-blocked": "Sign-in refused (locked)",
      "sign-out": "Signed out",
      export: "Export",
      "survey-opened": "Survey opened",
      "survey-closed": "Survey closed",
      "responses-deleted": "All responses deleted",
      "demo-data-seeded": "Demo data added",
      "backup-downloaded": "Backup downloaded",
      "staff-created": "Account created",
      "staff-disabled": "Account disabled",
      "staff-enabled": "Account enabled",
      "staff-password-reset": "Password reset",
      "staff-role-changed": "Role changed",
      "results-release": "Results release setting",
    },
  },
};

const ru: StaffMessages = {
  analysis: analysisRu,
  appTitle: "Tyndau — раздел сотрудников",
  skipToContent: "Перейти к основному содержанию",
  nav: {
    label: "Раздел сотрудников",
    overview: "Обзор",
    results: "Результаты по вопросам",
    crosstab: "Таблица сопряжённости",
    export: "Выгрузка",
    survey: "Управление опросом",
    staff: "Учётные записи",
    audit: "Журнал аудита",
  },
  language: { label: "Язык интерфейса", switchTo: "Переключить интерфейс на язык: {language}", names: { kk: "Қазақша", ru: "Русский", en: "English" } },
  signedInAs: "Вы вошли как {email} ({role})",
  roles: { admin: "администратор", analyst: "аналитик" },
  signOut: "Выйти",
  signIn: {
    title: "Вход для сотрудников",
    intro: "Для исследователей и аналитиков проекта. Респондентам учётная запись не нужна.",
    email: "Электронная почта",
    password: "Пароль",
    submit: "Войти",
    invalid: "Неверный адрес электронной почты или пароль.",
    blocked: "Слишком много неудачных попыток. Вход в эту учётную запись с вашего адреса заблокирован; повторите через {minutes} мин.",
    signedOut: "Вы вышли из системы.",
    errorSummary: "Возникла проблема",
  },
  forbidden: { title: "Доступ запрещён", body: "Ваша роль не даёт доступа к этой странице. Обратитесь к администратору, если он нужен.", back: "Вернуться к обзору" },
  filters: {
    title: "Фильтры",
    region: "Регион",
    gender: "Пол",
    age: "Возрастная группа",
    screening: "Ответ на отборочный вопрос",
    language: "Язык анкеты",
    from: "Получены с",
    to: "Получены по",
    apply: "Применить фильтры",
    reset: "Сбросить фильтры",
    matching: "Подходящих ответов: {n}",
    invalid: "Некоторые фильтры не распознаны и не применены:",
    active: "Применено фильтров: {n}",
  },
  overview: {
    title: "Обзор",
    total: "Ответов",
    arrivedToday: "Поступило сегодня (будут показаны завтра)",
    perDay: "Ответы по дням",
    byLanguage: "По языку",
    screening: "Ответ на отборочный вопрос",
    status: "Состояние опроса",
    open: "Открыт: принимает ответы",
    closed: "Закрыт: ответы не принимаются",
    day: "День",
    responses: "Ответов",
    noResponses: "Нет подходящих ответов.",
  },
  results: {
    title: "Результаты по вопросам",
    intro: "Все вопросы в порядке анкеты. Проценты — от числа респондентов, которым был задан вопрос.",
    asked: "Задан",
    answered: "Ответили",
    option: "Вариант ответа",
    count: "n",
    percent: "%",
    multiNote: "Можно было выбрать несколько вариантов: сумма процентов превышает 100%.",
    mean: "Среднее",
    high: "Оценки {from}–{to}",
    statement: "Утверждение",
    scaleValue: "Оценка",
    openAnswers: "Последние ответы",
    otherAnswers: "Вписано ответов «Другое»: {n}",
    allAnswers: "Все ответы ({n})",
    noAnswers: "Ответов пока нет.",
    chartOf: "Диаграмма: {title}",
    downloadSvg: "SVG",
    downloadPng: "PNG",
    download: "Скачать диаграмму",
    tableOf: "Частоты: {title}",
    part: "Часть {id}",
    screeningSection: "Отборочный вопрос",
    contents: "Вопросы",
    pctOfAsked: "% от опрошенных",
  },
  open: {
    title: "Ответы на {variable}",
    back: "Вернуться к результатам",
    previous: "Более новые ответы",
    next: "Более ранние ответы",
    pageOf: "Ответы {from}–{to} из {total}",
    language: "Язык",
    date: "Дата",
    answer: "Ответ",
  },
  crosstab: {
    title: "Таблица сопряжённости",
    intro: "Число ответов и проценты по строкам для двух закрытых вопросов, по ответам, отобранным фильтрами.",
    rows: "Строки",
    columns: "Столбцы",
    show: "Показать таблицу",
    rowTotal: "Итого по строке",
    note: "В каждой ячейке — n и % от строки.",
    choose: "Выберите два вопроса.",
    same: "Выберите два разных вопроса.",
  },
  survey: {
    title: "Управление опросом",
    statusOpen: "Опрос открыт и принимает ответы.",
    statusClosed: "Опрос закрыт: респонденты видят сообщение о закрытии, ответы не принимаются.",
    close: "Закрыть опрос",
    reopen: "Снова открыть опрос",
    closedNotice: "Опрос закрыт.",
    openedNotice: "Опрос снова открыт.",
    deleteTitle: "Удалить все ответы",
    deleteWarning: "Все сохранённые ответы будут удалены безвозвратно (например, после пилотного этапа). Если данные нужны, сначала сделайте выгрузку.",
    confirmWord: "УДАЛИТЬ",
    confirmLabel: "Для подтверждения введите {word}",
    deleteButton: "Удалить все ответы",
    deletedNotice: "Удалено ответов: {n}.",
    confirmMismatch: "Слово подтверждения не совпало; ничего не удалено.",
    responsesStored: "Сохранено ответов: {n}",
    releaseDay: "Результаты публикуются по дням: ответ попадает в панель и выгрузки только после окончания дня, в который он отправлен ({zone}). Поступило сегодня: {n}.",
    releaseNone: "Результаты видны сразу (RESULTS_DELAY=none): ответ появляется в панели и выгрузках, как только сохранён. Только для пилотов и тестов.",
    backupTitle: "Резервная копия",
    backupText: "Согласованная копия всей базы данных (ответы, учётные записи сотрудников, журнал действий) в одном файле SQLite, снятая без остановки опроса. Храните её в надёжном месте: в ней все ответы.",
    backupButton: "Скачать резервную копию",
    backupPostgres: "Данные этого сервера хранятся в PostgreSQL: резервные копии делаются на сервере командой npm run backup (pg_dump), каждую ночь по таймеру (см. docs/deploy.md).",
  },
  staff: {
    title: "Учётные записи сотрудников",
    email: "Электронная почта",
    role: "Роль",
    status: "Состояние",
    active: "активна",
    disabled: "отключена",
    actions: "Действия",
    addTitle: "Добавить учётную запись",
    password: "Начальный пароль",
    passwordHint: "Не менее 12 символов; распространённые пароли не принимаются. Передайте пароль лично или по отдельному каналу.",
    locale: "Язык интерфейса",
    add: "Добавить",
    disable: "Отключить",
    enable: "Включить",
    newPassword: "Новый пароль для {email}",
    resetPassword: "Сменить пароль",
    changeRole: "Роль {email}",
    save: "Сохранить",
    you: "(вы)",
    notices: {
      created: "Учётная запись создана.",
      disabled: "Учётная запись отключена, её сеансы завершены.",
      enabled: "Учётная запись включена.",
      passwordReset: "Пароль изменён, все сеансы учётной записи завершены.",
      roleChanged: "Роль изменена.",
    },
    problems: {
      tooShort: "Пароль должен содержать не менее 12 символов.",
      tooLong: "Пароль слишком длинный.",
      common: "Этот пароль слишком распространён. Выберите более длинный и непредсказуемый.",
      containsEmail: "Пароль не должен содержать адрес электронной почты.",
      invalidEmail: "Введите правильный адрес электронной почты.",
      emailTaken: "Учётная запись с таким адресом уже существует.",
      notFound: "Этой учётной записи больше нет.",
      lastAdmin: "Это последний активный администратор. Сначала создайте или включите другого.",
    },
  },
  audit: {
    title: "Журнал аудита",
    intro: "Входы, выгрузки, изменения состояния опроса, удаления и изменения учётных записей. Данных респондентов журнал не содержит.",
    when: "Когда (UTC)",
    who: "Кто",
    action: "Что",
    details: "Подробности",
    older: "Более ранние записи",
    newest: "Последние записи",
    system: "система / командная строка",
    actions: {
      "sign-in": "Вход",
      "sign-in-failed": "Неудачный вход",
      "sign-in-blocked": "Вход отклонён (блокировка)",
      "sign-out": "Выход",
      export: "Выгрузка",
      "survey-opened": "Опрос открыт",
      "survey-closed": "Опрос закрыт",
      "responses-deleted": "Все ответы удалены",
      "demo-data-seeded": "Добавлены демонстрационные данные",
      "backup-downloaded": "Скачана резервная копия",
      "staff-created": "Учётная запись создана",
      "staff-disabled": "Учётная запись отключена",
      "staff-enabled": "Учётная запись включена",
      "staff-password-reset": "Пароль сброшен",
      "staff-role-changed": "Роль изменена",
      "results-release": "Настройка публикации результатов",
    },
  },
};

const kk: StaffMessages = {
  analysis: analysisKk,
  appTitle: "Tyndau — қызметкерлер бөлімі",
  skipToContent: "Негізгі мазмұнға өту",
  nav: {
    label: "Қызметкерлер бөлімі",
    overview: "Шолу",
    results: "Сұрақтар бойынша нәтижелер",
    crosstab: "Айқаспалы кесте",
    export: "Экспорт",
    survey: "Сауалнаманы басқару",
    staff: "Есептік жазбалар",
    audit: "Аудит журналы",
  },
  language: { label: "Интерфейс тілі", switchTo: "Интерфейсті мына тілге ауыстыру: {language}", names: { kk: "Қазақша", ru: "Русский", en: "English" } },
  signedInAs: "Сіз {email} ретінде кірдіңіз ({role})",
  roles: { admin: "әкімші", analyst: "талдаушы" },
  signOut: "Шығу",
  signIn: {
    title: "Қызметкерлердің кіруі",
    intro: "Жоба зерттеушілері мен талдаушыларына арналған. Респонденттерге есептік жазба қажет емес.",
    email: "Электрондық пошта",
    password: "Құпиясөз",
    submit: "Кіру",
    invalid: "Электрондық пошта немесе құпиясөз қате.",
    blocked: "Сәтсіз әрекеттер тым көп. Бұл есептік жазбаға сіздің мекенжайыңыздан кіру бұғатталды; {minutes} минуттан кейін қайталаңыз.",
    signedOut: "Сіз жүйеден шықтыңыз.",
    errorSummary: "Қате бар",
  },
  forbidden: { title: "Рұқсат жоқ", body: "Сіздің рөліңіз бұл бетке кіруге рұқсат бермейді. Қажет болса, әкімшіге хабарласыңыз.", back: "Шолуға оралу" },
  filters: {
    title: "Сүзгілер",
    region: "Өңір",
    gender: "Жынысы",
    age: "Жас тобы",
    screening: "Іріктеу сұрағына жауап",
    language: "Сауалнама тілі",
    from: "Келген күні (бастап)",
    to: "Келген күні (дейін)",
    apply: "Сүзгілерді қолдану",
    reset: "Сүзгілерді тазарту",
    matching: "Сәйкес жауаптар: {n}",
    invalid: "Кейбір сүзгілер танылмады және қолданылмады:",
    active: "Қолданылған сүзгілер: {n}",
  },
  overview: {
    title: "Шолу",
    total: "Жауаптар",
    arrivedToday: "Бүгін түскені (ертең жарияланады)",
    perDay: "Күн сайынғы жауаптар",
    byLanguage: "Тіл бойынша",
    screening: "Іріктеу сұрағына жауап",
    status: "Сауалнама күйі",
    open: "Ашық: жауаптар қабылданады",
    closed: "Жабық: жауаптар қабылданбайды",
    day: "Күн",
    responses: "Жауаптар",
    noResponses: "Сәйкес жауаптар жоқ.",
  },
  results: {
    title: "Сұрақтар бойынша нәтижелер",
    intro: "Барлық сұрақтар сауалнама ретімен. Пайыздар сұрақ қойылған респонденттер санынан есептелген.",
    asked: "Сұрақ қойылды",
    answered: "Жауап берді",
    option: "Жауап нұсқасы",
    count: "n",
    percent: "%",
    multiNote: "Бірнеше нұсқаны таңдауға болатын еді: пайыздардың қосындысы 100%-дан асады.",
    mean: "Орташа мән",
    high: "{from}–{to} балл",
    statement: "Тұжырым",
    scaleValue: "Баға",
    openAnswers: "Соңғы жауаптар",
    otherAnswers: "«Басқа» деп жазылған жауаптар: {n}",
    allAnswers: "Барлық жауаптар ({n})",
    noAnswers: "Әзірге жауап жоқ.",
    chartOf: "Диаграмма: {title}",
    downloadSvg: "SVG",
    downloadPng: "PNG",
    download: "Диаграмманы жүктеп алу",
    tableOf: "Жиіліктер: {title}",
    part: "{id} бөлім",
    screeningSection: "Іріктеу сұрағы",
    contents: "Сұрақтар",
    pctOfAsked: "сұралғандардың %-ы",
  },
  open: {
    title: "{variable} сұрағына жауаптар",
    back: "Нәтижелерге оралу",
    previous: "Жаңарақ жауаптар",
    next: "Ертерек жауаптар",
    pageOf: "{total} жауаптың {from}–{to}",
    language: "Тілі",
    date: "Күні",
    answer: "Жауап",
  },
  crosstab: {
    title: "Айқаспалы кесте",
    intro: "Сүзгілерге сәйкес жауаптар бойынша екі жабық сұрақтың саны мен жол бойынша пайыздары.",
    rows: "Жолдар",
    columns: "Бағандар",
    show: "Кестені көрсету",
    rowTotal: "Жол бойынша барлығы",
    note: "Әр ұяшықта n және жолдың %-ы көрсетілген.",
    choose: "Екі сұрақты таңдаңыз.",
    same: "Екі түрлі сұрақты таңдаңыз.",
  },
  survey: {
    title: "Сауалнаманы басқару",
    statusOpen: "Сауалнама ашық және жауаптарды қабылдайды.",
    statusClosed: "Сауалнама жабық: респонденттер жабылғаны туралы хабарды көреді, жауаптар қабылданбайды.",
    close: "Сауалнаманы жабу",
    reopen: "Сауалнаманы қайта ашу",
    closedNotice: "Сауалнама жабылды.",
    openedNotice: "Сауалнама қайта ашылды.",
    deleteTitle: "Барлық жауапты жою",
    deleteWarning: "Сақталған барлық жауап біржола жойылады (мысалы, пилоттық кезеңнен кейін). Деректер қажет болса, алдымен экспорттаңыз.",
    confirmWord: "ЖОЮ",
    confirmLabel: "Растау үшін {word} деп жазыңыз",
    deleteButton: "Барлық жауапты жою",
    deletedNotice: "Жойылған жауаптар: {n}.",
    confirmMismatch: "Растау сөзі сәйкес келмеді; ештеңе жойылған жоқ.",
    responsesStored: "Сақталған жауаптар: {n}",
    releaseDay: "Нәтижелер күн бойынша жарияланады: жауап тақтаға және экспортқа тек ол жіберілген күн аяқталғаннан кейін ғана енеді ({zone}). Бүгін түскені: {n}.",
    releaseNone: "Нәтижелер бірден көрінеді (RESULTS_DELAY=none): жауап сақталған бойда тақтада және экспортта пайда болады. Тек пилот пен тест үшін.",
    backupTitle: "Сақтық көшірме",
    backupText: "Бүкіл дерекқордың (жауаптар, қызметкерлердің тіркелгілері, әрекеттер журналы) сауалнаманы тоқтатпай алынған үйлесімді көшірмесі, бір SQLite файлы. Оны сенімді жерде сақтаңыз: онда барлық жауап бар.",
    backupButton: "Сақтық көшірмені жүктеп алу",
    backupPostgres: "Бұл сервердің деректері PostgreSQL-де сақталады: сақтық көшірмелер серверде npm run backup (pg_dump) командасымен, әр түнде таймер арқылы жасалады (docs/deploy.md қараңыз).",
  },
  staff: {
    title: "Қызметкерлердің есептік жазбалары",
    email: "Электрондық пошта",
    role: "Рөлі",
    status: "Күйі",
    active: "белсенді",
    disabled: "өшірілген",
    actions: "Әрекеттер",
    addTitle: "Есептік жазба қосу",
    password: "Бастапқы құпиясөз",
    passwordHint: "Кемінде 12 таңба; көп тараған құпиясөздер қабылданбайды. Құпиясөзді жеке өзі немесе бөлек арна арқылы беріңіз.",
    locale: "Интерфейс тілі",
    add: "Қосу",
    disable: "Өшіру",
    enable: "Қосу (белсендіру)",
    newPassword: "{email} үшін жаңа құпиясөз",
    resetPassword: "Құпиясөзді ауыстыру",
    changeRole: "{email} рөлі",
    save: "Сақтау",
    you: "(сіз)",
    notices: {
      created: "Есептік жазба құрылды.",
      disabled: "Есептік жазба өшірілді, оның сеанстары аяқталды.",
      enabled: "Есептік жазба белсендірілді.",
      passwordReset: "Құпиясөз ауыстырылды, есептік жазбаның барлық сеансы аяқталды.",
      roleChanged: "Рөл өзгертілді.",
    },
    problems: {
      tooShort: "Құпиясөз кемінде 12 таңбадан тұруы керек.",
      tooLong: "Құпиясөз тым ұзын.",
      common: "Бұл құпиясөз тым көп тараған. Ұзынырақ әрі болжауы қиын құпиясөз таңдаңыз.",
      containsEmail: "Құпиясөзде электрондық пошта мекенжайы болмауы керек.",
      invalidEmail: "Дұрыс электрондық пошта мекенжайын енгізіңіз.",
      emailTaken: "Мұндай мекенжайы бар есептік жазба бұрыннан бар.",
      notFound: "Бұл есептік жазба енді жоқ.",
      lastAdmin: "Бұл — соңғы белсенді әкімші. Алдымен басқа әкімшіні құрыңыз немесе белсендіріңіз.",
    },
  },
  audit: {
    title: "Аудит журналы",
    intro: "Кірулер, экспорттар, сауалнама күйінің өзгерістері, жоюлар және есептік жазбалардың өзгерістері. Журналда респонденттердің деректері болмайды.",
    when: "Қашан (UTC)",
    who: "Кім",
    action: "Не",
    details: "Толығырақ",
    older: "Ертерек жазбалар",
    newest: "Соңғы жазбалар",
    system: "жүйе / командалық жол",
    actions: {
      "sign-in": "Кірді",
      "sign-in-failed": "Сәтсіз кіру",
      "sign-in-blocked": "Кіру қабылданбады (бұғат)",
      "sign-out": "Шықты",
      export: "Экспорт",
      "survey-opened": "Сауалнама ашылды",
      "survey-closed": "Сауалнама жабылды",
      "responses-deleted": "Барлық жауап жойылды",
      "demo-data-seeded": "Демо деректер қосылды",
      "backup-downloaded": "Сақтық көшірме жүктеп алынды",
      "staff-created": "Есептік жазба құрылды",
      "staff-disabled": "Есептік жазба өшірілді",
      "staff-enabled": "Есептік жазба белсендірілді",
      "staff-password-reset": "Құпиясөз ауыстырылды",
      "staff-role-changed": "Рөл өзгертілді",
      "results-release": "Нәтижелерді жариялау параметрі",
    },
  },
};

export const STAFF_MESSAGES: Record<Locale, StaffMessages> = { kk, ru, en };

export function staffMessages(locale: Locale): StaffMessages {
  return STAFF_MESSAGES[locale];
}

/** Fills {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Cookie holding the interface language chosen with the language switch. */
export const STAFF_UI_COOKIE = "tyndau_staff_ui";

export function parseStaffLocale(value: string | undefined | null): Locale | undefined {
  return isLocale(value) ? value : undefined;
}

/** Number formatting in the interface language (Kazakh uses the kk-KZ conventions). */
export function numberFormat(locale: Locale, digits = 0): Intl.NumberFormat {
  return new Intl.NumberFormat(locale === "kk" ? "kk-KZ" : locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function formatPercent(locale: Locale, pct: number | null): string {
  return pct === null ? "—" : `${numberFormat(locale, 1).format(pct)}%`;
}
