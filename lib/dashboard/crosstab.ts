// A crosstab of any two closed items (single, multi, a rating sub-item or a matrix row):
// counts and row percentages, computed by one grouped self-join in the database.
import { answerVariables, type Locale, type Questionnaire } from "@/lib/questionnaire";
import type { ResponseFilters } from "@/lib/responses/filters";
import { crosstabCounts } from "./queries";
import { percent } from "./results";
import type { DashboardDb } from "./sql";

export type ClosedVariable = { variable: string; label: string; codes: { code: number; label: string }[] };

/** Every variable a crosstab can use, in questionnaire order. */
export function closedVariables(def: Questionnaire, locale: Locale): ClosedVariable[] {
  return answerVariables(def).flatMap((v): ClosedVariable[] => {
    if (v.kind === "open" || v.kind === "other") return [];
    const question = v.question[locale];
    const label = v.label ? `${v.variable}. ${question} — ${v.label[locale]}` : `${v.variable}. ${question}`;
    if (v.kind === "rating") {
      const min = v.min ?? 1;
      const max = v.max ?? min;
      return [{ variable: v.variable, label, codes: Array.from({ length: max - min + 1 }, (_, i) => ({ code: min + i, label: String(min + i) })) }];
    }
    return [{ variable: v.variable, label, codes: (v.options ?? []).map((o) => ({ code: o.code, label: o.label[locale] })) }];
  });
}

export type Crosstab = {
  row: ClosedVariable;
  column: ClosedVariable;
  /** One line per row code: counts per column code, the row total and row %. */
  lines: { code: number; label: string; total: number; cells: { code: number; n: number; pct: number | null }[] }[];
};

export async function crosstab(
  q: DashboardDb,
  def: Questionnaire,
  locale: Locale,
  rowVariable: string,
  columnVariable: string,
  filters: ResponseFilters,
): Promise<Crosstab | null> {
  const closed = closedVariables(def, locale);
  const row = closed.find((c) => c.variable === rowVariable);
  const column = closed.find((c) => c.variable === columnVariable);
  if (!row || !column) return null;
  const { cells, rowTotals } = await crosstabCounts(q, row.variable, column.variable, filters);
  const lines = row.codes.map((r) => {
    const total = rowTotals.get(r.code) ?? 0;
    return {
      code: r.code,
      label: r.label,
      total,
      cells: column.codes.map((c) => {
        const n = cells.find((x) => x.row === r.code && x.column === c.code)?.n ?? 0;
        return { code: c.code, n, pct: percent(n, total) };
      }),
    };
  });
  return { row, column, lines };
}
