// Raking (iterative proportional fitting) with trimming (docs/decisions/017-coding-and-weights.md).
// Each sweep post-stratifies the weights to one margin after another, exactly as R's
// `survey::rake` does with `postStratify`; when bounds are given, weights are then clipped
// to [lower, upper] × the mean weight and the sweeps go on, so the margins are met as
// closely as the bounds allow. The weights are scaled to a mean of 1 (they sum to n).

/** Population shares of one variable's codes (they sum to 1). */
export type Margin = { variable: string; shares: ReadonlyMap<number, number> };

export type RakeOptions = {
  /** Bounds on a weight relative to the mean weight; e.g. 0.3 and 3. */
  lower?: number;
  upper?: number;
  maxIterations?: number;
  /** Largest tolerated |weighted share − target share| for every code of every margin. */
  tolerance?: number;
};

export type RakeResult = {
  weights: number[];
  iterations: number;
  /** Largest |weighted share − target share| after the last sweep. */
  maxDeviation: number;
  converged: boolean;
};

/** `units[i][m]` is unit i's code on margin m; every code must have a share in its margin. */
export function rake(units: readonly (readonly number[])[], margins: readonly Margin[], options: RakeOptions = {}): RakeResult {
  const n = units.length;
  const lower = options.lower ?? 0;
  const upper = options.upper ?? Number.POSITIVE_INFINITY;
  const maxIterations = options.maxIterations ?? 1000;
  const tolerance = options.tolerance ?? 1e-10;
  const weights = new Array<number>(n).fill(1);
  if (n === 0) return { weights, iterations: 0, maxDeviation: 0, converged: true };
  // Each margin's codes as cell indices, once: the sweeps then run over typed arrays.
  const plans = margins.map((margin, m): Plan => {
    const codes = [...margin.shares.keys()];
    const position = new Map(codes.map((c, i) => [c, i]));
    const cell = new Int32Array(n);
    units.forEach((unit, i) => {
      const at = position.get(unit[m]!);
      if (at === undefined) throw new RangeError(`Code ${unit[m]} of ${margin.variable} has no population share`);
      cell[i] = at;
    });
    return { cell, targets: Float64Array.from(codes.map((c) => margin.shares.get(c)!)), sums: new Float64Array(codes.length) };
  });
  let iterations = 0;
  let maxDeviation = deviationOf(plans, weights);
  while (iterations < maxIterations && maxDeviation > tolerance) {
    for (const plan of plans) postStratify(plan, weights);
    if (lower > 0 || Number.isFinite(upper)) trim(weights, lower, upper);
    iterations++;
    maxDeviation = deviationOf(plans, weights);
  }
  return { weights: scaleToMeanOne(weights), iterations, maxDeviation, converged: maxDeviation <= tolerance };
}

type Plan = { cell: Int32Array; targets: Float64Array; sums: Float64Array };

function cellSums(plan: Plan, weights: readonly number[]): number {
  plan.sums.fill(0);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    plan.sums[plan.cell[i]!]! += weights[i]!;
    total += weights[i]!;
  }
  return total;
}

function postStratify(plan: Plan, weights: number[]): void {
  const total = cellSums(plan, weights);
  const factor = plan.targets.map((target, k) => (plan.sums[k]! > 0 ? (target * total) / plan.sums[k]! : 1));
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! * factor[plan.cell[i]!]!;
}

/**
 * Clips the weights to [lower, upper] × their mean. Clipping moves the mean, so it is
 * repeated on the rescaled weights until they are within the bounds (or 100 rounds).
 */
function trim(weights: number[], lower: number, upper: number): void {
  for (let round = 0; round < 100; round++) {
    const mean = weights.reduce((s, w) => s + w, 0) / weights.length;
    let outside = false;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i]! / mean;
      if (w > upper * (1 + 1e-12) || w < lower * (1 - 1e-12)) outside = true;
      weights[i] = Math.min(upper, Math.max(lower, w));
    }
    if (!outside) return;
  }
}

function scaleToMeanOne(weights: number[]): number[] {
  const mean = weights.reduce((s, w) => s + w, 0) / weights.length;
  return weights.map((w) => w / mean);
}

/** Largest gap between a weighted share and its target; an empty cell counts as its full target. */
function deviationOf(plans: readonly Plan[], weights: readonly number[]): number {
  let worst = 0;
  for (const plan of plans) {
    const total = cellSums(plan, weights);
    plan.targets.forEach((target, k) => {
      worst = Math.max(worst, Math.abs(plan.sums[k]! / total - target));
    });
  }
  return worst;
}

/** Largest gap between a weighted share and its target, for weights given from outside. */
export function deviation(units: readonly (readonly number[])[], margins: readonly Margin[], weights: readonly number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let worst = 0;
  margins.forEach((margin, m) => {
    const cell = new Map<number, number>();
    units.forEach((unit, i) => cell.set(unit[m]!, (cell.get(unit[m]!) ?? 0) + weights[i]!));
    for (const [code, share] of margin.shares) worst = Math.max(worst, Math.abs((cell.get(code) ?? 0) / total - share));
  });
  return worst;
}

/** Kish's effective sample size: (Σw)² / Σw². */
export function effectiveSampleSize(weights: readonly number[]): number {
  const sum = weights.reduce((s, w) => s + w, 0);
  const squares = weights.reduce((s, w) => s + w * w, 0);
  return squares === 0 ? 0 : (sum * sum) / squares;
}
