import "server-only";
// A crosstab's weighted column percentages (docs/decisions/017-coding-and-weights.md): per
// cell the sum of the weights of its respondents over the sum in its column (over the
// rows the table shows), with Kish's effective sample size of the weighted respondents.
// Only for items with one answer per respondent, and only the cells the protected table
// shows: a cell withheld there (fewer than k) is withheld here too.
import type { Crosstab } from "@/lib/dashboard/crosstab";
import { num, queryRows, type DashboardDb } from "@/lib/dashboard/sql";
import { responseFilterSql, type ResponseFilters } from "@/lib/responses/filters";

export type WeightedCrosstab = {
  /** rowCode → columnCode → weighted column % (null: withheld). */
  colPct: Map<number, Map<number, number | null>>;
  respondents: number;
  effectiveN: number;
};

export async function weightedCrosstab(
  q: DashboardDb,
  table: Crosstab,
  filters: ResponseFilters,
  layer?: { variable: string; code: number },
): Promise<WeightedCrosstab | null> {
  if (table.multi || table.totalSuppressed) return null;
  const f = responseFilterSql(filters);
  const layerJoin = layer ? `JOIN "Answer" l ON l."responseId" = r."id" AND l."variable" = ? AND l."code" = ?` : "";
  const rows = await queryRows<{ rc: unknown; cc: unknown; w: unknown; w2: unknown; n: unknown }>(
    q,
    `SELECT a."code" AS rc, b."code" AS cc, SUM(w."weight") AS w, SUM(w."weight" * w."weight") AS w2, COUNT(*) AS n
       FROM "Answer" a
       JOIN "Answer" b ON b."responseId" = a."responseId" AND b."variable" = ? AND b."code" IS NOT NULL
       JOIN "ResponseWeight" w ON w."responseId" = a."responseId"
       JOIN "Response" r ON r."id" = a."responseId"
       ${layerJoin}
      WHERE a."variable" = ? AND a."code" IS NOT NULL AND ${f.sql}
      GROUP BY a."code", b."code"`,
    [table.column.variable, ...(layer ? [layer.variable, layer.code] : []), table.row.variable, ...f.params],
  );
  const shownRows = new Set(table.lines.map((l) => l.code));
  const shownCols = new Set(table.columnCodes.map((c) => c.code));
  const sums = new Map<string, number>();
  const columnSum = new Map<number, number>();
  let sum = 0;
  let squares = 0;
  let respondents = 0;
  for (const r of rows) {
    const rc = num(r.rc);
    const cc = num(r.cc);
    if (!shownRows.has(rc) || !shownCols.has(cc)) continue;
    const w = num(r.w);
    sums.set(`${rc}|${cc}`, w);
    columnSum.set(cc, (columnSum.get(cc) ?? 0) + w);
    sum += w;
    squares += num(r.w2);
    respondents += num(r.n);
  }
  if (respondents === 0) return null;
  const colPct = new Map<number, Map<number, number | null>>();
  for (const line of table.lines) {
    const cells = new Map<number, number | null>();
    for (const cell of line.cells) {
      const total = columnSum.get(cell.code) ?? 0;
      const hidden = cell.suppressed !== undefined || total === 0;
      cells.set(cell.code, hidden ? null : (100 * (sums.get(`${line.code}|${cell.code}`) ?? 0)) / total);
    }
    colPct.set(line.code, cells);
  }
  return { colPct, respondents, effectiveN: squares === 0 ? 0 : (sum * sum) / squares };
}
