// Validation messages in the respondent's language. Every message starts with the
// variable so that researchers, API clients and the UI can all tell what failed.
// Kazakh avoids case endings on numbers (their vowel harmony depends on how the number is
// read), so bounds are given as "ең азы — 1, ең көбі — 10" rather than "1-ден 10-ға".
import type { Locale, ValidationErrorCode } from "./types";

export interface MessageParams {
  variable: string;
  code?: number;
  value?: number;
  min?: number;
  max?: number;
  length?: number;
  /** An option label, already in the message's language. */
  label?: string;
}

type Catalog = Record<ValidationErrorCode, (p: MessageParams) => string>;

const ruPlural = new Intl.PluralRules("ru");
/** Russian noun after "не менее/не более N": genitive singular for 1, 21…; genitive plural otherwise. */
const ruGenitive = (n: number, singular: string, plural: string) =>
  ruPlural.select(n) === "one" ? singular : plural;
/** Russian noun after a bare number: 1 символ, 2 символа, 5 символов. */
const ruCount = (n: number, one: string, few: string, many: string) => {
  const form = ruPlural.select(n);
  return form === "one" ? one : form === "few" ? few : many;
};
const enPlural = (n: number, one: string, other: string) => (n === 1 ? one : other);

const en: Catalog = {
  notObject: () => "The answers must be an object that maps question variables to answers.",
  unknownVariable: ({ variable }) => `${variable}: there is no such question in this questionnaire.`,
  expectedCode: ({ variable }) => `${variable}: the answer must be the code of one option (a whole number).`,
  expectedCodes: ({ variable }) => `${variable}: the answer must be a list of option codes.`,
  expectedText: ({ variable }) => `${variable}: the answer must be text.`,
  expectedInteger: ({ variable, min, max }) => `${variable}: the answer must be a whole number from ${min} to ${max}.`,
  unknownCode: ({ variable, code }) => `${variable}: ${code} is not an answer option of this question.`,
  outOfRange: ({ variable, value, min, max }) =>
    `${variable}: ${value} is not a whole number on the scale from ${min} to ${max}.`,
  duplicateCode: ({ variable, code }) => `${variable}: option ${code} is selected more than once.`,
  tooFew: ({ variable, min = 1 }) => `${variable}: select at least ${min} ${enPlural(min, "option", "options")}.`,
  tooMany: ({ variable, max = 1 }) => `${variable}: select no more than ${max} ${enPlural(max, "option", "options")}.`,
  exclusiveCombined: ({ variable, label }) => `${variable}: “${label}” cannot be combined with other options.`,
  required: ({ variable }) => `${variable}: please answer this question.`,
  otherTextMissing: ({ variable }) => `${variable}: you chose “Other”, please specify your answer.`,
  otherTextUnexpected: ({ variable }) => `${variable}: fill in this field only if you choose “Other”.`,
  skipped: ({ variable }) =>
    `${variable}: given your earlier answers this question is not asked, so it cannot be answered.`,
  tooLong: ({ variable, length, max }) =>
    `${variable}: the answer is too long (${length} characters; at most ${max} are allowed).`,
  controlCharacters: ({ variable }) => `${variable}: the text contains control characters that are not allowed.`,
};

const ru: Catalog = {
  notObject: () => "Ответы должны быть переданы объектом вида «переменная — ответ».",
  unknownVariable: ({ variable }) => `${variable}: такого вопроса в анкете нет.`,
  expectedCode: ({ variable }) => `${variable}: ответом должен быть код одного варианта (целое число).`,
  expectedCodes: ({ variable }) => `${variable}: ответом должен быть список кодов вариантов.`,
  expectedText: ({ variable }) => `${variable}: ответом должен быть текст.`,
  expectedInteger: ({ variable, min, max }) => `${variable}: ответом должно быть целое число от ${min} до ${max}.`,
  unknownCode: ({ variable, code }) => `${variable}: ${code} не является вариантом ответа на этот вопрос.`,
  outOfRange: ({ variable, value, min, max }) =>
    `${variable}: значение ${value} не является целым числом на шкале от ${min} до ${max}.`,
  duplicateCode: ({ variable, code }) => `${variable}: вариант ${code} выбран более одного раза.`,
  tooFew: ({ variable, min = 1 }) =>
    `${variable}: выберите не менее ${min} ${ruGenitive(min, "варианта", "вариантов")}.`,
  tooMany: ({ variable, max = 1 }) =>
    `${variable}: выберите не более ${max} ${ruGenitive(max, "варианта", "вариантов")}.`,
  exclusiveCombined: ({ variable, label }) => `${variable}: вариант «${label}» нельзя сочетать с другими.`,
  required: ({ variable }) => `${variable}: пожалуйста, ответьте на этот вопрос.`,
  otherTextMissing: ({ variable }) => `${variable}: выбран вариант «Другое» — пожалуйста, уточните ответ.`,
  otherTextUnexpected: ({ variable }) => `${variable}: это поле заполняется, только если выбран вариант «Другое».`,
  skipped: ({ variable }) =>
    `${variable}: с учётом предыдущих ответов этот вопрос не задаётся, поэтому ответ на него не принимается.`,
  tooLong: ({ variable, length = 0, max }) =>
    `${variable}: слишком длинный ответ (${length} ${ruCount(length, "символ", "символа", "символов")}, допускается не более ${max}).`,
  controlCharacters: ({ variable }) => `${variable}: текст содержит недопустимые управляющие символы.`,
};

const kk: Catalog = {
  notObject: () => "Жауаптар «айнымалы — жауап» түріндегі объект болуы тиіс.",
  unknownVariable: ({ variable }) => `${variable}: сауалнамада мұндай сұрақ жоқ.`,
  expectedCode: ({ variable }) => `${variable}: жауап бір нұсқаның коды (бүтін сан) болуы тиіс.`,
  expectedCodes: ({ variable }) => `${variable}: жауап нұсқа кодтарының тізімі болуы тиіс.`,
  expectedText: ({ variable }) => `${variable}: жауап мәтін болуы тиіс.`,
  expectedInteger: ({ variable, min, max }) =>
    `${variable}: жауап бүтін сан болуы тиіс (ең азы — ${min}, ең көбі — ${max}).`,
  unknownCode: ({ variable, code }) => `${variable}: ${code} коды бұл сұрақтың жауап нұсқасы емес.`,
  outOfRange: ({ variable, value, min, max }) =>
    `${variable}: ${value} мәні шкаладағы бүтін сан емес (ең азы — ${min}, ең көбі — ${max}).`,
  duplicateCode: ({ variable, code }) => `${variable}: ${code} нұсқасы бірнеше рет таңдалған.`,
  tooFew: ({ variable, min }) => `${variable}: кемінде ${min} нұсқа таңдаңыз.`,
  tooMany: ({ variable, max }) => `${variable}: ең көбі ${max} нұсқа таңдаңыз.`,
  exclusiveCombined: ({ variable, label }) =>
    `${variable}: «${label}» нұсқасын басқа нұсқалармен бірге таңдауға болмайды.`,
  required: ({ variable }) => `${variable}: осы сұраққа жауап беріңіз.`,
  otherTextMissing: ({ variable }) => `${variable}: «Басқа» нұсқасы таңдалды — жауабыңызды нақты жазыңыз.`,
  otherTextUnexpected: ({ variable }) => `${variable}: бұл өріс тек «Басқа» нұсқасы таңдалғанда толтырылады.`,
  skipped: ({ variable }) =>
    `${variable}: алдыңғы жауаптарыңызға сәйкес бұл сұрақ қойылмайды, сондықтан оған жауап қабылданбайды.`,
  tooLong: ({ variable, length, max }) =>
    `${variable}: жауап тым ұзын (${length} таңба, ең көбі ${max} таңбаға рұқсат етіледі).`,
  controlCharacters: ({ variable }) => `${variable}: мәтінде рұқсат етілмеген басқару таңбалары бар.`,
};

const catalogs: Record<Locale, Catalog> = { kk, ru, en };

export function validationMessage(locale: Locale, code: ValidationErrorCode, params: MessageParams): string {
  return catalogs[locale][code](params);
}

// ---------------------------------------------------------------------------
// Respondent-facing messages. The messages above name variables (for the API, researchers
// and scripts). A respondent instead sees a message written from the definition: what to
// do, in sentence case, about the question or row in its own words, never a code
// ("Select how you rate ‘Professional knowledge’").

/** What a respondent-facing message needs to know about the field that failed. */
export interface FieldSubject {
  /** The kind of control: how the respondent answers. */
  control: "choice" | "choices" | "text" | "rating" | "scale" | "other";
  /** The question, sub-item or row, in the message's language. */
  subject: string;
  min?: number;
  max?: number;
  /** The exclusive option's label (exclusiveCombined). */
  label?: string;
}

/** A long question is quoted by its first words. */
/**
 * The question as an error message quotes it: whole (a message that cuts it, "…as an…",
 * leaves the respondent guessing which question is meant), without its closing punctuation.
 */
export function wholeQuote(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/[?:.]$/, "");
}


type FriendlyCatalog = {
  required: Record<FieldSubject["control"], (s: string) => string>;
  tooFew: (s: string, n: number) => string;
  tooMany: (s: string, n: number) => string;
  exclusive: (s: string, label: string) => string;
  tooLong: (s: string, n: number) => string;
  control: (s: string) => string;
  check: (s: string) => string;
};

const q = (locale: Locale, s: string) => (locale === "en" ? `‘${s}’` : `«${s}»`);

const friendlyEn: FriendlyCatalog = {
  required: {
    choice: (s) => `Select an answer to ${s}`,
    choices: (s) => `Select at least one answer to ${s}`,
    text: (s) => `Enter your answer to ${s}`,
    rating: (s) => `Select how you rate ${s}`,
    scale: (s) => `Select how you rate ${s}`,
    other: (s) => `Enter your other answer to ${s}`,
  },
  tooFew: (s, n) => `Select at least ${n} ${enPlural(n, "answer", "answers")} to ${s}`,
  tooMany: (s, n) => `Select no more than ${n} ${enPlural(n, "answer", "answers")} to ${s}`,
  exclusive: (s, label) => `${label} cannot be combined with other answers to ${s}`,
  tooLong: (s, n) => `Your answer to ${s} must be ${n} characters or fewer`,
  control: (s) => `Remove the special characters from your answer to ${s}`,
  check: (s) => `Check your answer to ${s}`,
};

const friendlyRu: FriendlyCatalog = {
  required: {
    choice: (s) => `Выберите ответ на вопрос ${s}`,
    choices: (s) => `Выберите хотя бы один ответ на вопрос ${s}`,
    text: (s) => `Введите ответ на вопрос ${s}`,
    rating: (s) => `Выберите оценку для пункта ${s}`,
    scale: (s) => `Выберите оценку для пункта ${s}`,
    other: (s) => `Уточните свой вариант ответа на вопрос ${s}`,
  },
  tooFew: (s, n) => `Выберите не менее ${n} ${ruGenitive(n, "варианта", "вариантов")} ответа на вопрос ${s}`,
  tooMany: (s, n) => `Выберите не более ${n} ${ruGenitive(n, "варианта", "вариантов")} ответа на вопрос ${s}`,
  exclusive: (s, label) => `Вариант ${label} нельзя сочетать с другими ответами на вопрос ${s}`,
  tooLong: (s, n) => `Ответ на вопрос ${s} должен быть не длиннее ${n} ${ruCount(n, "символа", "символов", "символов")}`,
  control: (s) => `Уберите служебные символы из ответа на вопрос ${s}`,
  check: (s) => `Проверьте ответ на вопрос ${s}`,
};

const friendlyKk: FriendlyCatalog = {
  required: {
    choice: (s) => `${s} сұрағына жауап таңдаңыз`,
    choices: (s) => `${s} сұрағына кемінде бір жауап таңдаңыз`,
    text: (s) => `${s} сұрағына жауабыңызды жазыңыз`,
    rating: (s) => `${s} бойынша бағаңызды таңдаңыз`,
    scale: (s) => `${s} бойынша бағаңызды таңдаңыз`,
    other: (s) => `${s} сұрағына өз нұсқаңызды жазыңыз`,
  },
  tooFew: (s, n) => `${s} сұрағына кемінде ${n} жауап таңдаңыз`,
  tooMany: (s, n) => `${s} сұрағына ең көбі ${n} жауап таңдаңыз`,
  exclusive: (s, label) => `${s} сұрағында ${label} нұсқасын басқа жауаптармен бірге таңдауға болмайды`,
  tooLong: (s, n) => `${s} сұрағына жауап ${n} таңбадан аспауы керек`,
  control: (s) => `${s} сұрағына жауаптан арнайы таңбаларды алып тастаңыз`,
  check: (s) => `${s} сұрағына жауабыңызды тексеріңіз`,
};

const friendly: Record<Locale, FriendlyCatalog> = { kk: friendlyKk, ru: friendlyRu, en: friendlyEn };

/** The respondent-facing message for a validation error about `field`. */
export function respondentMessage(locale: Locale, code: ValidationErrorCode, field: FieldSubject): string {
  const c = friendly[locale];
  const s = q(locale, field.subject);
  switch (code) {
    case "required":
    case "otherTextMissing":
      return c.required[code === "otherTextMissing" ? "other" : field.control](s);
    case "tooFew":
      return c.tooFew(s, field.min ?? 1);
    case "tooMany":
      return c.tooMany(s, field.max ?? 1);
    case "exclusiveCombined":
      return c.exclusive(s, q(locale, field.label ?? ""));
    case "tooLong":
      return c.tooLong(s, field.max ?? 0);
    case "controlCharacters":
      return c.control(s);
    default:
      return c.check(s);
  }
}
