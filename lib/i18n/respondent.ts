// Interface text of the respondent pages (buttons, progress, errors, start and thank-you
// pages). Questions, options and their help come from the questionnaire definition, never
// from here. Placeholders in braces ({n}, {total}) are filled by `format`.
import type { Locale } from "@/lib/questionnaire/locale";
import { invitationUi, type InvitationUi } from "@/lib/invitations/messages";
import { OUTBOX_MESSAGES, type OutboxMessages } from "@/lib/survey/outbox-messages";

export interface RespondentUi extends RespondentTexts {
  /** The invitation-code texts (lib/invitations/messages.ts), in the same language. */
  invitation: InvitationUi;
  /** What the check page says while a response waits on the device (lib/survey/outbox-messages.ts). */
  outbox: OutboxMessages;
}

interface RespondentTexts {
  skipToContent: string;
  brand: string;
  languageNav: string;
  /** Each language's own name, shown in the language switch. */
  startHeading: string;
  startPurposeHeading: string;
  startPurpose: string;
  startWhoHeading: string;
  startWho: string;
  startAnonymousHeading: string;
  startAnonymous: string;
  startAnonymousDetails: string[];
  startDurationHeading: string;
  startDuration: string;
  startButton: string;
  continueHeading: string;
  continueText: string;
  continueButton: string;
  startAgainButton: string;
  alreadyDoneHeading: string;
  alreadyDoneText: string;
  startNewButton: string;
  noScript: string;
  closedHeading: string;
  closedText: string;
  screeningTitle: string;
  partOf: string;
  progressLabel: string;
  answeredShare: string;
  back: string;
  next: string;
  toCheck: string;
  errorSummaryTitle: string;
  errorTitlePrefix: string;
  selectAll: string;
  chooseUpTo: string;
  otherSpecifyLabel: string;
  blockLettersNote: string;
  checkHeading: string;
  checkIntro: string;
  change: string;
  /** The whole accessible name of a check page's "Change" button. */
  changeAnswerTo: string;
  notAnswered: string;
  notAsked: string;
  checkIncomplete: string;
  goToPart: string;
  submitHeading: string;
  submitText: string;
  submitButton: string;
  submitting: string;
  networkError: string;
  retryButton: string;
  serverError: string;
  conflictError: string;
  closedError: string;
  thanksHeading: string;
  thanksText: string;
  thanksAnonymous: string;
  thanksBack: string;
  draftSavedNote: string;
  loading: string;
  /** After the text of a question that may be left blank. */
  optional: string;
  /** Live counter of a "choose up to N" question. */
  chosenCount: string;
  checkUnfinished: string;
  checkNoAnswers: string;
  thanksMissingHeading: string;
  thanksMissingText: string;
  rateLimitedError: string;
  /** Without JavaScript, when the answers no longer fit the device's cookie. */
  answersNotKept: string;
}

export const LANGUAGE_NAMES: Record<Locale, string> = { kk: "Қазақша", ru: "Русский", en: "English" };

const en: RespondentTexts = {
  skipToContent: "Skip to main content",
  brand: "Tyndau",
  languageNav: "Language",
  startHeading: "Survey of civil society representatives",
  startPurposeHeading: "What the survey is for",
  startPurpose:
    "We want to learn how members of non-governmental organisations assess the work of civil servants, the reforms of the civil service and how far the state listens to citizens. The results will inform proposals for developing the civil service of Kazakhstan.",
  startWhoHeading: "Who runs it",
  startWho:
    "The survey is part of the research project IRN BR18574203 of the Academy of Public Administration under the President of the Republic of Kazakhstan, carried out together with the Civil Alliance of Kazakhstan.",
  startAnonymousHeading: "It is anonymous",
  startAnonymous: "We do not ask for your name and store nothing that could identify you:",
  startAnonymousDetails: [
    "no name, e-mail, phone number or organisation name;",
    "no IP address, browser details, cookies or time of day — only the date of submission and your answers;",
    "answers are analysed only in aggregate.",
  ],
  startDurationHeading: "How long it takes",
  startDuration:
    "About 15 minutes: one screening question and four short parts. Your answers are kept on this device as you go, so you can stop and come back later.",
  startButton: "Start now",
  continueHeading: "Continue where you left off",
  continueText: "You have started this survey on this device. Your answers so far are saved.",
  continueButton: "Continue",
  startAgainButton: "Start again",
  alreadyDoneHeading: "You have already completed the survey",
  alreadyDoneText: "Thank you: your answers from this device have been received. If someone else uses this device, they can fill in a new response.",
  startNewButton: "Start a new response",
  noScript: "This survey needs JavaScript to keep your answers safe. Please turn JavaScript on in your browser.",
  closedHeading: "The survey is closed",
  closedText: "This survey is no longer accepting responses. Thank you for your interest.",
  screeningTitle: "Before you start",
  partOf: "Part {n} of {total}",
  progressLabel: "Questions answered",
  answeredShare: "{percent}% of questions answered",
  back: "Back",
  next: "Continue",
  toCheck: "Check your answers",
  errorSummaryTitle: "There is a problem",
  errorTitlePrefix: "Error: ",
  selectAll: "Select all that apply.",
  chooseUpTo: "Choose up to {n}.",
  otherSpecifyLabel: "Please specify",
  blockLettersNote: "Your text is written in block letters as you type.",
  checkHeading: "Check your answers before sending",
  checkIntro: "You can change any answer before you send the survey.",
  change: "Change",
  changeAnswerTo: "Change answer to question {number}: {text}",
  notAnswered: "Not answered",
  notAsked: "Not asked",
  checkIncomplete: "Some questions still need an answer:",
  goToPart: "Go to {part}",
  submitHeading: "Now send your answers",
  submitText: "By sending the survey you agree that your anonymous answers are used for the research.",
  submitButton: "Send answers",
  submitting: "Sending…",
  networkError: "Your answers could not be sent: the connection failed. They are still saved on this device. Check your connection and try again.",
  retryButton: "Try again",
  serverError: "Something went wrong on our side. Your answers are still saved on this device. Please try again in a moment.",
  conflictError: "Different answers were already sent from this device under the same response. Start a new response to send these answers.",
  closedError: "The survey has closed and no longer accepts responses.",
  thanksHeading: "Thank you",
  thanksText: "Your answers have been received. Thank you for taking part in the survey.",
  thanksAnonymous: "Your response is anonymous: nothing that identifies you was stored.",
  thanksBack: "Back to the start page",
  draftSavedNote: "Your answers are saved on this device as you go.",
  loading: "Loading your answers…",
  optional: "(optional)",
  chosenCount: "{n} of {max} chosen",
  checkUnfinished: "Finish these parts before you send your answers:",
  checkNoAnswers: "There are no answers to check yet.",
  thanksMissingHeading: "No answers have been sent",
  thanksMissingText: "This page confirms a sent survey, but no answers have just been sent from this browser.",
  rateLimitedError: "Too many surveys were sent from your network in the last minute. Wait a minute, then send again.",
  answersNotKept: "Your answers no longer fit in this browser's storage for this survey, so they are now carried by this page alone: use the buttons below, not reload or the browser's Back, or answers may be lost.",
};

const ru: RespondentTexts = {
  skipToContent: "Перейти к основному содержанию",
  brand: "Tyndau",
  languageNav: "Язык",
  startHeading: "Опрос представителей гражданского общества",
  startPurposeHeading: "Зачем этот опрос",
  startPurpose:
    "Мы хотим узнать, как члены неправительственных организаций оценивают работу государственных служащих, реформы государственной службы и то, насколько государство слышит граждан. Результаты лягут в основу предложений по развитию государственной службы Казахстана.",
  startWhoHeading: "Кто проводит опрос",
  startWho:
    "Опрос проводится в рамках научного проекта ИРН BR18574203 Академии государственного управления при Президенте Республики Казахстан совместно с Гражданским альянсом Казахстана.",
  startAnonymousHeading: "Опрос анонимный",
  startAnonymous: "Мы не спрашиваем Ваше имя и не сохраняем ничего, что позволило бы установить Вашу личность:",
  startAnonymousDetails: [
    "ни имени, ни электронной почты, ни телефона, ни названия организации;",
    "ни IP-адреса, ни данных браузера, ни cookie, ни времени суток — только дату отправки и Ваши ответы;",
    "ответы анализируются только в обобщённом виде.",
  ],
  startDurationHeading: "Сколько это займёт",
  startDuration:
    "Около 15 минут: один вводный вопрос и четыре небольшие части. Ответы сохраняются на этом устройстве по ходу заполнения, поэтому можно прерваться и вернуться позже.",
  startButton: "Начать",
  continueHeading: "Продолжить с того же места",
  continueText: "Вы уже начали заполнять анкету на этом устройстве. Ваши ответы сохранены.",
  continueButton: "Продолжить",
  startAgainButton: "Начать заново",
  alreadyDoneHeading: "Вы уже заполнили анкету",
  alreadyDoneText: "Спасибо: ответы с этого устройства получены. Если этим устройством пользуется кто-то ещё, он может заполнить новую анкету.",
  startNewButton: "Заполнить новую анкету",
  noScript: "Для сохранности ответов опросу нужен JavaScript. Пожалуйста, включите JavaScript в браузере.",
  closedHeading: "Опрос закрыт",
  closedText: "Опрос больше не принимает ответы. Благодарим за интерес.",
  screeningTitle: "Прежде чем начать",
  partOf: "Часть {n} из {total}",
  progressLabel: "Отвечено вопросов",
  answeredShare: "Отвечено на {percent}% вопросов",
  back: "Назад",
  next: "Далее",
  toCheck: "Проверить ответы",
  errorSummaryTitle: "Исправьте ошибки",
  errorTitlePrefix: "Ошибка: ",
  selectAll: "Отметьте все подходящие варианты.",
  chooseUpTo: "Выберите не более {n}.",
  otherSpecifyLabel: "Уточните",
  blockLettersNote: "Текст набирается печатными (заглавными) буквами.",
  checkHeading: "Проверьте ответы перед отправкой",
  checkIntro: "До отправки анкеты любой ответ можно изменить.",
  change: "Изменить",
  changeAnswerTo: "Изменить ответ на вопрос {number}: {text}",
  notAnswered: "Нет ответа",
  notAsked: "Не задавался",
  checkIncomplete: "На некоторые вопросы ещё нужно ответить:",
  goToPart: "Перейти: {part}",
  submitHeading: "Отправьте ответы",
  submitText: "Отправляя анкету, Вы соглашаетесь, что Ваши анонимные ответы будут использованы в исследовании.",
  submitButton: "Отправить ответы",
  submitting: "Отправка…",
  networkError: "Не удалось отправить ответы: нет соединения. Ответы по-прежнему сохранены на этом устройстве. Проверьте подключение и попробуйте снова.",
  retryButton: "Попробовать снова",
  serverError: "На сервере что-то пошло не так. Ответы по-прежнему сохранены на этом устройстве. Попробуйте ещё раз чуть позже.",
  conflictError: "С этого устройства под тем же номером анкеты уже отправлены другие ответы. Чтобы отправить эти ответы, начните новую анкету.",
  closedError: "Опрос закрыт и больше не принимает ответы.",
  thanksHeading: "Спасибо",
  thanksText: "Ваши ответы получены. Благодарим за участие в опросе.",
  thanksAnonymous: "Ваша анкета анонимна: ничего, что позволило бы установить Вашу личность, не сохранено.",
  thanksBack: "Вернуться на начальную страницу",
  draftSavedNote: "Ответы сохраняются на этом устройстве по ходу заполнения.",
  loading: "Загружаем Ваши ответы…",
  optional: "(необязательно)",
  chosenCount: "Выбрано: {n} из {max}",
  checkUnfinished: "Прежде чем отправить ответы, завершите эти части:",
  checkNoAnswers: "Пока нет ответов для проверки.",
  thanksMissingHeading: "Ответы не отправлены",
  thanksMissingText: "Эта страница подтверждает отправку анкеты, но из этого браузера ответы только что не отправлялись.",
  rateLimitedError: "За последнюю минуту из Вашей сети отправлено слишком много анкет. Подождите минуту и отправьте снова.",
  answersNotKept: "Ваши ответы больше не помещаются в хранилище браузера для этого опроса, поэтому теперь их хранит только эта страница: пользуйтесь кнопками ниже, а не обновлением страницы или кнопкой «Назад» браузера, иначе ответы могут потеряться.",
};

const kk: RespondentTexts = {
  skipToContent: "Негізгі мазмұнға өту",
  brand: "Tyndau",
  languageNav: "Тіл",
  startHeading: "Азаматтық қоғам өкілдері арасындағы сауалнама",
  startPurposeHeading: "Сауалнама не үшін жүргізіледі",
  startPurpose:
    "Біз үкіметтік емес ұйымдар мүшелерінің мемлекеттік қызметшілердің жұмысы мен мемлекеттік қызмет реформаларын қалай бағалайтынын білгіміз келеді. Сондай-ақ олардың пікірінше мемлекет азаматтарға қаншалықты құлақ асатынын білгіміз келеді. Нәтижелер Қазақстанның мемлекеттік қызметін дамыту жөніндегі ұсыныстарға негіз болады.",
  startWhoHeading: "Сауалнаманы кім жүргізеді",
  startWho:
    "Сауалнама Қазақстан Республикасының Президенті жанындағы Мемлекеттік басқару академиясының ЖТН BR18574203 ғылыми жобасы аясында Қазақстанның Азаматтық альянсымен бірлесіп жүргізіледі.",
  startAnonymousHeading: "Сауалнама анонимді",
  startAnonymous: "Біз атыңызды сұрамаймыз және сізді анықтауға мүмкіндік беретін ештеңе сақтамаймыз:",
  startAnonymousDetails: [
    "аты-жөні, электрондық пошта, телефон нөмірі немесе ұйым атауы сақталмайды;",
    "IP мекенжайы, браузер деректері, cookie файлдары және уақыт сақталмайды — тек жіберілген күні мен жауаптарыңыз сақталады;",
    "жауаптар тек жинақталған түрде талданады.",
  ],
  startDurationHeading: "Қанша уақыт алады",
  startDuration:
    "Шамамен 15 минут: бір кіріспе сұрақ және төрт шағын бөлім. Жауаптарыңыз толтыру барысында осы құрылғыда сақталады. Сондықтан кез келген уақытта тоқтап, кейін жалғастыруға болады.",
  startButton: "Бастау",
  continueHeading: "Тоқтаған жерден жалғастыру",
  continueText: "Сіз бұл сауалнаманы осы құрылғыда толтыра бастадыңыз. Берген жауаптарыңыз сақталған.",
  continueButton: "Жалғастыру",
  startAgainButton: "Басынан бастау",
  alreadyDoneHeading: "Сіз сауалнаманы толтырып қойдыңыз",
  alreadyDoneText: "Рахмет: осы құрылғыдан жіберілген жауаптар қабылданды. Бұл құрылғыны басқа адам қолданса, ол жаңа сауалнама толтыра алады.",
  startNewButton: "Жаңа сауалнама толтыру",
  noScript: "Жауаптарыңыз сақталуы үшін сауалнамаға JavaScript қажет. Браузерде JavaScript-ті қосыңыз.",
  closedHeading: "Сауалнама жабылды",
  closedText: "Сауалнама енді жауап қабылдамайды. Қызығушылығыңызға рахмет.",
  screeningTitle: "Бастамас бұрын",
  partOf: "{total} бөлімнің {n}-бөлімі",
  progressLabel: "Жауап берілген сұрақтар",
  answeredShare: "Жауап берілген сұрақтар: {percent}%",
  back: "Артқа",
  next: "Әрі қарай",
  toCheck: "Жауаптарды тексеру",
  errorSummaryTitle: "Қате бар",
  errorTitlePrefix: "Қате: ",
  selectAll: "Барлық сәйкес нұсқаларды белгілеңіз.",
  chooseUpTo: "Ең көбі {n} нұсқа таңдаңыз.",
  otherSpecifyLabel: "Нақты жазыңыз",
  blockLettersNote: "Мәтін теру кезінде баспа (бас) әріптерімен жазылады.",
  checkHeading: "Жіберер алдында жауаптарыңызды тексеріңіз",
  checkIntro: "Сауалнаманы жібергенге дейін кез келген жауапты өзгертуге болады.",
  change: "Өзгерту",
  changeAnswerTo: "Өзгерту: {number}-сұрақтың жауабы — {text}",
  notAnswered: "Жауап жоқ",
  notAsked: "Сұралмады",
  checkIncomplete: "Кейбір сұрақтарға әлі жауап беру керек:",
  goToPart: "Өту: {part}",
  submitHeading: "Жауаптарыңызды жіберіңіз",
  submitText: "Сауалнаманы жіберу арқылы анонимді жауаптарыңыздың зерттеуде пайдаланылуына келісесіз.",
  submitButton: "Жауаптарды жіберу",
  submitting: "Жіберілуде…",
  networkError: "Жауаптар жіберілмеді: байланыс үзілді. Жауаптарыңыз осы құрылғыда сақтаулы. Байланысты тексеріп, қайталап көріңіз.",
  retryButton: "Қайталау",
  serverError: "Серверде қате шықты. Жауаптарыңыз осы құрылғыда сақтаулы. Біраз уақыттан кейін қайталап көріңіз.",
  conflictError: "Осы құрылғыдан дәл осы сауалнама нөмірімен басқа жауаптар бұрын жіберілген. Бұл жауаптарды жіберу үшін жаңа сауалнама бастаңыз.",
  closedError: "Сауалнама жабылды, жауаптар енді қабылданбайды.",
  thanksHeading: "Рахмет",
  thanksText: "Жауаптарыңыз қабылданды. Сауалнамаға қатысқаныңызға рахмет.",
  thanksAnonymous: "Жауабыңыз анонимді: сізді анықтайтын ештеңе сақталған жоқ.",
  thanksBack: "Бастапқы бетке оралу",
  draftSavedNote: "Жауаптарыңыз толтыру барысында осы құрылғыда сақталады.",
  loading: "Жауаптарыңыз жүктелуде…",
  optional: "(міндетті емес)",
  chosenCount: "Таңдалғаны: {n} / {max}",
  checkUnfinished: "Жауаптарды жібермес бұрын мына бөлімдерді аяқтаңыз:",
  checkNoAnswers: "Әзірге тексеретін жауап жоқ.",
  thanksMissingHeading: "Жауаптар жіберілмеді",
  thanksMissingText: "Бұл бет сауалнаманың жіберілгенін растайды, бірақ осы браузерден жауаптар жаңа ғана жіберілген жоқ.",
  rateLimitedError: "Соңғы минутта желіңізден тым көп сауалнама жіберілді. Бір минут күтіп, қайта жіберіңіз.",
  answersNotKept: "Жауаптарыңыз бұл сауалнама үшін браузер қоймасына енді сыймайды, сондықтан оларды тек осы бет сақтайды: бетті жаңартпай және браузердің «Артқа» батырмасын баспай, төмендегі батырмаларды пайдаланыңыз, әйтпесе жауаптар жоғалуы мүмкін.",
};

const catalogs: Record<Locale, RespondentTexts> = { kk, ru, en };

export function respondentUi(locale: Locale): RespondentUi {
  return { ...catalogs[locale], invitation: invitationUi(locale), outbox: OUTBOX_MESSAGES[locale] };
}

export { format } from "./format";

/**
 * Plain-text refusals of a form post, answered by proxy.ts before any page renders
 * (so before the page's language is known: all three languages, one per line).
 */
export const POST_REFUSED: Record<"tooLarge" | "crossSite" | "lengthRequired", Record<Locale, string>> = {
  tooLarge: {
    kk: "Жіберілген деректер тым үлкен. Мәтінді қысқартып, қайта жіберіңіз.",
    ru: "Отправленные данные слишком велики. Сократите текст и отправьте снова.",
    en: "What was sent is too large. Please shorten the text and send it again.",
  },
  crossSite: {
    kk: "Бұл форма басқа сайттан жіберілді, сондықтан қабылданбады. Сауалнама бетін ашып, қайта жіберіңіз.",
    ru: "Эта форма отправлена с другого сайта и поэтому не принята. Откройте страницу опроса и отправьте снова.",
    en: "This form was sent from another site, so it was not accepted. Please open the survey page and send it again.",
  },
  lengthRequired: {
    kk: "Сұраныс өлшемін көрсетпеді. Бетті жаңартып, қайта жіберіңіз.",
    ru: "Запрос не указал свой размер. Обновите страницу и отправьте снова.",
    en: "The request did not state its size. Please reload the page and send it again.",
  },
};
