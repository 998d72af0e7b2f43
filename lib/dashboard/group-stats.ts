// Comparing a numeric rating across groups, from a table of counts (group × rating
// value): each group's mean with its 95% t-interval, the one-way ANOVA (F, df, p) and
// the Kruskal–Wallis test with SPSS's correction for ties (midranks; H divided by
// 1 − Σ(t³ − t)/(N³ − N)), so the figures equal PSPP's ONEWAY and NPAR TESTS /K-W.
// The F tail is the regularized incomplete beta function (continued fraction, Numerical
// Recipes §6.4), as exact as the χ² tail of stats.ts; no statistics library is needed.
import { chiSquareSurvival, logGamma, meanInterval } from "./stats";

/** Continued fraction for the incomplete beta function (Lentz's method). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Upper tail of the F distribution: P(F ≥ f) with (df1, df2) degrees of freedom. */
export function fSurvival(f: number, df1: number, df2: number): number {
  if (df1 <= 0 || df2 <= 0) return Number.NaN;
  if (f <= 0) return 1;
  return incompleteBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
}

/** One group's ratings as value → count. */
export type GroupCounts = { counts: Map<number, number> };

export type GroupSummary = { n: number; mean: number; sd: number; low: number; high: number } | null;

export type Anova = { f: number; df1: number; df2: number; p: number; between: number; within: number };
export type KruskalWallis = { h: number; df: number; p: number };

export function groupSummary(counts: Map<number, number>): GroupSummary {
  const ci = meanInterval(counts);
  return ci ? { n: ci.n, mean: ci.mean, sd: ci.sd, low: ci.low, high: ci.high } : null;
}

/** One-way ANOVA over the groups with at least one rating; null with fewer than two such groups. */
export function oneWayAnova(groups: readonly Map<number, number>[]): Anova | null {
  const used = groups.map((g) => [...g].filter(([, n]) => n > 0)).filter((g) => g.length > 0);
  const k = used.length;
  const sizes = used.map((g) => g.reduce((a, [, n]) => a + n, 0));
  const N = sizes.reduce((a, b) => a + b, 0);
  if (k < 2 || N <= k) return null;
  const means = used.map((g, i) => g.reduce((a, [v, n]) => a + v * n, 0) / (sizes[i] ?? 1));
  const grand = used.reduce((a, g) => a + g.reduce((s, [v, n]) => s + v * n, 0), 0) / N;
  let between = 0;
  let within = 0;
  used.forEach((g, i) => {
    const m = means[i] ?? 0;
    between += (sizes[i] ?? 0) * (m - grand) ** 2;
    for (const [v, n] of g) within += n * (v - m) ** 2;
  });
  const df1 = k - 1;
  const df2 = N - k;
  const f = within > 0 ? between / df1 / (within / df2) : Number.POSITIVE_INFINITY;
  return { f, df1, df2, p: Number.isFinite(f) ? fSurvival(f, df1, df2) : 0, between, within };
}

/** Kruskal–Wallis H (corrected for ties) over the groups with at least one rating. */
export function kruskalWallis(groups: readonly Map<number, number>[]): KruskalWallis | null {
  const used = groups.filter((g) => [...g.values()].some((n) => n > 0));
  const k = used.length;
  const pooled = new Map<number, number>();
  for (const g of used) for (const [v, n] of g) pooled.set(v, (pooled.get(v) ?? 0) + n);
  const values = [...pooled.keys()].sort((a, b) => a - b);
  const N = [...pooled.values()].reduce((a, b) => a + b, 0);
  if (k < 2 || N < 2) return null;
  // Midrank of each distinct value, and the tie correction's Σ(t³ − t).
  const midrank = new Map<number, number>();
  let before = 0;
  let ties = 0;
  for (const v of values) {
    const t = pooled.get(v) ?? 0;
    midrank.set(v, before + (t + 1) / 2);
    before += t;
    ties += t ** 3 - t;
  }
  let sum = 0;
  for (const g of used) {
    let n = 0;
    let r = 0;
    for (const [v, c] of g) {
      n += c;
      r += c * (midrank.get(v) ?? 0);
    }
    if (n > 0) sum += (r * r) / n;
  }
  const raw = (12 / (N * (N + 1))) * sum - 3 * (N + 1);
  const correction = 1 - ties / (N ** 3 - N);
  if (correction <= 0) return null;
  const h = raw / correction;
  return { h, df: k - 1, p: chiSquareSurvival(h, k - 1) };
}
