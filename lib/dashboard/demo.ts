// Synthetic demo responses that follow every routing rule (they come from
// generateValidAnswers and pass validateSubmission) and reproduce the paper's published
// figures exactly up to rounding: each figure is met by a quota (the first round(p·N)
// respondents of a shuffled list), not by random draws that would drift.
import {
  generateValidAnswers,
  mulberry32,
  validateSubmission,
  type Answers,
  type Locale,
  type Questionnaire,
  type Random,
} from "@/lib/questionnaire";

/**
 * The paper's figures (share of all respondents), keyed by the variable that holds them:
 * Q9 "a person who focuses on people" 60%; Q26 (Picture 1) share rating 8–10 ("high
 * importance"): service nature 44%, infrastructure for access 46%, feedback 60%;
 * Q27_1 (Picture 2) openness and transparency: high 50%, low 12%; Q28 (Picture 3)
 * public councils 36%, information openness 42%, crowdsourcing 28% of respondents.
 */
export const PAPER_FIGURES = {
  Q9: { code: 1, share: 0.6 },
  Q26: [
    { variable: "Q26_1", share: 0.44 },
    { variable: "Q26_2", share: 0.46 },
    { variable: "Q26_3", share: 0.6 },
  ],
  Q27_1: { high: { code: 1, share: 0.5 }, low: { code: 3, share: 0.12 }, medium: 2 },
  Q28: [
    { code: 1, share: 0.36 },
    { code: 2, share: 0.42 },
    { code: 3, share: 0.28 },
  ],
} as const;

export type DemoResponse = { id: string; locale: Locale; submittedOn: string; answers: Answers };

function shuffle(rng: Random, n: number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = a[i] as number;
    a[i] = a[j] as number;
    a[j] = t;
  }
  return a;
}

/** The respondents (indices) who get a quota of round(share·N), drawn by a fresh shuffle. */
function quota(rng: Random, n: number, share: number): Set<number> {
  return new Set(shuffle(rng, n).slice(0, Math.round(share * n)));
}

function uuidFrom(rng: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16));
  hex[12] = "4";
  hex[16] = ((Math.floor(rng() * 4) + 8) as number).toString(16);
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function pickOne<T>(rng: Random, values: readonly T[]): T {
  const v = values[Math.floor(rng() * values.length)];
  if (v === undefined) throw new RangeError("empty choice");
  return v;
}

/**
 * Q28 allows two options. Options 1–3 are laid end to end over a shuffled circle of
 * respondents, so nobody gets one option twice and nobody more than two (the shares sum
 * to 106%); those left without any of them choose another mechanism.
 */
function q28Assignments(rng: Random, n: number): number[][] {
  const order = shuffle(rng, n);
  const out: number[][] = Array.from({ length: n }, () => []);
  let cursor = 0;
  for (const { code, share } of PAPER_FIGURES.Q28) {
    const count = Math.round(share * n);
    for (let k = 0; k < count; k++) out[order[(cursor + k) % n] as number]?.push(code);
    cursor += count;
  }
  return out.map((codes) => [...codes].sort((a, b) => a - b));
}

const LOCALE_WEIGHTS: readonly [Locale, number][] = [
  ["kk", 0.45],
  ["ru", 0.45],
  ["en", 0.1],
];

function pickLocale(rng: Random): Locale {
  let x = rng();
  for (const [l, w] of LOCALE_WEIGHTS) {
    if (x < w) return l;
    x -= w;
  }
  return "ru";
}

export function demoResponses(
  def: Questionnaire,
  options: { count: number; seed?: number; endDate?: string; days?: number },
): DemoResponse[] {
  const n = options.count;
  const rng = mulberry32(options.seed ?? 20_240_601);
  const days = options.days ?? 30;
  const end = new Date(`${options.endDate ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`);

  const q9 = quota(rng, n, PAPER_FIGURES.Q9.share);
  const q26 = PAPER_FIGURES.Q26.map((f) => ({ variable: f.variable, high: quota(rng, n, f.share) }));
  const q27Rank = new Array<number>(n);
  shuffle(rng, n).forEach((respondent, rank) => (q27Rank[respondent] = rank));
  const q27High = Math.round(PAPER_FIGURES.Q27_1.high.share * n);
  const q27Low = Math.round(PAPER_FIGURES.Q27_1.low.share * n);
  const q28 = q28Assignments(rng, n);

  const out: DemoResponse[] = [];
  for (let i = 0; i < n; i++) {
    const overrides: Answers = {};
    // Seven in ten respondents have dealt with officials (S1 = Yes); the rest take the skip.
    overrides[def.screening.variable] = rng() < 0.7 ? 1 : 2;
    overrides.Q9 = q9.has(i) ? PAPER_FIGURES.Q9.code : pickOne(rng, [2, 3, 4, 99]);
    for (const { variable, high } of q26) overrides[variable] = high.has(i) ? 8 + Math.floor(rng() * 3) : 1 + Math.floor(rng() * 7);
    const pos = q27Rank[i] ?? n;
    overrides.Q27_1 =
      pos < q27High ? PAPER_FIGURES.Q27_1.high.code : pos < q27High + q27Low ? PAPER_FIGURES.Q27_1.low.code : rng() < 0.9 ? PAPER_FIGURES.Q27_1.medium : 99;
    const mechanisms = q28[i] ?? [];
    overrides.Q28 = mechanisms.length > 0 ? mechanisms : [pickOne(rng, [4, 5, 6])];

    const locale = pickLocale(rng);
    const generated = generateValidAnswers(def, rng, overrides, { textLocale: locale, openRate: 0.35 });
    const valid = validateSubmission(def, generated, locale);
    if (!valid.ok) throw new Error(`demo response ${i} is invalid: ${valid.errors.map((e) => e.message).join("; ")}`);
    const day = new Date(end);
    day.setUTCDate(end.getUTCDate() - Math.floor(rng() * days));
    out.push({ id: uuidFrom(rng), locale, submittedOn: day.toISOString().slice(0, 10), answers: valid.answers });
  }
  return out;
}
