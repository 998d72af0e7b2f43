import "server-only";
// Weighted and unweighted shares of one single-choice variable over the weighted
// responses, with Kish's effective sample size: the weights page checks the margins with
// it, and weighted figures elsewhere start from it. A code answered by fewer than k
// responses shows no share (the minimum group size, docs/anonymity.md).
import { isSmall } from "@/lib/dashboard/disclosure";
import { minGroupSize } from "@/lib/dashboard/filter-guard";
import type { Db } from "@/lib/db/client";
import { effectiveSampleSize } from "./rake";
import { weightedShares } from "./weighted";


export type WeightedRow = { code: number; n: number; unweighted: number | null; weighted: number | null };
export type WeightedDistribution = { base: number; effectiveN: number; rows: WeightedRow[] };

export async function weightedDistribution(db: Db, variable: string, k = minGroupSize()): Promise<WeightedDistribution> {
  const weights = new Map((await db.responseWeight.findMany()).map((w) => [w.responseId, w.weight]));
  // Every answer to the variable, kept when its response has a weight: no id list in the query.
  const answers = (await db.answer.findMany({ where: { variable, code: { not: null } }, select: { responseId: true, code: true } })).filter((a) =>
    weights.has(a.responseId),
  );
  const codes = answers.map((a) => a.code!);
  const w = answers.map((a) => weights.get(a.responseId) ?? null);
  const shares = weightedShares(codes, w);
  const counts = new Map<number, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const base = codes.length;
  const rows = [...counts.keys()]
    .sort((a, b) => a - b)
    .map((code): WeightedRow => {
      const n = counts.get(code)!;
      const hidden = isSmall(n, k) || isSmall(base - n, k);
      return { code, n, unweighted: hidden ? null : n / base, weighted: hidden ? null : (shares.get(code) ?? 0) };
    });
  return { base, effectiveN: effectiveSampleSize(w.filter((x): x is number => x !== null)), rows };
}
