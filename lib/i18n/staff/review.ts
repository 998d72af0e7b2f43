// The review page's strings (app/admin/review), in Kazakh, Russian and English. Kept in a
// file of its own beside the staff messages; flag, band and reason labels come from
// lib/quality/rules.ts and lib/review/reasons.ts so that exports and this page agree.
import type { Locale } from "@/lib/questionnaire/locale";
import type { QualityFlag } from "@/lib/quality/indicators";

export interface ReviewMessages {
  nav: string;
  title: string;
  intro: string;
  summary: string;
  byFlag: string;
  flags: Record<QualityFlag, string>;
  withheld: string;
  none: string;
  columns: { id: string; flags: string; details: string; status: string; decision: string };
  grids: string;
  special: string;
  band: string;
  included: string;
  excludedFor: string;
  reason: string;
  note: string;
  exclude: string;
  restore: string;
  next: string;
  notices: { excluded: string; restored: string; invalid: string };
  /** Under the dashboard, crosstab and report. */
  countedNote: string;
}

const en: ReviewMessages = {
  nav: "Review",
  title: "Review flagged responses",
  intro: "Responses a quality rule flagged (see the codebook, “Variables added after collection”). Listed by their random id, which says nothing about when anyone answered. Excluding keeps the response and marks it; restoring undoes it. Every decision is in the audit log.",
  summary: "Responses: {total}. Flagged or excluded: {flagged}. Excluded: {excluded}.",
  byFlag: "Responses per flag",
  flags: { straightline: "Straight-lined grid", special: "Mostly “hard to say” / “prefer not”", duplicate: "Identical to another response", speeder: "Under 5 minutes" },
  withheld: "Fewer than {k} responses are flagged: they are not listed, so that none can be singled out.",
  none: "No response is flagged.",
  columns: { id: "Response", flags: "Flags", details: "Details", status: "Status", decision: "Decision" },
  grids: "Grids: {grids}",
  special: "Non-substantive answers: {pct}%",
  band: "Time: {band}",
  included: "Included",
  excludedFor: "Excluded: {reason}",
  reason: "Reason",
  note: "Note",
  exclude: "Exclude",
  restore: "Restore",
  next: "Next page",
  notices: { excluded: "The response was excluded.", restored: "The response was restored.", invalid: "Nothing changed: choose a reason, and check that the response still exists." },
  countedNote: "Excluded responses are not counted ({n} excluded).",
};

const ru: ReviewMessages = {
  nav: "Проверка",
  title: "Проверка отмеченных анкет",
  intro: "Анкеты, отмеченные правилами качества (см. кодификатор, «Variables added after collection» — переменные, добавленные после сбора). Порядок — по случайному идентификатору, он ничего не говорит о времени ответа. Исключение сохраняет анкету и помечает её; восстановление отменяет исключение. Каждое решение записывается в журнал аудита.",
  summary: "Анкет: {total}. Отмечено или исключено: {flagged}. Исключено: {excluded}.",
  byFlag: "Анкеты по признакам",
  flags: { straightline: "Однообразные ответы в таблице", special: "В основном «затрудняюсь» / «не отвечать»", duplicate: "Совпадает с другой анкетой", speeder: "Менее 5 минут" },
  withheld: "Отмечено менее {k} анкет: они не показываются, чтобы ни одну нельзя было выделить.",
  none: "Отмеченных анкет нет.",
  columns: { id: "Анкета", flags: "Признаки", details: "Подробности", status: "Статус", decision: "Решение" },
  grids: "Таблицы: {grids}",
  special: "Неинформативные ответы: {pct}%",
  band: "Время: {band}",
  included: "Учитывается",
  excludedFor: "Исключена: {reason}",
  reason: "Причина",
  note: "Примечание",
  exclude: "Исключить",
  restore: "Восстановить",
  next: "Следующая страница",
  notices: { excluded: "Анкета исключена.", restored: "Анкета восстановлена.", invalid: "Ничего не изменено: выберите причину и проверьте, что анкета существует." },
  countedNote: "Исключённые анкеты не учитываются (исключено: {n}).",
};

const kk: ReviewMessages = {
  nav: "Тексеру",
  title: "Белгіленген сауалнамаларды тексеру",
  intro: "Сапа ережелері белгілеген сауалнамалар (кодификаторды қараңыз, «Variables added after collection» — жинаудан кейін қосылған айнымалылар). Реті кездейсоқ идентификатор бойынша, ол жауап берілген уақыт туралы ештеңе айтпайды. Алып тастау сауалнаманы сақтап, оны белгілейді; қалпына келтіру оны болдырмайды. Әр шешім аудит журналына жазылады.",
  summary: "Сауалнамалар: {total}. Белгіленген немесе алынып тасталған: {flagged}. Алынып тасталған: {excluded}.",
  byFlag: "Белгілер бойынша сауалнамалар",
  flags: { straightline: "Кестеде бірдей жауаптар", special: "Көбіне «қиналамын» / «жауап бермеймін»", duplicate: "Басқа сауалнамамен бірдей", speeder: "5 минуттан аз" },
  withheld: "{k}-ден аз сауалнама белгіленген: ешқайсысын бөліп көрсетпеу үшін олар көрсетілмейді.",
  none: "Белгіленген сауалнама жоқ.",
  columns: { id: "Сауалнама", flags: "Белгілер", details: "Толығырақ", status: "Күйі", decision: "Шешім" },
  grids: "Кестелер: {grids}",
  special: "Мазмұнсыз жауаптар: {pct}%",
  band: "Уақыт: {band}",
  included: "Есепке алынады",
  excludedFor: "Алынып тасталды: {reason}",
  reason: "Себебі",
  note: "Ескертпе",
  exclude: "Алып тастау",
  restore: "Қалпына келтіру",
  next: "Келесі бет",
  notices: { excluded: "Сауалнама алынып тасталды.", restored: "Сауалнама қалпына келтірілді.", invalid: "Ештеңе өзгермеді: себепті таңдап, сауалнаманың бар екенін тексеріңіз." },
  countedNote: "Алынып тасталған сауалнамалар есепке алынбайды (алынып тасталғаны: {n}).",
};

export const REVIEW_MESSAGES: Record<Locale, ReviewMessages> = { kk, ru, en };
