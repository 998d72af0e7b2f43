import "server-only";
// Computing and storing the raking weights (docs/decisions/017-coding-and-weights.md).
// Over released responses only (lib/responses/release.ts), like every staff view: a
// response of today gets its weight when the weights are next computed after its day.
// A response whose answer on a raking variable has no population share (not answered,
// "hard to say") is left out of the raking and has no weight.
import { audit, type AuditActor } from "@/lib/audit/log";
import type { Db } from "@/lib/db/client";
import { responseWhere } from "@/lib/responses/filters";
import { releaseCutoff } from "@/lib/responses/release";
import type { MarginRow } from "./margins";
import { effectiveSampleSize, rake, type Margin } from "./rake";
import { inChunks } from "@/lib/db/in-chunks";

export const SCHEME_ID = "current";
export const DEFAULT_BOUNDS = { lower: 0.3, upper: 3 };

export type WeightSummary = {
  margins: MarginRow[];
  lowerBound: number;
  upperBound: number;
  iterations: number;
  maxDeviation: number;
  converged: boolean;
  weighted: number;
  unweighted: number;
  effectiveN: number;
};

const CHUNK = 2_000;

export async function computeWeights(
  db: Db,
  input: { margins: Margin[]; rows: MarginRow[]; lower: number; upper: number },
  actor: AuditActor,
): Promise<WeightSummary> {
  // The released responses staff have not excluded (lib/review): the analysis set the
  // weighted figures are computed over, so the margins hold on it.
  const released = responseWhere({}, releaseCutoff() ?? null);
  const variables = input.margins.map((m) => m.variable);
  const answers = await db.answer.findMany({
    where: { variable: { in: variables }, code: { not: null }, response: released },
    select: { responseId: true, variable: true, code: true },
  });
  const total = await db.response.count({ where: released });
  const codes = new Map<string, (number | undefined)[]>();
  for (const a of answers) {
    const unit = codes.get(a.responseId) ?? new Array<number | undefined>(variables.length);
    unit[variables.indexOf(a.variable)] = a.code ?? undefined;
    codes.set(a.responseId, unit);
  }
  const ids: string[] = [];
  const units: number[][] = [];
  for (const [id, unit] of [...codes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (input.margins.every((m, i) => unit[i] !== undefined && m.shares.has(unit[i]!))) {
      ids.push(id);
      units.push(unit as number[]);
    }
  }
  const result = rake(units, input.margins, { lower: input.lower, upper: input.upper, maxIterations: 200, tolerance: 1e-6 });
  const summary: WeightSummary = {
    margins: input.rows,
    lowerBound: input.lower,
    upperBound: input.upper,
    iterations: result.iterations,
    maxDeviation: result.maxDeviation,
    converged: result.converged,
    weighted: ids.length,
    unweighted: total - ids.length,
    effectiveN: effectiveSampleSize(result.weights),
  };
  await db.$transaction(async (tx) => {
    await tx.responseWeight.deleteMany({});
    for (let i = 0; i < ids.length; i += CHUNK) {
      await tx.responseWeight.createMany({ data: ids.slice(i, i + CHUNK).map((responseId, k) => ({ responseId, weight: result.weights[i + k]! })) });
    }
    const scheme = {
      margins: JSON.stringify(input.rows),
      lowerBound: input.lower,
      upperBound: input.upper,
      iterations: result.iterations,
      maxDeviation: result.maxDeviation,
      converged: result.converged,
      weighted: summary.weighted,
      unweighted: summary.unweighted,
      uploadedBy: actor.email,
    };
    await tx.weightScheme.upsert({ where: { id: SCHEME_ID }, create: { id: SCHEME_ID, ...scheme }, update: scheme });
  }, { timeout: 120_000 });
  await audit(db, {
    actor,
    action: "weights-computed",
    details: { variables, iterations: result.iterations, converged: result.converged, weighted: summary.weighted },
  });
  return summary;
}

export async function currentWeights(db: Db): Promise<WeightSummary | null> {
  const scheme = await db.weightScheme.findUnique({ where: { id: SCHEME_ID } });
  if (!scheme) return null;
  const weights = (await db.responseWeight.findMany({ select: { weight: true } })).map((w) => w.weight);
  return {
    margins: JSON.parse(scheme.margins) as MarginRow[],
    lowerBound: scheme.lowerBound,
    upperBound: scheme.upperBound,
    iterations: scheme.iterations,
    maxDeviation: scheme.maxDeviation,
    converged: scheme.converged,
    weighted: scheme.weighted,
    unweighted: scheme.unweighted,
    effectiveN: effectiveSampleSize(weights),
  };
}

export async function removeWeights(db: Db, actor: AuditActor): Promise<void> {
  await db.$transaction([db.responseWeight.deleteMany({}), db.weightScheme.deleteMany({})]);
  await audit(db, { actor, action: "weights-removed" });
}

/** Weights by response id, for exports and weighted figures. */
export async function weightsById(db: Db, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await inChunks(ids, (slice) => db.responseWeight.findMany({ where: { responseId: { in: slice } } }));
  return new Map(rows.map((r) => [r.responseId, r.weight]));
}
