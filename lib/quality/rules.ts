// The quality indicators as variables: their names, value labels and the rule each one
// follows, stated once here so the codebook, the exports and the review page say the same
// thing (docs/decisions/016-quality-and-exclusions.md). Indicators flag, they never drop:
// a case leaves the analysis only when a person excludes it, with a reason.
import type { LocalizedText } from "@/lib/questionnaire/types";

/** A grid counts for straight-lining from this many rows on one scale. */
export const GRID_MIN_ROWS = 4;
/** Share of non-substantive answers from which a response is flagged for review. */
export const SPECIAL_SHARE_FLAG = 0.5;
/** Export code of an indicator that cannot be computed for this response. */
export const QUALITY_NOT_APPLICABLE = -1;

/** Completion-time bands, by the minute each band starts at (docs/decisions/016). */
export const COMPLETION_BANDS = [
  { code: 1, fromMinutes: 0, label: { kk: "5 минуттан аз", ru: "Менее 5 минут", en: "Under 5 minutes" } },
  { code: 2, fromMinutes: 5, label: { kk: "5–10 минут", ru: "5–10 минут", en: "5–10 minutes" } },
  { code: 3, fromMinutes: 10, label: { kk: "10–20 минут", ru: "10–20 минут", en: "10–20 minutes" } },
  { code: 4, fromMinutes: 20, label: { kk: "20 минуттан көп", ru: "Более 20 минут", en: "Over 20 minutes" } },
] as const satisfies readonly { code: number; fromMinutes: number; label: LocalizedText }[];

export type CompletionBand = (typeof COMPLETION_BANDS)[number]["code"];
/** The band of a speeder: flagged for review. */
export const SPEEDER_BAND: CompletionBand = 1;

export interface QualityVariable {
  name: string;
  label: LocalizedText;
  /** The rule, in English, as the codebook prints it. */
  rule: string;
  values: readonly { code: number; label: LocalizedText }[];
}

const yesNo = [
  { code: 0, label: { kk: "Жоқ", ru: "Нет", en: "No" } },
  { code: 1, label: { kk: "Иә", ru: "Да", en: "Yes" } },
] as const;

const notApplicable = {
  code: QUALITY_NOT_APPLICABLE,
  label: { kk: "Қолданылмайды", ru: "Неприменимо", en: "Not applicable" },
} as const;

export const QUALITY_VARIABLES: readonly QualityVariable[] = [
  {
    name: "quality_straightline",
    label: { kk: "Бірдей жауаптар торы (саны)", ru: "Однообразные ответы в таблицах (число)", en: "Straight-lined grids (count)" },
    rule: `Number of grids (a matrix, or a rating block, of at least ${GRID_MIN_ROWS} rows on one scale) in which every row was answered with the same code; 0 when no such grid was answered in full. Flagged from 1.`,
    values: [{ code: 0, label: { kk: "Жоқ", ru: "Нет", en: "None" } }],
  },
  {
    name: "quality_special_pct",
    label: {
      kk: "«Жауап беруге қиналамын» / «Жауап бермеуді жөн көремін» үлесі, %",
      ru: "Доля «Затрудняюсь ответить» / «Предпочитаю не отвечать», %",
      en: "Share of “hard to say” / “prefer not to answer”, %",
    },
    rule: `Of the answered variables whose options include one of the questionnaire's non-substantive codes (the missing-data convention above: prefer not to answer, hard to say), the percentage (rounded) answered with such a code; ${QUALITY_NOT_APPLICABLE} when none was answered. Flagged from ${Math.round(SPECIAL_SHARE_FLAG * 100)}%.`,
    values: [notApplicable],
  },
  {
    name: "quality_blank_optional",
    label: { kk: "Бос қалдырылған міндетті емес сұрақтар", ru: "Пропущенные необязательные вопросы", en: "Optional items left blank" },
    rule: "Number of optional items that routing showed and the respondent left blank. Reported, not flagged: open questions invite, not demand, an answer.",
    values: [],
  },
  {
    name: "quality_duplicate",
    label: { kk: "Басқа жауаппен бірдей", ru: "Совпадает с другой анкетой", en: "Identical to another response" },
    rule: "1 when at least one other stored response has exactly the same answers (the SHA-256 of the canonical answers, compared across the whole data set at the time of the export), else 0. Flagged when 1.",
    values: yesNo,
  },
  {
    name: "quality_time_band",
    label: { kk: "Толтыру уақыты", ru: "Время заполнения", en: "Completion time" },
    rule: `Minutes from the first question page to the submission, kept only as a band (${COMPLETION_BANDS.map((b) => `${b.code} = ${b.label.en}`).join("; ")}); computed from a sealed token the respondent's browser carries, never stored, and usable once. ${QUALITY_NOT_APPLICABLE} = unknown (no valid token: sent from an older page, after a week, or a token used before). Flagged when ${SPEEDER_BAND}.`,
    values: [...COMPLETION_BANDS.map((b) => ({ code: b.code, label: b.label })), { code: QUALITY_NOT_APPLICABLE, label: { kk: "Белгісіз", ru: "Неизвестно", en: "Unknown" } }],
  },
];
