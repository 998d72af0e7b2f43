// Small, exact statistics for the dashboard: Wilson score intervals for percentages, a
// t-interval for a mean, and Pearson's χ² test of independence with Cramér's V and
// SPSS's warning about small expected counts. The χ² p-value comes from the regularized
// upper incomplete gamma function Q(df/2, χ²/2) (series / continued fraction, as in
// Numerical Recipes §6.2), so no statistics library is needed.

const Z95 = 1.959963984540054;

/** Wilson score interval (95%) for n successes out of `of`, in percent; null without a base. */
export function wilson(n: number, of: number, z = Z95): { low: number; high: number } | null {
  if (of <= 0) return null;
  const p = n / of;
  const z2 = z * z;
  const denominator = 1 + z2 / of;
  const centre = (p + z2 / (2 * of)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / of + z2 / (4 * of * of));
  return { low: Math.max(0, centre - half) * 100, high: Math.min(1, centre + half) * 100 };
}

/** Mean, standard deviation and a 95% interval (normal approximation; t for small n) of a frequency table. */
export function meanInterval(counts: Iterable<[number, number]>): { n: number; mean: number; sd: number; low: number; high: number } | null {
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  for (const [value, count] of counts) {
    n += count;
    sum += value * count;
    sumSq += value * value * count;
  }
  if (n === 0) return null;
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : 0;
  const sd = Math.sqrt(variance);
  const half = (n > 1 ? tCritical95(n - 1) : 0) * (sd / Math.sqrt(n));
  return { n, mean, sd, low: mean - half, high: mean + half };
}

/** Two-sided 95% critical value of Student's t (exact table for small df, then an expansion). */
function tCritical95(df: number): number {
  const table = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086];
  if (df <= table.length) return table[df - 1] ?? Z95;
  // Cornish-Fisher expansion around the normal quantile.
  const z = Z95;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  return z + g1 / df + g2 / (df * df);
}

/** ln Γ(x) (Lanczos approximation, g = 7, n = 9), accurate to ~15 digits for x > 0. */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const xx = x - 1;
  let a = c[0] ?? 0;
  const t = xx + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] ?? 0) / (xx + i);
  return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularized lower incomplete gamma P(a, x). */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  if (x < a + 1) return gammaSeries(a, x);
  return 1 - gammaContinuedFraction(a, x);
}

/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), computed directly in the tail. */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  if (x < a + 1) return 1 - gammaSeries(a, x);
  return gammaContinuedFraction(a, x);
}

function gammaSeries(a: number, x: number): number {
  let sum = 1 / a;
  let term = sum;
  let ap = a;
  for (let i = 0; i < 10_000; i++) {
    ap += 1;
    term *= x / ap;
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

function gammaContinuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** Upper tail of the χ² distribution: P(X ≥ x) with df degrees of freedom. */
export function chiSquareSurvival(x: number, df: number): number {
  if (df <= 0) return Number.NaN;
  return gammaQ(df / 2, x / 2);
}

export type IndependenceTest = {
  chi2: number;
  df: number;
  p: number;
  cramersV: number;
  /** Cells with expected count < 5, their share of all cells (%), and the smallest expected count. */
  smallExpected: { cells: number; pct: number; min: number };
  /** Rows and columns used (those with a non-zero total). */
  rows: number;
  columns: number;
  n: number;
};

/**
 * Pearson's χ² test of independence on a table of counts. Like SPSS/PSPP, empty rows and
 * columns are dropped before the test (they contribute no cells and no degrees of freedom).
 */
export function independenceTest(table: readonly (readonly number[])[]): IndependenceTest | null {
  const rowTotals = table.map((r) => r.reduce((a, b) => a + b, 0));
  const width = Math.max(0, ...table.map((r) => r.length));
  const colTotals = Array.from({ length: width }, (_, j) => table.reduce((a, r) => a + (r[j] ?? 0), 0));
  const rowsUsed = rowTotals.flatMap((t, i) => (t > 0 ? [i] : []));
  const colsUsed = colTotals.flatMap((t, j) => (t > 0 ? [j] : []));
  const n = rowTotals.reduce((a, b) => a + b, 0);
  if (rowsUsed.length < 2 || colsUsed.length < 2 || n === 0) return null;
  let chi2 = 0;
  let small = 0;
  let min = Number.POSITIVE_INFINITY;
  for (const i of rowsUsed) {
    for (const j of colsUsed) {
      const expected = ((rowTotals[i] ?? 0) * (colTotals[j] ?? 0)) / n;
      const observed = table[i]?.[j] ?? 0;
      chi2 += ((observed - expected) ** 2) / expected;
      if (expected < 5) small++;
      if (expected < min) min = expected;
    }
  }
  const df = (rowsUsed.length - 1) * (colsUsed.length - 1);
  const k = Math.min(rowsUsed.length, colsUsed.length);
  const cells = rowsUsed.length * colsUsed.length;
  return {
    chi2,
    df,
    p: chiSquareSurvival(chi2, df),
    cramersV: Math.sqrt(chi2 / (n * (k - 1))),
    smallExpected: { cells: small, pct: (small / cells) * 100, min },
    rows: rowsUsed.length,
    columns: colsUsed.length,
    n,
  };
}
