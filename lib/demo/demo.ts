// Synthetic demo responses that follow every routing rule and pass validateSubmission,
// reproduce the paper's published figures exactly, and look like a real survey elsewhere:
//
// - Published figures are quotas (the paper's share × N respondents, exact whenever
//   share × N is a whole number), not random draws that would drift.
// - Every other item is drawn from plausible marginals; attitude items are correlated
//   through one latent "view of government" per respondent (those who rate openness and
//   transparency low, Q27_1, agree less that government listens, Q32, trust less, …) and
//   one latent "engagement" (contact frequency, readiness to take part).
// - Every option is used; free texts answer their question, in the respondent's language,
//   and no text repeats (see demo-texts.ts).
import {
  generateValidAnswers,
  getItem,
  HARD_TO_SAY,
  isShown,
  mulberry32,
  otherVariableName,
  PREFER_NOT,
  validateSubmission,
  type Answers,
  type Locale,
  type Questionnaire,
  type Random,
} from "@/lib/questionnaire";
import { lastReleasedDate } from "@/lib/responses/release";
import { OPEN_TEXTS, OTHER_TEXTS, type OpenPool } from "./demo-texts";

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

/** [code, weight] pairs; weights need not sum to 1. */
type Weights = readonly (readonly [number, number])[];

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

function shuffled<T>(rng: Random, values: readonly T[]): T[] {
  return shuffle(rng, values.length).map((i) => values[i] as T);
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

function weighted(rng: Random, weights: Weights): number {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let x = rng() * total;
  for (const [code, w] of weights) {
    if (x < w) return code;
    x -= w;
  }
  return (weights.at(-1) as readonly [number, number])[0];
}

/** Up to `count` distinct codes drawn by weight, in ascending order. */
function weightedSet(rng: Random, weights: Weights, count: number): number[] {
  const pool = [...weights];
  const out: number[] = [];
  while (out.length < count && pool.length > 0) {
    const code = weighted(rng, pool);
    out.push(code);
    pool.splice(
      pool.findIndex(([c]) => c === code),
      1,
    );
  }
  return out.sort((a, b) => a - b);
}

/** Standard normal (Box–Muller). */
function normal(rng: Random): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/**
 * An ordinal answer driven by a latent score: z = r·latent + noise; code 1 (the positive
 * pole, as the instrument codes verbal scales) when z is above the first cut, and so on.
 * `cuts` descend; k cuts give codes 1..k+1.
 */
function ordinal(rng: Random, latent: number, cuts: readonly number[], r = 0.7): number {
  const z = r * latent + Math.sqrt(1 - r * r) * normal(rng);
  return 1 + cuts.filter((c) => z < c).length;
}

/** With probability `p` "Hard to say" (99), else the ordinal answer. */
function orHardToSay(rng: Random, p: number, answer: () => number): number {
  return rng() < p ? HARD_TO_SAY : answer();
}

/**
 * Q28 allows two options and the paper's shares of options 1–3 add up to 106%. About 11% of
 * respondents hold two of them and 5% none (they choose "Hard to say" or only another
 * mechanism); the rest hold one, to which some add a mechanism the paper does not report.
 */
function q28Assignments(rng: Random, n: number): number[][] {
  const [c1, c2, c3] = PAPER_FIGURES.Q28.map((f) => Math.round(f.share * n)) as [number, number, number];
  const none = Math.round(0.05 * n);
  const doubles = Math.max(0, c1 + c2 + c3 - (n - none));
  const k12 = Math.floor(doubles / 3);
  const k13 = Math.floor(doubles / 3);
  const k23 = doubles - k12 - k13;
  const sets: number[][] = [
    ...Array.from({ length: k12 }, () => [1, 2]),
    ...Array.from({ length: k13 }, () => [1, 3]),
    ...Array.from({ length: k23 }, () => [2, 3]),
    ...Array.from({ length: c1 - k12 - k13 }, () => [1]),
    ...Array.from({ length: c2 - k12 - k23 }, () => [2]),
    ...Array.from({ length: c3 - k13 - k23 }, () => [3]),
  ];
  while (sets.length < n) sets.push([]);
  return shuffled(rng, sets.slice(0, n));
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

/** Hands out each text at most once; `undefined` once a pool is used up. */
class TextPools {
  private readonly left = new Map<string, string[]>();

  constructor(private readonly rng: Random) {}

  private take(key: string, make: () => string[]): string | undefined {
    let list = this.left.get(key);
    if (!list) {
      list = shuffled(this.rng, make());
      this.left.set(key, list);
    }
    return list.pop();
  }

  open(variable: string, locale: Locale): string | undefined {
    const pool: OpenPool | undefined = OPEN_TEXTS[variable]?.[locale];
    if (!pool) return undefined;
    return this.take(`${variable}:${locale}`, () => [
      ...pool.main,
      ...pool.main.flatMap((m) => pool.follow.map((f) => `${m}. ${f}`)),
    ]);
  }

  other(variable: string, locale: Locale): string | undefined {
    const list = OTHER_TEXTS[variable]?.[locale];
    return list ? this.take(`${variable}_other:${locale}`, () => [...list]) : undefined;
  }
}

// Plausible marginals for items without a published figure.
const GENDER: Weights = [[1, 38], [2, 59], [PREFER_NOT, 3]];
const AGE: Weights = [[1, 8], [2, 24], [3, 27], [4, 21], [5, 14], [6, 6]];
const EDUCATION: Weights = [[1, 2], [2, 8], [3, 4], [4, 46], [5, 32], [6, 8]];
// Abai … Shymkent, then nationwide: roughly by population, the two big cities first.
const REGION: Weights = [
  [1, 3], [2, 4], [3, 4], [4, 7], [5, 3], [6, 3], [7, 4], [8, 3], [9, 6], [10, 4], [11, 3],
  [12, 3], [13, 4], [14, 3], [15, 6], [16, 1.5], [17, 4], [18, 10], [19, 12], [20, 5], [21, 6],
];
const ACTIVITY: Weights = [[1, 20], [2, 14], [3, 9], [4, 10], [5, 12], [6, 7], [7, 6], [8, 6], [9, 9], [10, 4], [11, 3]];
const POSITION: Weights = [[1, 30], [2, 10], [3, 17], [4, 28], [5, 12], [6, 3]];
/** Years in the NGO sector (Q7) by age group (Q2): nobody has worked longer than they could. */
const YEARS_BY_AGE: Record<number, Weights> = {
  1: [[1, 40], [2, 40], [3, 20]],
  2: [[1, 12], [2, 28], [3, 35], [4, 20], [5, 5]],
  3: [[1, 6], [2, 14], [3, 28], [4, 30], [5, 20], [6, 2]],
  4: [[1, 4], [2, 10], [3, 22], [4, 28], [5, 26], [6, 10]],
  5: [[1, 4], [2, 8], [3, 18], [4, 26], [5, 28], [6, 16]],
  6: [[1, 5], [2, 8], [3, 15], [4, 22], [5, 28], [6, 22]],
};
const QUALITIES: Weights = [[1, 60], [2, 45], [3, 40], [4, 30], [5, 30], [6, 30], [7, 20], [8, 12]];
const PRIORITIES: Weights = [[1, 45], [2, 40], [3, 30], [4, 45], [5, 30], [6, 28], [7, 38], [8, 25]];
/** Q26 ratings: below 8 mostly 5–7; 8–10 for the quota of "high importance". */
const RATING_LOW: Weights = [[1, 3], [2, 4], [3, 6], [4, 9], [5, 13], [6, 17], [7, 20]];
const RATING_HIGH: Weights = [[8, 40], [9, 30], [10, 30]];
const OTHER_RATE = 0.03;

/**
 * Answers for one respondent, item by item in questionnaire order; only items shown by
 * routing are answered. `a` is the latent view of government (higher = more favourable),
 * `e` the latent engagement; `fixed` holds the quota answers.
 */
function respondentAnswers(
  def: Questionnaire,
  rng: Random,
  locale: Locale,
  texts: TextPools,
  a: number,
  e: number,
  fixed: Answers,
): Answers {
  const x: Answers = { ...fixed };
  const other = (variable: string, code: number, fallback: () => number): number => {
    const text = texts.other(variable, locale);
    if (text === undefined) return fallback();
    x[otherVariableName(variable)] = text;
    return code;
  };
  const single = (variable: string, weights: Weights, otherCode?: number): number => {
    const code = weighted(rng, weights);
    if (code !== otherCode) return code;
    return other(variable, code, () => weighted(rng, weights.filter(([c]) => c !== otherCode)));
  };
  /**
   * A multi-choice answer; now and then "Other" joins it, replacing the last pick when the
   * answer is already at `max` (never one of the `keep` codes, e.g. Q28's quota).
   */
  const multi = (variable: string, picked: number[], otherCode: number, max: number, keep: readonly number[] = []): number[] => {
    let codes = [...picked];
    if (rng() < OTHER_RATE) {
      const droppable = codes.filter((c) => !keep.includes(c));
      if (codes.length >= max && droppable.length > 0) codes = codes.filter((c) => c !== droppable.at(-1));
      if (codes.length < max && other(variable, otherCode, () => 0) !== 0) codes.push(otherCode);
    }
    return codes.sort((p, q) => p - q);
  };

  x.S1 = e + 0.5 * normal(rng) > -0.6 ? 1 : 2;
  x.Q1 = weighted(rng, GENDER);
  const age = weighted(rng, AGE);
  x.Q2 = age;
  x.Q3 = weighted(rng, EDUCATION);
  x.Q4 = weighted(rng, REGION);
  x.Q5 = single("Q5", ACTIVITY, 11);
  x.Q6 = single("Q6", POSITION, 6);
  x.Q7 = weighted(rng, YEARS_BY_AGE[age] ?? [[3, 1]]);

  x.Q8 = orHardToSay(rng, 0.05, () => ordinal(rng, a, [1.35, 0.45, -0.55, -1.4], 0.75));
  // Q9 is a quota (fixed).
  if (rng() < 0.02) x.Q10 = [HARD_TO_SAY];
  else {
    // Those who want "a person who focuses on people" (Q9 = 1) value empathy and respect more.
    const tilt: Weights = QUALITIES.map(([c, w]) => [c, x.Q9 === 1 && (c === 3 || c === 5) ? w * 1.6 : w]);
    const count = weighted(rng, [[3, 70], [2, 20], [1, 10]]);
    x.Q10 = multi("Q10", weightedSet(rng, tilt, count), 9, 3);
  }
  // Competencies: knowledge and digital tools rated higher than communication.
  const shifts = [0.4, -0.3, 0, 0.5, 0.1];
  shifts.forEach((s, i) => {
    x[`Q11_${i + 1}`] = orHardToSay(rng, 0.04, () => ordinal(rng, a + s, [1.6, 0.6, -0.5, -1.4], 0.6));
  });
  x.Q12 = orHardToSay(rng, 0.06, () => ordinal(rng, a, [1.5, 0.3, -0.6, -1.6], 0.6));
  if (rng() < 0.03) x.Q13 = [HARD_TO_SAY];
  else {
    const low = a < 0 ? 1 : 0;
    const chances = [0.62, 0.3, 0.45, 0.28, 0.25 + 0.2 * low, 0.38, 0.3 + 0.2 * low, 0.33, 0.25];
    const picked = chances.flatMap((p, i) => (rng() < p ? [i + 1] : []));
    x.Q13 = multi("Q13", picked.length > 0 ? picked : [1], 10, 11);
  }
  x.Q14 = orHardToSay(rng, 0.08, () => ordinal(rng, a, [1.1, 0, -1.1], 0.6));

  const placed = getItem(def, "Q15").item;
  if (isShown(placed, x)) {
    x.Q15 = rng() < 0.03 ? 6 : ordinal(rng, e, [1.0, 0.3, -0.2, -1.0, -2.2], 0.6);
    const chances = [0.55, 0.5, 0.45, 0.35, 0.4, 0.25];
    const forms = chances.flatMap((p, i) => (rng() < p ? [i + 1] : []));
    x.Q16 = multi("Q16", forms.length > 0 ? forms : [2], 7, 7);
    x.Q17 = orHardToSay(rng, 0.04, () => ordinal(rng, a, [0.6, -0.5, -1.5], 0.7));
    const noIssue = x.Q15 === 6 || rng() < 0.07;
    x.Q18 = noIssue ? 5 : orHardToSay(rng, 0.03, () => (rng() < 0.09 ? 4 : ordinal(rng, a, [0.4, -0.6], 0.7)));
    x.Q19 = a < -0.8 ? weighted(rng, [[1, 10], [2, 12], [3, 63], [PREFER_NOT, 15]]) : weighted(rng, [[1, 3], [2, 6], [3, 80], [PREFER_NOT, 11]]);
  }
  x.Q20 = orHardToSay(rng, 0.05, () => ordinal(rng, a, [1.6, 0.6, -0.4, -1.3], 0.75));
  x.Q21 = orHardToSay(rng, 0.07, () => ordinal(rng, a, [1.2, 0.1, -1.0], 0.75));

  x.Q23 = orHardToSay(rng, 0.06, () => ordinal(rng, a, [1.3, 0.2, -0.8, -1.7], 0.7));
  x.Q24 = x.S1 === 2 && rng() < 0.3 ? 5 : orHardToSay(rng, 0.06, () => ordinal(rng, a, [1.2, 0, -1.1], 0.7));
  if (rng() < 0.02) x.Q25 = [HARD_TO_SAY];
  else {
    const tilt: Weights = PRIORITIES.map(([c, w]) => [c, a < 0 && (c === 2 || c === 7) ? w * 1.5 : w]);
    const count = weighted(rng, [[3, 65], [2, 25], [1, 10]]);
    x.Q25 = multi("Q25", weightedSet(rng, tilt, count), 9, 3);
  }
  // Q26 and Q27_1: quotas (fixed), the other principles of openness follow the latent view.
  for (const row of ["Q27_2", "Q27_3", "Q27_4"]) {
    x[row] = orHardToSay(rng, 0.05, () => ordinal(rng, a, [0.5, -1.0], 0.7));
  }
  // Q28: options 1–3 are a quota (fixed); never dropped for "Other".
  const q28 = (x.Q28 as number[]) ?? [];
  if (q28.length === 0) {
    x.Q28 = rng() < 0.55 ? [HARD_TO_SAY] : multi("Q28", weightedSet(rng, [[4, 50], [5, 50]], rng() < 0.3 ? 2 : 1), 6, 2);
  } else if (q28.length === 1 && rng() < 0.3) {
    x.Q28 = multi("Q28", [...q28, weighted(rng, [[4, 50], [5, 50]])], 6, 2, q28);
  }
  x.Q29 = orHardToSay(rng, 0.08, () => ordinal(rng, e + 0.3 * a, [0.4, -0.9, -1.8], 0.6));
  x.Q30 = rng() < 0.1 ? 5 : orHardToSay(rng, 0.08, () => ordinal(rng, e, [0.5, -0.5, -1.5], 0.4));

  // Part IV follows the latent view closely; transparency (Q34) also follows Q27_1.
  const openness = x.Q27_1 === 1 ? 0.5 : x.Q27_1 === 3 ? -0.8 : 0;
  const cuts = [1.4, 0.5, -0.3, -1.3];
  x.Q32 = orHardToSay(rng, 0.04, () => ordinal(rng, a, cuts, 0.8));
  x.Q33 = orHardToSay(rng, 0.05, () => ordinal(rng, a, cuts, 0.8));
  x.Q34 = orHardToSay(rng, 0.04, () => ordinal(rng, a + openness, cuts, 0.8));
  x.Q35 = orHardToSay(rng, 0.04, () => ordinal(rng, a, cuts, 0.8));
  x.Q36 = orHardToSay(rng, 0.05, () => ordinal(rng, a, cuts, 0.8));

  for (const variable of ["Q22", "Q31"]) {
    if (rng() < 0.3) {
      const text = texts.open(variable, locale);
      if (text !== undefined) x[variable] = text;
    }
  }
  return x;
}

export function demoResponses(
  def: Questionnaire,
  options: { count: number; seed?: number; endDate?: string; days?: number },
): DemoResponse[] {
  const n = options.count;
  const rng = mulberry32(options.seed ?? 20_240_601);
  const days = options.days ?? 30;
  // Without an explicit end the data end on the last day already released (docs in
  // README, "Demo data"), so what was seeded is what staff see, at any hour.
  const end = new Date(`${options.endDate ?? lastReleasedDate()}T00:00:00Z`);
  const texts = new TextPools(rng);

  // Latent views first, so the Q27_1 quota can follow them: the most favourable half rate
  // openness and transparency high, the least favourable 12% low.
  const attitude = Array.from({ length: n }, () => normal(rng));
  const engagement = Array.from({ length: n }, () => normal(rng));
  const q27Rank = new Array<number>(n);
  Array.from({ length: n }, (_, i) => i)
    .map((i) => ({ i, key: (attitude[i] ?? 0) + 0.6 * normal(rng) }))
    .sort((p, q) => q.key - p.key)
    .forEach(({ i }, rank) => (q27Rank[i] = rank));
  const q27High = Math.round(PAPER_FIGURES.Q27_1.high.share * n);
  const q27Low = Math.round(PAPER_FIGURES.Q27_1.low.share * n);

  const q9 = quota(rng, n, PAPER_FIGURES.Q9.share);
  const q26 = PAPER_FIGURES.Q26.map((f) => ({ variable: f.variable, high: quota(rng, n, f.share) }));
  const q28 = q28Assignments(rng, n);

  const out: DemoResponse[] = [];
  for (let i = 0; i < n; i++) {
    const fixed: Answers = {};
    fixed.Q9 = q9.has(i) ? PAPER_FIGURES.Q9.code : weighted(rng, [[2, 45], [3, 30], [4, 10], [HARD_TO_SAY, 15]]);
    for (const { variable, high } of q26) fixed[variable] = weighted(rng, high.has(i) ? RATING_HIGH : RATING_LOW);
    const pos = q27Rank[i] ?? n;
    fixed.Q27_1 =
      pos < q27High
        ? PAPER_FIGURES.Q27_1.high.code
        : pos >= n - q27Low
          ? PAPER_FIGURES.Q27_1.low.code
          : rng() < 0.92
            ? PAPER_FIGURES.Q27_1.medium
            : HARD_TO_SAY;
    fixed.Q28 = q28[i] ?? [];

    const locale = pickLocale(rng);
    const answers = respondentAnswers(def, rng, locale, texts, attitude[i] ?? 0, engagement[i] ?? 0, fixed);
    // The answers above override the generic generator, which follows routing and would
    // fill in anything a later version adds.
    const generated = generateValidAnswers(def, rng, answers, { textLocale: locale, openRate: 0, otherRate: 0, specialRate: 0.03 });
    const valid = validateSubmission(def, generated, locale);
    if (!valid.ok) throw new Error(`demo response ${i} is invalid: ${valid.errors.map((err) => err.message).join("; ")}`);
    const day = new Date(end);
    day.setUTCDate(end.getUTCDate() - Math.floor(rng() * days));
    out.push({ id: uuidFrom(rng), locale, submittedOn: day.toISOString().slice(0, 10), answers: valid.answers });
  }
  return out;
}
