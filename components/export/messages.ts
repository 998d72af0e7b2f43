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
  downloadSav: string;
  downloadXlsx: string;
  downloadSpssCsv: string;
  spssHint: string;
  /** One sentence per file: which program opens it. */
  opens: string;
  opensWide: string;
  opensLong: string;
  opensSav: string;
  opensXlsx: string;
  opensSpss: string;
  opensSpssCsv: string;
  opensCodebookCsv: string;
  opensCodebookMd: string;
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
  downloadSav: "SPSS data file (.sav)",
  downloadXlsx: "Excel workbook (.xlsx)",
  downloadSpssCsv: "Responses for the SPSS syntax (CSV)",
  spssHint: "The syntax reads the \"Responses for the SPSS syntax\" CSV downloaded with the same separator and header; keep both files in one folder. The .sav needs neither.",
  opens: "Which program opens what",
  opensWide: "Excel, LibreOffice, R or Stata; pick labels to read it in a spreadsheet.",
  opensLong: "R, Python or a database: one row per answer, for tidy analysis.",
  opensSav: "Opens directly in SPSS, PSPP, jamovi, JASP, R (haven) and Stata (import spss), with labels, missing values and measurement levels.",
  opensXlsx: "Opens in Excel, LibreOffice Calc and Google Sheets: data on the first sheet, the codebook on the second.",
  opensSpss: "Run in SPSS or PSPP together with the CSV below to get the same data set as the .sav.",
  opensSpssCsv: "Only for the .sps: open texts start with an apostrophe and keep line breaks as a control character, which the syntax undoes.",
  opensCodebookCsv: "Excel or any spreadsheet: every variable, its codes and labels in three languages.",
  opensCodebookMd: "Any text editor or GitHub: the codebook as a readable document.",
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
  downloadSav: "Файл данных SPSS (.sav)",
  downloadXlsx: "Книга Excel (.xlsx)",
  downloadSpssCsv: "Ответы для синтаксиса SPSS (CSV)",
  spssHint: "Синтаксис читает CSV «Ответы для синтаксиса SPSS», скачанный с теми же разделителем и заголовком; держите оба файла в одной папке. Файлу .sav ничего из этого не нужно.",
  opens: "Какая программа что открывает",
  opensWide: "Excel, LibreOffice, R или Stata; для чтения в таблице выберите подписи.",
  opensLong: "R, Python или база данных: строка на ответ, для «длинного» анализа.",
  opensSav: "Открывается сразу в SPSS, PSPP, jamovi, JASP, R (haven) и Stata (import spss), с подписями, пропущенными значениями и шкалами измерения.",
  opensXlsx: "Открывается в Excel, LibreOffice Calc и Google Таблицах: данные на первом листе, кодовая книга на втором.",
  opensSpss: "Запустите в SPSS или PSPP вместе с CSV ниже — получится тот же набор данных, что и .sav.",
  opensSpssCsv: "Только для .sps: открытые ответы начинаются с апострофа, а переносы строк записаны управляющим символом, который синтаксис восстанавливает.",
  opensCodebookCsv: "Excel или любая таблица: все переменные, их коды и подписи на трёх языках.",
  opensCodebookMd: "Любой текстовый редактор или GitHub: кодовая книга в виде документа.",
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
  downloadSav: "SPSS деректер файлы (.sav)",
  downloadXlsx: "Excel кітабы (.xlsx)",
  downloadSpssCsv: "SPSS синтаксисіне арналған жауаптар (CSV)",
  spssHint: "Синтаксис сол бөлгішпен және тақырыппен жүктелген «SPSS синтаксисіне арналған жауаптар» CSV файлын оқиды; екі файлды бір қалтада сақтаңыз. .sav файлына бұлардың ешқайсысы керек емес.",
  opens: "Қай бағдарлама нені ашады",
  opensWide: "Excel, LibreOffice, R немесе Stata; кестеде оқу үшін жазбаларды таңдаңыз.",
  opensLong: "R, Python немесе дерекқор: әр жауапқа бір жол, «ұзын» талдау үшін.",
  opensSav: "SPSS, PSPP, jamovi, JASP, R (haven) және Stata (import spss) бағдарламаларында жазбаларымен, жетіспейтін мәндерімен және өлшеу шкалаларымен бірден ашылады.",
  opensXlsx: "Excel, LibreOffice Calc және Google Sheets-те ашылады: деректер бірінші парақта, кодтар кітабы екіншісінде.",
  opensSpss: "SPSS немесе PSPP-де төмендегі CSV-мен бірге іске қосыңыз — .sav-пен бірдей деректер жиыны шығады.",
  opensSpssCsv: "Тек .sps үшін: ашық жауаптар апострофпен басталады, жол ауысулары басқару таңбасымен жазылған, синтаксис оларды қалпына келтіреді.",
  opensCodebookCsv: "Excel немесе кез келген кесте: барлық айнымалылар, олардың кодтары мен үш тілдегі жазбалары.",
  opensCodebookMd: "Кез келген мәтін редакторы немесе GitHub: кодтар кітабы құжат ретінде.",
  links: "Тікелей сілтемелер",
  linksHint: "Ағымдағы таңдауға арналған сілтемелер, скриптер мен бетбелгілер үшін (кіру қажет).",
  invalid: "Мекенжайдағы кейбір параметрлер қате болды және қалпына келтірілді:",
};

export const EXPORT_MESSAGES: Record<Locale, ExportMessages> = { kk, ru, en };

export const LANGUAGE_NAMES: Record<Locale, string> = { kk: "Қазақша", ru: "Русский", en: "English" };
