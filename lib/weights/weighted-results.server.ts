import "server-only";
// Weighted percentages of the single-choice questions under the dashboard's filters: per
// code the sum of the weights of the responses that chose it over the sum of the weights
// of every weighted response that answered (the weighted base), with Kish's effective
// sample size (Σw)²/Σw² of that base. Unweighted responses do not count. A code chosen by
// fewer than k responses, or by all but fewer than k, shows no figure (docs/anonymity.md).
import { isSmall } from "@/lib/dashboard/disclosure";
import { minGroupSize } from "@/lib/dashboard/filter-guard";
import { num, placeholders, queryRows, type DashboardDb } from "@/lib/dashboard/sql";
import { responseFilterSql, type ResponseFilters } from "@/lib/responses/filters";

export type WeightedCode = { code: number; n: number; pct: number | null };
export type WeightedItem = { variable: string; base: number; effectiveN: number; codes: WeightedCode[] };

export async function weightedItems(q: DashboardDb, variables: readonly string[], filters: ResponseFilters, k = minGroupSize()): Promise<Map<string, WeightedItem>> {
  if (variables.length === 0) return new Map();
  const f = responseFilterSql(filters);
  const rows = await queryRows<{ variable: string; code: unknown; n: unknown; w: unknown; w2: unknown }>(
    q,
    `SELECT a."variable" AS variable, a."code" AS code, COUNT(*) AS n, SUM(w."weight") AS w, SUM(w."weight" * w."weight") AS w2
       FROM "Answer" a JOIN "ResponseWeight" w ON w."responseId" = a."responseId" JOIN "Response" r ON r."id" = a."responseId"
      WHERE a."variable" IN (${placeholders(variables.length)}) AND a."code" IS NOT NULL AND ${f.sql}
      GROUP BY a."variable", a."code"`,
    [...variables, ...f.params],
  );
  const out = new Map<string, WeightedItem & { sum: number; squares: number }>();
  for (const r of rows) {
    const item = out.get(r.variable) ?? { variable: r.variable, base: 0, effectiveN: 0, codes: [], sum: 0, squares: 0 };
    out.set(r.variable, item);
    item.base += num(r.n);
    item.sum += num(r.w);
    item.squares += num(r.w2);
    item.codes.push({ code: num(r.code), n: num(r.n), pct: num(r.w) });
  }
  const result = new Map<string, WeightedItem>();
  for (const [variable, item] of out) {
    if (isSmall(item.base, k)) continue;
    result.set(variable, {
      variable,
      base: item.base,
      effectiveN: item.squares === 0 ? 0 : (item.sum * item.sum) / item.squares,
      codes: item.codes
        .sort((a, b) => a.code - b.code)
        .map((c) => ({ code: c.code, n: c.n, pct: isSmall(c.n, k) || isSmall(item.base - c.n, k) || item.sum === 0 ? null : (100 * (c.pct ?? 0)) / item.sum })),
    });
  }
  return result;
}
