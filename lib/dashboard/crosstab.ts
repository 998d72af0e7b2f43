// A crosstab of any two closed items (single, multi, a rating sub-item or a matrix row),
// optionally within one answer of a third item (the layer): counts with row, column and
// total percentages, totals, and — when both items take one answer per respondent —
// Pearson's χ² with df, p, Cramér's V and SPSS's warning about small expected counts.
// By default "hard to say" / "prefer not to answer" are left out, as SPSS/PSPP leave out
// user-missing values, so the statistics equal PSPP's CROSSTABS on the exported data.
import { answerVariables, SPECIAL_CODES, type Locale, type Questionnaire } from "@/lib/questionnaire";
import { responseFilterSql, type ResponseFilters } from "@/lib/responses/filters";
import { addCounts, incremental, snapshot } from "./cache";
import type { DayRange } from "./queries";
import type { Suppression } from "./disclosure";
import { percent } from "./results";
import { num, placeholders, queryRows, type DashboardDb, type SqlValue } from "./sql";
import { independenceTest, type IndependenceTest } from "./stats";

export type ClosedVariable = { variable: string; label: string; multi: boolean; codes: { code: number; label: string }[] };

/** Every variable a crosstab can use, in questionnaire order. */
export function closedVariables(def: Questionnaire, locale: Locale): ClosedVariable[] {
  return answerVariables(def).flatMap((v): ClosedVariable[] => {
    if (v.kind === "open" || v.kind === "other") return [];
    const question = v.question[locale];
    const label = v.label ? `${v.variable}. ${question} — ${v.label[locale]}` : `${v.variable}. ${question}`;
    if (v.kind === "rating") {
      const min = v.min ?? 1;
      const max = v.max ?? min;
      return [{ variable: v.variable, label, multi: false, codes: Array.from({ length: max - min + 1 }, (_, i) => ({ code: min + i, label: String(min + i) })) }];
    }
    return [{ variable: v.variable, label, multi: v.kind === "multi", codes: (v.options ?? []).map((o) => ({ code: o.code, label: o.label[locale] })) }];
  });
}

export type CrosstabOptions = {
  /** Only respondents whose answer to `variable` includes `code`. */
  layer?: { variable: string; code: number };
  /** Keep "hard to say" / "prefer not to answer" as rows and columns (default: left out). */
  includeMissing?: boolean;
};

export type CrosstabCell = { code: number; n: number; rowPct: number | null; colPct: number | null; totalPct: number | null; suppressed?: Suppression };

export type Crosstab = {
  row: ClosedVariable;
  column: ClosedVariable;
  layer: { variable: ClosedVariable; code: number; label: string } | null;
  rowCodes: { code: number; label: string }[];
  columnCodes: { code: number; label: string }[];
  /** One line per row code: its cells, and the row total (respondents). */
  lines: { code: number; label: string; total: number; totalPct: number | null; cells: CrosstabCell[]; totalSuppressed?: Suppression }[];
  /** Respondents per column code, and in the whole table (answered both). */
  columnTotals: { code: number; n: number; pct: number | null; suppressed?: Suppression }[];
  total: number;
  /** Set by protectCrosstab (protected.ts): the grand total hidden, and χ² withheld because cells are hidden. */
  totalSuppressed?: Suppression;
  testWithheld?: true;
  /** Null when an item allows several answers (the cells are not independent counts) or the table is degenerate. */
  test: IndependenceTest | null;
  multi: boolean;
};

/** One pass per response over the two variables' rows (single-answer items): "row|column" → n. */
async function pivotCounts(
  q: DashboardDb,
  rowVariable: string,
  columnVariable: string,
  filters: ResponseFilters,
  options: CrosstabOptions,
  range?: DayRange,
): Promise<Map<string, number>> {
  const f = responseFilterSql(filters);
  const missing = options.includeMissing ? "" : ` AND a."code" NOT IN (${placeholders(SPECIAL_CODES.length)})`;
  const layerSql = options.layer ? ` AND a."responseId" IN (SELECT l."responseId" FROM "Answer" l WHERE l."variable" = ? AND l."code" = ?)` : "";
  const rangeSql = range ? ` AND r."submittedOn" >= ? AND r."submittedOn" < ?` : "";
  const rows = await queryRows<{ rc: unknown; cc: unknown; n: unknown }>(
    q,
    `SELECT t.rc AS rc, t.cc AS cc, COUNT(*) AS n FROM (
       SELECT a."responseId" AS rid, MAX(CASE WHEN a."variable" = ? THEN a."code" END) AS rc, MAX(CASE WHEN a."variable" = ? THEN a."code" END) AS cc
       FROM "Answer" a JOIN "Response" r ON r."id" = a."responseId"
       WHERE a."variable" IN (?, ?) AND a."code" IS NOT NULL${missing}${layerSql}${rangeSql} AND ${f.sql}
       GROUP BY a."responseId"
     ) t WHERE t.rc IS NOT NULL AND t.cc IS NOT NULL GROUP BY t.rc, t.cc`,
    [
      rowVariable,
      columnVariable,
      rowVariable,
      columnVariable,
      ...(options.includeMissing ? [] : SPECIAL_CODES),
      ...(options.layer ? [options.layer.variable, options.layer.code] : []),
      ...(range ? [range.from, range.before] : []),
      ...f.params,
    ],
  );
  return new Map(rows.map((r) => [`${num(r.rc)}|${num(r.cc)}`, num(r.n)]));
}

/** The grouped counts: pairs per (row, column) code, respondents per row code, per column code and overall. */
async function crosstabQuery(
  q: DashboardDb,
  rowVariable: string,
  columnVariable: string,
  filters: ResponseFilters,
  options: CrosstabOptions & { multi: boolean },
): Promise<{ cells: { row: number; column: number; n: number }[]; rowTotals: Map<number, number>; columnTotals: Map<number, number>; total: number }> {
  const f = responseFilterSql(filters);
  const exclude = options.includeMissing ? "" : ` AND a1."code" NOT IN (${placeholders(SPECIAL_CODES.length)}) AND a2."code" NOT IN (${placeholders(SPECIAL_CODES.length)})`;
  const layerJoin = options.layer ? ` JOIN "Answer" a3 ON a3."responseId" = a1."responseId" AND a3."variable" = ? AND a3."code" = ?` : "";
  const join = `FROM "Answer" a1 JOIN "Answer" a2 ON a2."responseId" = a1."responseId"${layerJoin} JOIN "Response" r ON r."id" = a1."responseId"
     WHERE a1."variable" = ? AND a2."variable" = ? AND a1."code" IS NOT NULL AND a2."code" IS NOT NULL${exclude} AND ${f.sql}`;
  const params: SqlValue[] = [
    ...(options.layer ? [options.layer.variable, options.layer.code] : []),
    rowVariable,
    columnVariable,
    ...(options.includeMissing ? [] : [...SPECIAL_CODES, ...SPECIAL_CODES]),
    ...f.params,
  ];
  if (!options.multi) {
    // One answer per respondent on both sides: pivot the two variables' rows per response
    // (one pass over the covering index, no self-join probing every response's answers),
    // and every total is a sum of cells. Pair counts are additive per response, so they are cached and brought up to date
    // like the results page's counts (cache.ts): switching the percentages, the CSV
    // download and repeat views do not recount.
    const key = `crosstab:${JSON.stringify([rowVariable, columnVariable, filters, options.layer ?? null, options.includeMissing === true])}`;
    const pairs = await incremental(q, await snapshot(q), key, (range) => pivotCounts(q, rowVariable, columnVariable, filters, options, range), addCounts);
    const cells = [...pairs].map(([k, n]) => {
      const [rc, cc] = k.split("|");
      return { row: Number(rc), column: Number(cc), n };
    });
    const rowTotals = new Map<number, number>();
    const columnTotals = new Map<number, number>();
    let total = 0;
    for (const c of cells) {
      rowTotals.set(c.row, (rowTotals.get(c.row) ?? 0) + c.n);
      columnTotals.set(c.column, (columnTotals.get(c.column) ?? 0) + c.n);
      total += c.n;
    }
    return { cells, rowTotals, columnTotals, total };
  }
  // Several answers per respondent: pairs per cell, and totals count respondents, not pairs.
  const [cellRows, rows, columns, all] = await Promise.all([
    queryRows<{ rc: unknown; cc: unknown; n: unknown }>(q, `SELECT a1."code" AS rc, a2."code" AS cc, COUNT(*) AS n ${join} GROUP BY a1."code", a2."code"`, params),
    queryRows<{ k: unknown; n: unknown }>(q, `SELECT a1."code" AS k, COUNT(DISTINCT a1."responseId") AS n ${join} GROUP BY a1."code"`, params),
    queryRows<{ k: unknown; n: unknown }>(q, `SELECT a2."code" AS k, COUNT(DISTINCT a1."responseId") AS n ${join} GROUP BY a2."code"`, params),
    queryRows<{ n: unknown }>(q, `SELECT COUNT(DISTINCT a1."responseId") AS n ${join}`, params),
  ]);
  return {
    cells: cellRows.map((c) => ({ row: num(c.rc), column: num(c.cc), n: num(c.n) })),
    rowTotals: new Map(rows.map((t) => [num(t.k), num(t.n)])),
    columnTotals: new Map(columns.map((t) => [num(t.k), num(t.n)])),
    total: num(all[0]?.n),
  };
}

export async function crosstab(
  q: DashboardDb,
  def: Questionnaire,
  locale: Locale,
  rowVariable: string,
  columnVariable: string,
  filters: ResponseFilters,
  options: CrosstabOptions = {},
): Promise<Crosstab | null> {
  const closed = closedVariables(def, locale);
  const row = closed.find((c) => c.variable === rowVariable);
  const column = closed.find((c) => c.variable === columnVariable);
  if (!row || !column) return null;
  const layerVariable = options.layer ? closed.find((c) => c.variable === options.layer?.variable) : undefined;
  const layerCode = layerVariable?.codes.find((c) => c.code === options.layer?.code);
  const layer = layerVariable && layerCode ? { variable: layerVariable, code: layerCode.code, label: layerCode.label } : null;
  const keep = (c: { code: number }) => options.includeMissing || !SPECIAL_CODES.includes(c.code);
  const rowCodes = row.codes.filter(keep);
  const columnCodes = column.codes.filter(keep);
  const counts = await crosstabQuery(q, row.variable, column.variable, filters, {
    multi: row.multi || column.multi,
    ...(layer ? { layer: { variable: layer.variable.variable, code: layer.code } } : {}),
    ...(options.includeMissing ? { includeMissing: true } : {}),
  });
  const total = counts.total;
  const lines = rowCodes.map((r) => {
    const rowTotal = counts.rowTotals.get(r.code) ?? 0;
    return {
      code: r.code,
      label: r.label,
      total: rowTotal,
      totalPct: percent(rowTotal, total),
      cells: columnCodes.map((c) => {
        const n = counts.cells.find((x) => x.row === r.code && x.column === c.code)?.n ?? 0;
        return { code: c.code, n, rowPct: percent(n, rowTotal), colPct: percent(n, counts.columnTotals.get(c.code) ?? 0), totalPct: percent(n, total) };
      }),
    };
  });
  const multi = row.multi || column.multi;
  const test = multi ? null : independenceTest(lines.map((l) => l.cells.map((c) => c.n)));
  return {
    row,
    column,
    layer,
    rowCodes,
    columnCodes,
    lines,
    columnTotals: columnCodes.map((c) => {
      const n = counts.columnTotals.get(c.code) ?? 0;
      return { code: c.code, n, pct: percent(n, total) };
    }),
    total,
    test,
    multi,
  };
}

/** The crosstab as CSV rows (counts and the chosen percentages), for the download route. */
export function crosstabCsvRows(
  table: Crosstab,
  labels: { total: string; pct: string; hidden: (why: Suppression) => string },
  percentage: CrosstabPercent,
): string[][] {
  // A hidden figure (protectCrosstab) is written as why it is hidden, never as its zeroed value.
  const count = (n: number, why: Suppression | undefined) => (why ? labels.hidden(why) : String(n));
  const header = [`${table.row.variable} \\ ${table.column.variable}`, ...table.columnCodes.map((c) => `${c.code} ${c.label}`), labels.total];
  const out: string[][] = [header];
  const fmt = (v: number | null) => (v === null ? "" : v.toFixed(1));
  for (const line of table.lines) {
    out.push([`${line.code} ${line.label}`, ...line.cells.map((c) => count(c.n, c.suppressed)), count(line.total, line.totalSuppressed)]);
    if (percentage !== "none") {
      const pick = (c: CrosstabCell) => (percentage === "row" ? c.rowPct : percentage === "column" ? c.colPct : c.totalPct);
      out.push([`${labels.pct}`, ...line.cells.map((c) => fmt(pick(c))), fmt(percentage === "row" ? (line.total > 0 ? 100 : null) : line.totalPct)]);
    }
  }
  out.push([labels.total, ...table.columnTotals.map((c) => count(c.n, c.suppressed)), count(table.total, table.totalSuppressed)]);
  return out;
}

/**
 * The statistics under the table, as on the page: Pearson's χ², df, p, Cramér's V, N and
 * the small-expected-count warning, or why there are none. Numbers are written in full
 * (a dot for decimals) so that the file can be read back by a program.
 */
export function crosstabStatisticsRows(
  table: Crosstab,
  labels: { heading: string; warning: (t: IndependenceTest) => string; noStats: string; withheld: string },
): string[][] {
  const out: string[][] = [[], [labels.heading]];
  const t = table.test;
  if (table.multi) return [...out, [labels.noStats]];
  if (table.testWithheld) return [...out, [labels.withheld]];
  if (!t) return [...out, ["—"]];
  out.push(["Pearson χ²", t.chi2.toFixed(6)], ["df", String(t.df)], ["p", t.p.toPrecision(6)], ["Cramér's V", t.cramersV.toFixed(6)], ["N", String(t.n)]);
  if (t.smallExpected.cells > 0) out.push([labels.warning(t)]);
  return out;
}

export type CrosstabPercent = "row" | "column" | "total" | "none";

export function crosstabPercentFrom(value: string | null | undefined): CrosstabPercent {
  return value === "column" || value === "total" || value === "none" ? value : "row";
}
