// Respondent-facing text of invitation codes, in kk/ru/en: the start page's code form,
// the check page's notice when a code fails at the end, and the API's messages. Kept
// beside the feature, not in lib/i18n/respondent.ts, so the messages and the verdicts
// they explain change together.
import type { Locale } from "@/lib/questionnaire/locale";
import type { CodeVerdict } from "./code";

export type InvitationProblem = Exclude<CodeVerdict, "ok"> | "missing" | "tooMany";

export type InvitationUi = {
  heading: string;
  intro: string;
  label: string;
  hint: string;
  button: string;
  accepted: string;
  problems: Record<InvitationProblem, string>;
  /** On the check page, when the code fails at the end: the answers are kept. */
  keptAnswers: string;
};

const en: InvitationUi = {
  heading: "Your invitation code",
  intro: "This survey is answered by invitation. Enter the code from your invitation letter or slip.",
  label: "Invitation code",
  hint: "16 letters and digits, for example 7KQ4-MX2D-9HTW-RB3P. Dashes and capitals do not matter.",
  button: "Use this code",
  accepted: "Your code is accepted. It will be used up when you send your answers; it is never stored with them.",
  problems: {
    empty: "Please enter the code from your invitation.",
    missing: "This survey needs an invitation code. Enter it below; your answers are kept.",
    typo: "This code has a typo. Please check each letter and digit and enter it again.",
    unknown: "This code is not valid. Please check that you copied the whole code.",
    spent: "This code has already been used. Each code can be used for one response only.",
    expired: "This code is no longer valid. Please contact whoever sent you the invitation.",
    tooMany: "Too many codes were tried from your network. Please wait a few minutes and try again.",
  },
  keptAnswers: "Your answers are kept on this page: enter a valid code and send again.",
};

const ru: InvitationUi = {
  heading: "Ваш код приглашения",
  intro: "В опросе участвуют по приглашению. Введите код из письма или карточки с приглашением.",
  label: "Код приглашения",
  hint: "16 букв и цифр, например 7KQ4-MX2D-9HTW-RB3P. Дефисы и регистр не важны.",
  button: "Использовать код",
  accepted: "Код принят. Он будет использован при отправке ответов и никогда не хранится вместе с ними.",
  problems: {
    empty: "Введите код из приглашения.",
    missing: "Для этого опроса нужен код приглашения. Введите его ниже — Ваши ответы сохранены.",
    typo: "В коде опечатка. Проверьте каждую букву и цифру и введите код ещё раз.",
    unknown: "Этот код недействителен. Проверьте, что Вы скопировали код целиком.",
    spent: "Этот код уже использован. Каждый код действует только для одной анкеты.",
    expired: "Срок действия этого кода истёк. Обратитесь к тем, кто прислал Вам приглашение.",
    tooMany: "Из Вашей сети введено слишком много кодов. Подождите несколько минут и попробуйте снова.",
  },
  keptAnswers: "Ваши ответы сохранены на этой странице: введите действительный код и отправьте снова.",
};

const kk: InvitationUi = {
  heading: "Шақыру кодыңыз",
  intro: "Сауалнамаға шақыру бойынша қатысады. Шақыру хатындағы немесе карточкадағы кодты енгізіңіз.",
  label: "Шақыру коды",
  hint: "16 әріп пен сан, мысалы 7KQ4-MX2D-9HTW-RB3P. Сызықша мен бас әріп маңызды емес.",
  button: "Кодты пайдалану",
  accepted: "Код қабылданды. Ол жауаптарыңызды жібергенде пайдаланылады және олармен бірге ешқашан сақталмайды.",
  problems: {
    empty: "Шақырудағы кодты енгізіңіз.",
    missing: "Бұл сауалнамаға шақыру коды қажет. Оны төменде енгізіңіз — жауаптарыңыз сақталған.",
    typo: "Кодта қате бар. Әр әріп пен санды тексеріп, кодты қайта енгізіңіз.",
    unknown: "Бұл код жарамсыз. Кодты толық көшіргеніңізді тексеріңіз.",
    spent: "Бұл код бұрын пайдаланылған. Әр код тек бір сауалнамаға жарамды.",
    expired: "Бұл кодтың мерзімі өтті. Шақыруды жіберген адамға хабарласыңыз.",
    tooMany: "Желіңізден тым көп код енгізілді. Бірнеше минут күтіп, қайталап көріңіз.",
  },
  keptAnswers: "Жауаптарыңыз осы бетте сақталған: жарамды кодты енгізіп, қайта жіберіңіз.",
};

const CATALOG: Record<Locale, InvitationUi> = { en, ru, kk };

export function invitationUi(locale: Locale): InvitationUi {
  return CATALOG[locale];
}
