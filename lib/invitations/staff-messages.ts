// Staff-interface text of invitations (the survey-control page's access mode and
// /admin/invitations), in kk/ru/en; and the instructions printed on the code slips,
// which a respondent reads, in all three languages at once.
import type { Locale } from "@/lib/questionnaire/locale";

export type InvitationStaffUi = {
  accessTitle: string;
  accessOpen: string;
  accessCode: string;
  toCode: string;
  toOpen: string;
  accessChanged: string;
  manageLink: string;
  title: string;
  intro: string;
  createTitle: string;
  label: string;
  count: string;
  countHint: string;
  region: string;
  validDays: string;
  create: string;
  onceWarning: string;
  batchesTitle: string;
  none: string;
  colLabel: string;
  colRegion: string;
  colIssued: string;
  colUsed: string;
  colValid: string;
  colByDay: string;
  colActions: string;
  revoked: string;
  revoke: string;
  extend: string;
  extendDays: string;
  fewerThan: string;
  withheld: string;
  exportRates: string;
  released: string;
  noticeRevoked: string;
  noticeExtended: string;
  noticeInvalid: string;
  // The page shown once after creating a batch.
  onceTitle: string;
  onceText: string;
  downloadCsv: string;
  print: string;
  back: string;
};

const en: InvitationStaffUi = {
  accessTitle: "Who may answer",
  accessOpen: "Open: anyone with the survey's link may answer (today's behaviour).",
  accessCode: "Invitation code required: each code from /admin/invitations allows one response. Codes are never stored with the answers, and nobody can tell which response used which code.",
  toCode: "Require invitation codes",
  toOpen: "Let anyone with the link answer",
  accessChanged: "Access changed.",
  manageLink: "Invitation codes and response rates",
  title: "Invitation codes",
  intro: "Each batch of codes is shown once, as a CSV for mail merge and as printable slips. Afterwards only a keyed hash of each code is kept, never the code.",
  createTitle: "Create a batch",
  label: "Label (e.g. Almaty NGOs)",
  count: "Number of codes",
  countHint: "10 to 20,000. Smaller batches are refused: their respondents would stand out.",
  region: "Region code (optional, for reporting)",
  validDays: "Valid for (days)",
  create: "Create and show the codes once",
  onceWarning: "The codes are shown only once. Save the CSV or print the slips before leaving the page.",
  batchesTitle: "Batches and response rates",
  none: "No batch yet.",
  colLabel: "Batch",
  colRegion: "Region",
  colIssued: "Codes issued",
  colUsed: "Codes used",
  colValid: "Valid until",
  colByDay: "Used, by day",
  colActions: "Actions",
  revoked: "revoked",
  revoke: "Revoke unused codes",
  extend: "Extend",
  extendDays: "Days",
  fewerThan: "fewer than {k}",
  withheld: "withheld",
  exportRates: "Download response rates (CSV)",
  released: "Days are counted once they have ended, like results.",
  noticeRevoked: "The batch is revoked: its unused codes no longer work.",
  noticeExtended: "The batch is extended.",
  noticeInvalid: "The batch was not created: label, number of codes (10–20,000), region or days are not valid.",
  onceTitle: "Your new codes — shown only this once",
  onceText: "Download the CSV (code and personal link per line) for mail merge, or print this page: it holds one slip per code.",
  downloadCsv: "Download codes (CSV)",
  print: "Print slips",
  back: "Back to invitation codes",
};

const ru: InvitationStaffUi = {
  accessTitle: "Кто может отвечать",
  accessOpen: "Открыто: отвечать может любой, у кого есть ссылка на опрос (как сейчас).",
  accessCode: "Нужен код приглашения: каждый код со страницы /admin/invitations даёт право на одну анкету. Коды никогда не хранятся вместе с ответами, и никто не может узнать, какой код использован для какой анкеты.",
  toCode: "Требовать коды приглашений",
  toOpen: "Разрешить отвечать всем по ссылке",
  accessChanged: "Доступ изменён.",
  manageLink: "Коды приглашений и отклик",
  title: "Коды приглашений",
  intro: "Каждый пакет кодов показывается один раз: CSV для рассылки и карточки для печати. После этого хранится только ключевой хеш каждого кода, но не сам код.",
  createTitle: "Создать пакет",
  label: "Название (например, НКО Алматы)",
  count: "Число кодов",
  countHint: "От 10 до 20 000. Меньшие пакеты не принимаются: их участники были бы заметны.",
  region: "Код региона (необязательно, для отчётов)",
  validDays: "Срок действия (дней)",
  create: "Создать и показать коды один раз",
  onceWarning: "Коды показываются только один раз. Сохраните CSV или распечатайте карточки, прежде чем уйти со страницы.",
  batchesTitle: "Пакеты и отклик",
  none: "Пакетов пока нет.",
  colLabel: "Пакет",
  colRegion: "Регион",
  colIssued: "Выдано кодов",
  colUsed: "Использовано",
  colValid: "Действует до",
  colByDay: "Использовано по дням",
  colActions: "Действия",
  revoked: "отозван",
  revoke: "Отозвать неиспользованные коды",
  extend: "Продлить",
  extendDays: "Дней",
  fewerThan: "меньше {k}",
  withheld: "скрыто",
  exportRates: "Скачать отклик (CSV)",
  released: "Дни учитываются после их окончания, как и результаты.",
  noticeRevoked: "Пакет отозван: его неиспользованные коды больше не действуют.",
  noticeExtended: "Срок пакета продлён.",
  noticeInvalid: "Пакет не создан: неверны название, число кодов (10–20 000), регион или срок.",
  onceTitle: "Новые коды — показываются только сейчас",
  onceText: "Скачайте CSV (код и личная ссылка в каждой строке) для рассылки или распечатайте эту страницу: на ней по карточке на каждый код.",
  downloadCsv: "Скачать коды (CSV)",
  print: "Печать карточек",
  back: "К кодам приглашений",
};

const kk: InvitationStaffUi = {
  accessTitle: "Кім жауап бере алады",
  accessOpen: "Ашық: сауалнама сілтемесі бар кез келген адам жауап бере алады (қазіргідей).",
  accessCode: "Шақыру коды қажет: /admin/invitations бетіндегі әр код бір сауалнамаға құқық береді. Кодтар жауаптармен бірге ешқашан сақталмайды, қай код қай сауалнамаға пайдаланылғанын ешкім біле алмайды.",
  toCode: "Шақыру кодтарын талап ету",
  toOpen: "Сілтемесі бар барлығына жауап беруге рұқсат ету",
  accessChanged: "Кіру тәртібі өзгертілді.",
  manageLink: "Шақыру кодтары және жауап деңгейі",
  title: "Шақыру кодтары",
  intro: "Әр кодтар топтамасы бір рет көрсетіледі: таратуға арналған CSV және басып шығаруға арналған карточкалар. Одан кейін әр кодтың тек кілттік хеші сақталады, кодтың өзі емес.",
  createTitle: "Топтама жасау",
  label: "Атауы (мысалы, Алматы ҮЕҰ)",
  count: "Кодтар саны",
  countHint: "10-нан 20 000-ға дейін. Кішірек топтамалар қабылданбайды: олардың қатысушылары көзге түсер еді.",
  region: "Өңір коды (міндетті емес, есеп үшін)",
  validDays: "Жарамдылық мерзімі (күн)",
  create: "Жасау және кодтарды бір рет көрсету",
  onceWarning: "Кодтар тек бір рет көрсетіледі. Беттен кетпес бұрын CSV файлын сақтаңыз немесе карточкаларды басып шығарыңыз.",
  batchesTitle: "Топтамалар және жауап деңгейі",
  none: "Әзірге топтама жоқ.",
  colLabel: "Топтама",
  colRegion: "Өңір",
  colIssued: "Берілген кодтар",
  colUsed: "Пайдаланылған",
  colValid: "Жарамды мерзімі",
  colByDay: "Күндер бойынша пайдаланылғаны",
  colActions: "Әрекеттер",
  revoked: "қайтарылды",
  revoke: "Пайдаланылмаған кодтарды қайтару",
  extend: "Ұзарту",
  extendDays: "Күн",
  fewerThan: "{k}-тен аз",
  withheld: "жасырылған",
  exportRates: "Жауап деңгейін жүктеу (CSV)",
  released: "Күндер нәтижелер сияқты аяқталғаннан кейін есептеледі.",
  noticeRevoked: "Топтама қайтарылды: оның пайдаланылмаған кодтары енді жарамсыз.",
  noticeExtended: "Топтама мерзімі ұзартылды.",
  noticeInvalid: "Топтама жасалмады: атауы, кодтар саны (10–20 000), өңір немесе мерзім жарамсыз.",
  onceTitle: "Жаңа кодтар — тек осы жолы көрсетіледі",
  onceText: "Тарату үшін CSV файлын жүктеңіз (әр жолда код және жеке сілтеме) немесе осы бетті басып шығарыңыз: әр кодқа бір карточка.",
  downloadCsv: "Кодтарды жүктеу (CSV)",
  print: "Карточкаларды басып шығару",
  back: "Шақыру кодтарына оралу",
};

const CATALOG: Record<Locale, InvitationStaffUi> = { en, ru, kk };

export function invitationStaffUi(locale: Locale): InvitationStaffUi {
  return CATALOG[locale];
}

/** Printed on every slip, in the three languages: what the code is for and how to use it. */
export const SLIP_INSTRUCTIONS: Record<Locale, string> = {
  kk: "Сауалнамаға шақыру. QR-кодты сканерлеңіз немесе сілтемені ашып, кодты енгізіңіз. Код бір рет қана жарамды; ол жауаптарыңызбен бірге сақталмайды — жауаптарыңыз жасырын.",
  ru: "Приглашение к опросу. Отсканируйте QR-код или откройте ссылку и введите код. Код действует один раз; он не хранится вместе с Вашими ответами — ответы анонимны.",
  en: "Invitation to the survey. Scan the QR code, or open the link and enter the code. The code works once; it is never stored with your answers — they are anonymous.",
};
