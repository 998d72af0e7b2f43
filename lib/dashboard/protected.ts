// The dashboard's figures as staff may see them: every page and download route reads
// results, crosstabs, the overview and open answers through these functions, which
// first ask whether the filtered base may be shown at all (filter-guard.ts) and then
// hide the counts below MIN_GROUP_SIZE, with secondary suppression (disclosure.ts).
// Hidden figures are zeroed here, before any component or chart renderer sees them, so
// a view that forgets to check a flag shows a 0, never the figure.
import type { Locale, Questionnaire } from "@/lib/questionnaire";
import { isEmptyFilter, type ResponseFilters } from "@/lib/responses/filters";
import { crosstab, type Crosstab, type CrosstabOptions } from "./crosstab";
import { isSmall, protectFigures, type FilterVerdict, type SumConstraint, type Suppression } from "./disclosure";
import { checkFilters, minGroupSize } from "./filter-guard";
import { dashboardOverview, type LabelledCount, type Overview } from "./overview";
import { textAnswers, textCounts, type TextAnswer } from "./queries";
import { dashboardResults, singleItemResult, type DashboardResults, type FrequencyRow, type ItemResult, type RatingScaleResult } from "./results";
import type { DashboardDb } from "./sql";

/** Why a whole view shows nothing: its filtered base, or (open answers) the texts themselves. */
export type WithheldReason = Extract<FilterVerdict, { shown: false }>["reason"];

export type Guarded<T> = { shown: true; value: T } | { shown: false; reason: WithheldReason };

const indices = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/** A row's figures hidden: the count and both percentages. */
function hideRow(row: FrequencyRow, why: Suppression): FrequencyRow {
  return { ...row, n: 0, pct: null, validPct: null, suppressed: why };
}

/**
 * A frequency table with its answered and valid bases. Returns null when a base itself
 * has to be hidden: then the item is withheld as a whole.
 */
function protectRows(rows: FrequencyRow[], answered: number, valid: number, k: number): FrequencyRow[] | null {
  const iAnswered = rows.length;
  const iValid = rows.length + 1;
  const all = indices(0, rows.length);
  const special = all.filter((i) => rows[i]?.special);
  const substantive = all.filter((i) => !rows[i]?.special);
  const constraints: SumConstraint[] = [
    { parts: all, whole: iAnswered },
    { parts: substantive, whole: iValid },
    { parts: [...special, iValid], whole: iAnswered },
  ];
  const hidden = protectFigures([...rows.map((r) => r.n), answered, valid], constraints, k);
  if (hidden.has(iAnswered) || hidden.has(iValid)) return null;
  return rows.map((r, i) => {
    const why = hidden.get(i);
    return why ? hideRow(r, why) : r;
  });
}

function withheldItem(item: ItemResult): ItemResult {
  const zero = { asked: 0, answered: 0, valid: 0, withheld: true as const };
  switch (item.kind) {
    case "single":
    case "multi": {
      const { other: _other, ...rest } = item;
      return { ...rest, ...zero, rows: item.rows.map((r) => hideRow(r, "small")) };
    }
    case "rating":
      return { ...item, ...zero, scales: item.scales.map(withheldScale) };
    case "matrix":
      return { ...item, ...zero, rows: item.rows.map((r) => ({ ...r, answered: 0, valid: 0, rows: r.rows.map((x) => hideRow(x, "small")) })) };
    case "open":
      return { ...item, ...zero };
    default: {
      const _exhaustive: never = item;
      return _exhaustive;
    }
  }
}

function withheldScale(scale: RatingScaleResult): RatingScaleResult {
  return {
    ...scale,
    answered: 0,
    rows: scale.rows.map((r) => hideRow(r, "small")),
    mean: null,
    meanCi: null,
    high: { ...scale.high, n: 0, pct: null, suppressed: "small" },
    withheld: true,
  };
}

function protectScale(scale: RatingScaleResult, k: number): RatingScaleResult {
  if (isSmall(scale.answered, k)) return withheldScale(scale);
  const points = indices(0, scale.rows.length);
  const iAnswered = scale.rows.length;
  const iHigh = scale.rows.length + 1;
  const top = points.filter((i) => (scale.rows[i]?.code ?? -Infinity) >= scale.high.from);
  const hidden = protectFigures(
    [...scale.rows.map((r) => r.n), scale.answered, scale.high.n],
    [
      { parts: points, whole: iAnswered },
      { parts: top, whole: iHigh },
    ],
    k,
  );
  if (hidden.has(iAnswered)) return withheldScale(scale);
  if (hidden.size === 0) return scale;
  const highWhy = hidden.get(iHigh);
  return {
    ...scale,
    rows: scale.rows.map((r, i) => {
      const why = hidden.get(i);
      return why ? hideRow(r, why) : r;
    }),
    // With one figure hidden, the mean (a weighted sum of the counts) and its interval
    // would give the hidden counts back: they are withheld too.
    mean: null,
    meanCi: null,
    high: highWhy ? { ...scale.high, n: 0, pct: null, suppressed: highWhy } : scale.high,
  };
}

/** One item's figures with every count below k hidden; the whole item when a base is below k. */
export function protectItem(item: ItemResult, k: number): ItemResult {
  if (isSmall(item.asked, k) || isSmall(item.answered, k)) return withheldItem(item);
  switch (item.kind) {
    case "single":
    case "multi": {
      const rows = protectRows(item.rows, item.answered, item.valid, k);
      if (!rows) return withheldItem(item);
      const { other, ...rest } = item;
      return { ...rest, rows, ...(other && !isSmall(other.count, k) ? { other } : {}) };
    }
    case "rating":
      return { ...item, scales: item.scales.map((s) => protectScale(s, k)) };
    case "matrix": {
      const rows = item.rows.map((r) => {
        const protectedRows = protectRows(r.rows, r.answered, r.valid, k);
        return protectedRows ? { ...r, rows: protectedRows } : null;
      });
      if (rows.some((r) => r === null)) return withheldItem(item);
      return { ...item, rows: rows.filter((r) => r !== null) };
    }
    case "open":
      return item;
    default: {
      const _exhaustive: never = item;
      return _exhaustive;
    }
  }
}

export function protectResults(results: DashboardResults, k: number): DashboardResults {
  return { total: results.total, items: results.items.map((i) => protectItem(i, k)) };
}

function protectCounts<T extends { n: number; pct: number | null; suppressed?: Suppression }>(rows: T[], total: number, k: number): T[] {
  const hidden = protectFigures([...rows.map((r) => r.n), total], [{ parts: indices(0, rows.length), whole: rows.length }], k);
  return rows.map((r, i) => {
    const why = hidden.get(i);
    return why ? { ...r, n: 0, pct: null, suppressed: why } : r;
  });
}

export function protectOverview(o: Overview, k: number): Overview {
  const perDay = protectCounts(
    o.perDay.map((d) => ({ ...d, pct: null })),
    o.total,
    k,
  ).map(({ pct: _pct, ...d }) => d);
  const pendingSmall = o.pendingToday !== null && isSmall(o.pendingToday, k);
  return {
    ...o,
    perDay,
    byLocale: protectCounts<LabelledCount>(o.byLocale, o.total, k),
    screening: { ...o.screening, rows: protectCounts<LabelledCount>(o.screening.rows, o.total, k) },
    ...(pendingSmall ? { pendingToday: 0, pendingSuppressed: "small" as const } : {}),
  };
}

/**
 * A crosstab with every cell and margin below k hidden, and enough others hidden that no
 * row, column or table total gives one back. With a layer, `unlayered` is the same table
 * without it: a cell whose difference to it is below k is hidden too, or comparing the
 * two tables would show the other layers' small cells.
 */
export function protectCrosstab(table: Crosstab, k: number, unlayered?: Crosstab | null): Crosstab {
  const R = table.lines.length;
  const C = table.columnCodes.length;
  const cell = (i: number, j: number) => i * C + j;
  const rowTotal = (i: number) => R * C + i;
  const colTotal = (j: number) => R * C + R + j;
  const grand = R * C + R + C;
  const values = [
    ...table.lines.flatMap((l) => l.cells.map((c) => c.n)),
    ...table.lines.map((l) => l.total),
    ...table.columnTotals.map((c) => c.n),
    table.total,
  ];
  const constraints: SumConstraint[] = [
    ...indices(0, R).map((i) => ({ parts: indices(0, C).map((j) => cell(i, j)), whole: rowTotal(i) })),
    ...indices(0, C).map((j) => ({ parts: indices(0, R).map((i) => cell(i, j)), whole: colTotal(j) })),
    { parts: indices(0, R).map(rowTotal), whole: grand },
    { parts: indices(0, C).map(colTotal), whole: grand },
  ];
  const alsoHide: number[] = [];
  if (unlayered && unlayered.lines.length === R && unlayered.columnCodes.length === C) {
    const wide = [
      ...unlayered.lines.flatMap((l) => l.cells.map((c) => c.n)),
      ...unlayered.lines.map((l) => l.total),
      ...unlayered.columnTotals.map((c) => c.n),
      unlayered.total,
    ];
    wide.forEach((w, i) => {
      if (isSmall(w - (values[i] ?? 0), k)) alsoHide.push(i);
    });
  }
  const hidden = protectFigures(values, constraints, k, alsoHide);
  if (hidden.size === 0) return table;
  const totalWhy = hidden.get(grand);
  return {
    ...table,
    lines: table.lines.map((line, i) => {
      const rowWhy = hidden.get(rowTotal(i));
      return {
        ...line,
        total: rowWhy ? 0 : line.total,
        totalPct: rowWhy || totalWhy ? null : line.totalPct,
        ...(rowWhy ? { totalSuppressed: rowWhy } : {}),
        cells: line.cells.map((c, j) => {
          const why = hidden.get(cell(i, j));
          if (why) return { ...c, n: 0, rowPct: null, colPct: null, totalPct: null, suppressed: why };
          // A shown count over a hidden total would give the total back.
          return {
            ...c,
            rowPct: rowWhy ? null : c.rowPct,
            colPct: hidden.has(colTotal(j)) ? null : c.colPct,
            totalPct: totalWhy ? null : c.totalPct,
          };
        }),
      };
    }),
    columnTotals: table.columnTotals.map((c, j) => {
      const why = hidden.get(colTotal(j));
      return why ? { ...c, n: 0, pct: null, suppressed: why } : totalWhy ? { ...c, pct: null } : c;
    }),
    total: totalWhy ? 0 : table.total,
    ...(totalWhy ? { totalSuppressed: totalWhy } : {}),
    // χ² and Cramér's V are functions of every cell: with cells hidden they could give them back.
    test: null,
    testWithheld: true,
  };
}

// The guarded entry points, one per view.

export async function guardedResults(q: DashboardDb, def: Questionnaire, locale: Locale, filters: ResponseFilters, k = minGroupSize()): Promise<Guarded<DashboardResults>> {
  const verdict = await checkFilters(q, filters, k);
  if (!verdict.shown) return verdict;
  return { shown: true, value: protectResults(await dashboardResults(q, def, locale, filters), k) };
}

export async function guardedItem(
  q: DashboardDb,
  def: Questionnaire,
  locale: Locale,
  variable: string,
  filters: ResponseFilters,
  k = minGroupSize(),
): Promise<Guarded<ItemResult | null>> {
  const verdict = await checkFilters(q, filters, k);
  if (!verdict.shown) return verdict;
  const item = await singleItemResult(q, def, locale, variable, filters);
  return { shown: true, value: item ? protectItem(item, k) : null };
}

export async function guardedOverview(
  q: DashboardDb,
  def: Questionnaire,
  locale: Locale,
  filters: ResponseFilters,
  localeNames: Record<Locale, string>,
  k = minGroupSize(),
): Promise<Guarded<Overview>> {
  const verdict = await checkFilters(q, filters, k);
  if (!verdict.shown) return verdict;
  return { shown: true, value: protectOverview(await dashboardOverview(q, def, locale, filters, localeNames), k) };
}

export async function guardedCrosstab(
  q: DashboardDb,
  def: Questionnaire,
  locale: Locale,
  rowVariable: string,
  columnVariable: string,
  filters: ResponseFilters,
  options: CrosstabOptions = {},
  k = minGroupSize(),
): Promise<Guarded<Crosstab | null>> {
  const verdict = await checkFilters(q, filters, k);
  if (!verdict.shown) return verdict;
  const table = await crosstab(q, def, locale, rowVariable, columnVariable, filters, options);
  if (!table) return { shown: true, value: null };
  const { layer: _layer, ...withoutLayer } = options;
  const unlayered = options.layer ? await crosstab(q, def, locale, rowVariable, columnVariable, filters, withoutLayer) : null;
  return { shown: true, value: protectCrosstab(table, k, unlayered) };
}

/**
 * Open answers under one variable: withheld when the filtered base may not be shown,
 * when fewer than k wrote one, or when the texts outside this filter are fewer than k
 * (comparing the two lists would show which texts those few wrote).
 */
export async function guardedTextAnswers(
  q: DashboardDb,
  variable: string,
  filters: ResponseFilters,
  page: { offset: number; limit: number },
  k = minGroupSize(),
): Promise<Guarded<{ total: number; rows: TextAnswer[] }>> {
  const verdict = await checkFilters(q, filters, k);
  if (!verdict.shown) return verdict;
  const total = (await textCounts(q, [variable], filters)).get(variable) ?? 0;
  if (isSmall(total, k)) return { shown: false, reason: "small" };
  if (!isEmptyFilter(filters)) {
    const all = (await textCounts(q, [variable], {})).get(variable) ?? 0;
    if (isSmall(all - total, k)) return { shown: false, reason: "complement" };
  }
  return { shown: true, value: await textAnswers(q, variable, filters, page, total) };
}
