// The Export page's own words, in the staff member's language. Question texts and option
// labels are never written here: the filter choices come from the questionnaire definition.
import type { Locale } from "@/lib/questionnaire";

export interface ExportMessages {
  heading: string;
  intro: string;
  filters: string;
  filtersHint: string;
  region: string;
  gender: string;
  age: string;
  screening: string;
  respondentLanguage: string;
  from: string;
  to: string;
  format: string;
  values: string;
  valuesCodes: string;
  valuesLabels: string;
  labelLanguage: string;
  header: string;
  headerNames: string;
  headerText: string;
  separator: string;
  sepComma: string;
  sepSemicolon: string;
  sepTab: string;
  bom: string;
  bomOn: string;
  bomOff: string;
  combined: string;
  download: string;
  downloadWide: string;
  downloadLong: string;
  downloadSpss: string;
  downloadCodebookCsv: string;
  downloadCodebookMd: string;
  spssHint: string;
  links: string;
  linksHint: string;
  invalid: string;
}

const en: ExportMessages = {
  heading: "Download data",
  intro: "Files for SPSS, PSPP, R and Excel. Every download is recorded in the audit log.",
  filters: "Which responses",
  filtersHint: "Tick nothing in a group to include every response; several ticks in a group mean any of them.",
  region: "Region",
  gender: "Gender",
  age: "Age group",
  screening: "Experience with civil servants (screening)",
  respondentLanguage: "Language the respondent answered in",
  from: "Submitted from",
  to: "Submitted to",
  format: "File format",
  values: "Answers as",
  valuesCodes: "Codes (for SPSS, PSPP, R)",
  valuesLabels: "Labels (for reading in Excel)",
  labelLanguage: "Language of labels",
  header: "Header",
  headerNames: "Variable names only",
  headerText: "Variable names and a second row with the question text",
  separator: "Separator",
  sepComma: "Comma",
  sepSemicolon: "Semicolon (Excel with Russian or Kazakh settings)",
  sepTab: "Tab",
  bom: "Byte-order mark (lets Excel recognise UTF-8)",
  bomOn: "Include",
  bomOff: "Leave out",
  combined: "Also add one column per multiple-choice question listing the chosen codes",
  download: "Download",
  downloadWide: "Responses, one row per response (CSV)",
  downloadLong: "Answers, one row per answer (CSV)",
  downloadSpss: "SPSS / PSPP syntax (.sps)",
  downloadCodebookCsv: "Codebook (CSV)",
  downloadCodebookMd: "Codebook (Markdown)",
  spssHint: "The syntax reads responses.csv downloaded with codes and the same separator and header; keep both files in one folder.",
  links: "Direct links",
  linksHint: "Links for the current choices, for scripts and bookmarks (sign-in required).",
  invalid: "Some choices in the address were not valid and were reset:",
};

const ru: ExportMessages = {
  heading: "Выгрузка данных",
  intro: "Файлы для SPSS, PSPP, R и Excel. Каждая выгрузка записывается в журнал аудита.",
  filters: "Какие ответы",
  filtersHint: "Не отмечайте ничего в группе, чтобы включить все ответы; несколько отметок означают «любой из них».",
  region: "Регион",
  gender: "Пол",
  age: "Возрастная группа",
  screening: "Опыт взаимодействия с госслужащими (отбор)",
  respondentLanguage: "Язык, на котором отвечал респондент",
  from: "Отправлено с",
  to: "Отправлено по",
  format: "Формат файла",
  values: "Ответы в виде",
  valuesCodes: "Кодов (для SPSS, PSPP, R)",
  valuesLabels: "Подписей (для чтения в Excel)",
  labelLanguage: "Язык подписей",
  header: "Заголовок",
  headerNames: "Только имена переменных",
  headerText: "Имена переменных и вторая строка с текстом вопроса",
  separator: "Разделитель",
  sepComma: "Запятая",
  sepSemicolon: "Точка с запятой (Excel с русскими или казахскими настройками)",
  sepTab: "Табуляция",
  bom: "Метка порядка байтов (чтобы Excel распознал UTF-8)",
  bomOn: "Добавить",
  bomOff: "Не добавлять",
  combined: "Добавить по одному столбцу на вопрос с множественным выбором со списком выбранных кодов",
  download: "Скачать",
  downloadWide: "Ответы, строка на анкету (CSV)",
  downloadLong: "Ответы, строка на ответ (CSV)",
  downloadSpss: "Синтаксис SPSS / PSPP (.sps)",
  downloadCodebookCsv: "Кодовая книга (CSV)",
  downloadCodebookMd: "Кодовая книга (Markdown)",
  spssHint: "Синтаксис читает responses.csv, скачанный с кодами и теми же разделителем и заголовком; держите оба файла в одной папке.",
  links: "Прямые ссылки",
  linksHint: "Ссылки для текущего выбора, для скриптов и закладок (нужен вход).",
  invalid: "Некоторые параметры в адресе были неверны и сброшены:",
};

const kk: ExportMessages = {
  heading: "Деректерді жүктеп алу",
  intro: "SPSS, PSPP, R және Excel үшін файлдар. Әр жүктеп алу аудит журналына жазылады.",
  filters: "Қандай жауаптар",
  filtersHint: "Барлық жауаптарды қосу үшін топта ештеңе белгілемеңіз; бірнеше белгі олардың кез келгенін білдіреді.",
  region: "Өңір",
  gender: "Жынысы",
  age: "Жас тобы",
  screening: "Мемлекеттік қызметшілермен байланыс тәжірибесі (іріктеу)",
  respondentLanguage: "Респондент жауап берген тіл",
  from: "Жіберілген күннен бастап",
  to: "Жіберілген күнге дейін",
  format: "Файл пішімі",
  values: "Жауаптар түрі",
  valuesCodes: "Кодтар (SPSS, PSPP, R үшін)",
  valuesLabels: "Жазбалар (Excel-де оқу үшін)",
  labelLanguage: "Жазбалар тілі",
  header: "Тақырып жолы",
  headerNames: "Тек айнымалы атаулары",
  headerText: "Айнымалы атаулары және сұрақ мәтіні бар екінші жол",
  separator: "Бөлгіш",
  sepComma: "Үтір",
  sepSemicolon: "Нүктелі үтір (орыс немесе қазақ баптаулары бар Excel)",
  sepTab: "Табуляция",
  bom: "Байт реті белгісі (Excel UTF-8 танысын)",
  bomOn: "Қосу",
  bomOff: "Қоспау",
  combined: "Көп таңдаулы әр сұраққа таңдалған кодтар тізімі бар бір баған қосу",
  download: "Жүктеп алу",
  downloadWide: "Жауаптар, әр сауалнамаға бір жол (CSV)",
  downloadLong: "Жауаптар, әр жауапқа бір жол (CSV)",
  downloadSpss: "SPSS / PSPP синтаксисі (.sps)",
  downloadCodebookCsv: "Кодтар кітабы (CSV)",
  downloadCodebookMd: "Кодтар кітабы (Markdown)",
  spssHint: "Синтаксис кодтармен және сол бөлгішпен, тақырыппен жүктелген responses.csv файлын оқиды; екі файлды бір қалтада сақтаңыз.",
  links: "Тікелей сілтемелер",
  linksHint: "Ағымдағы таңдауға арналған сілтемелер, скриптер мен бетбелгілер үшін (кіру қажет).",
  invalid: "Мекенжайдағы кейбір параметрлер қате болды және қалпына келтірілді:",
};

export const EXPORT_MESSAGES: Record<Locale, ExportMessages> = { kk, ru, en };

export const LANGUAGE_NAMES: Record<Locale, string> = { kk: "Қазақша", ru: "Русский", en: "English" };
