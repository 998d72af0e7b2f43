// Messages of the submission API (POST /api/responses) that do not come from answer
// validation, in the payload's language (or the Accept-Language fallback).
import type { Locale } from "@/lib/questionnaire/locale";

export type ApiMessageKey =
  | "invalidJson"
  | "unsupportedMediaType"
  | "tooLarge"
  | "rateLimited"
  | "invalidRequest"
  | "invalidAnswers"
  | "badId"
  | "badVersion"
  | "badLocale"
  | "badAnswers"
  | "unknownField"
  | "closed"
  | "conflict"
  | "unavailable";

type Catalog = Record<ApiMessageKey, string>;

const en: Catalog = {
  invalidJson: "The request body is not valid JSON.",
  unsupportedMediaType: "Send the response as JSON with the header Content-Type: application/json.",
  tooLarge: "The request is too large.",
  rateLimited: "Too many submissions from your network. Please wait a moment and try again.",
  invalidRequest: "The request is not a valid response submission.",
  invalidAnswers: "Some answers are missing or not valid.",
  badId: "id: must be a random (version 4) UUID in lowercase, generated anew for each response, e.g. 3f0c2a9e-8b1d-4c7e-9a55-0d6e2f4b7c18.",
  badVersion: "questionnaireVersion: this version of the questionnaire is not the current one. Reload the survey and submit again.",
  badLocale: "locale: must be one of kk, ru, en.",
  badAnswers: "answers: must be an object that maps question variables to answers.",
  unknownField: "this field is not part of a response submission.",
  closed: "The survey is closed and no longer accepts responses. Thank you for your interest.",
  conflict: "A different response has already been submitted under this id.",
  unavailable: "Your answers could not be saved just now because of a problem on our side. They are kept on this device; please try again in a minute.",
};

const ru: Catalog = {
  invalidJson: "Тело запроса не является корректным JSON.",
  unsupportedMediaType: "Отправьте ответ в формате JSON с заголовком Content-Type: application/json.",
  tooLarge: "Слишком большой запрос.",
  rateLimited: "Слишком много отправок из Вашей сети. Пожалуйста, подождите немного и попробуйте снова.",
  invalidRequest: "Запрос не является корректной отправкой анкеты.",
  invalidAnswers: "Некоторые ответы отсутствуют или некорректны.",
  badId: "id: должен быть случайный UUID версии 4 в нижнем регистре, новый для каждого ответа, например 3f0c2a9e-8b1d-4c7e-9a55-0d6e2f4b7c18.",
  badVersion: "questionnaireVersion: это не текущая версия анкеты. Обновите страницу опроса и отправьте ответы снова.",
  badLocale: "locale: допустимые значения — kk, ru, en.",
  badAnswers: "answers: должен быть объект вида «переменная — ответ».",
  unknownField: "это поле не входит в отправку анкеты.",
  closed: "Опрос закрыт и больше не принимает ответы. Благодарим за интерес.",
  conflict: "Под этим идентификатором уже отправлены другие ответы.",
  unavailable: "Сейчас не удалось сохранить ваши ответы из-за неполадки на нашей стороне. Они сохранены на этом устройстве; пожалуйста, повторите попытку через минуту.",
};

const kk: Catalog = {
  invalidJson: "Сұраныс денесі дұрыс JSON емес.",
  unsupportedMediaType: "Жауапты Content-Type: application/json тақырыбымен JSON түрінде жіберіңіз.",
  tooLarge: "Сұраныс тым үлкен.",
  rateLimited: "Желіңізден тым көп жіберілім түсті. Біраз күтіп, қайталап көріңіз.",
  invalidRequest: "Сұраныс сауалнама жауаптарын дұрыс жіберу емес.",
  invalidAnswers: "Кейбір жауаптар жоқ немесе дұрыс емес.",
  badId: "id: әр жауап үшін жаңадан жасалған, кіші әріптермен жазылған кездейсоқ UUID (4-нұсқа) болуы тиіс, мысалы 3f0c2a9e-8b1d-4c7e-9a55-0d6e2f4b7c18.",
  badVersion: "questionnaireVersion: бұл сауалнаманың ағымдағы нұсқасы емес. Сауалнама бетін жаңартып, жауаптарды қайта жіберіңіз.",
  badLocale: "locale: рұқсат етілген мәндер — kk, ru, en.",
  badAnswers: "answers: «айнымалы — жауап» түріндегі объект болуы тиіс.",
  unknownField: "бұл өріс сауалнама жіберіліміне кірмейді.",
  closed: "Сауалнама жабылды, жауаптар енді қабылданбайды. Қызығушылығыңызға рахмет.",
  conflict: "Бұл идентификатормен басқа жауаптар бұрын жіберілген.",
  unavailable: "Біз тараптағы ақауға байланысты жауаптарыңызды қазір сақтау мүмкін болмады. Олар осы құрылғыда сақталған; бір минуттан кейін қайталап көріңіз.",
};

const catalogs: Record<Locale, Catalog> = { kk, ru, en };

export function apiMessage(locale: Locale, key: ApiMessageKey): string {
  return catalogs[locale][key];
}
