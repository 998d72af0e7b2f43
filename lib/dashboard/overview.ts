// The overview figures: responses in total, per day, per language and by screening answer.
import { findItem, optionsOf, type Locale, type Questionnaire } from "@/lib/questionnaire";
import { responseFilterSql, type ResponseFilters } from "@/lib/responses/filters";
import { incremental, snapshot } from "./cache";
import { releaseCutoff } from "@/lib/responses/release";
import type { DayRange } from "./queries";
import type { Suppression } from "./disclosure";
import { percent } from "./results";
import { num, queryRows, type DashboardDb } from "./sql";

export type LabelledCount = { key: string; label: string; n: number; pct: number | null; suppressed?: Suppression };

export type Overview = {
  total: number;
  /**
   * Responses submitted today and not released yet (results released by day), across
   * all filters so it cannot single one out; null when results are not delayed.
   */
  pendingToday: number | null;
  /** pendingToday is below the minimum group size (then shown as "fewer than k", the value zeroed). */
  pendingSuppressed?: Suppression;
  perDay: { day: string; n: number; suppressed?: Suppression }[];
  byLocale: LabelledCount[];
  screening: { question: string; rows: LabelledCount[] };
};

/** Every day from the first to the last, so days without responses show as zero. */
export function fillDays(rows: { day: string; n: number }[]): { day: string; n: number }[] {
  if (rows.length === 0) return [];
  const byDay = new Map(rows.map((r) => [r.day, r.n]));
  const first = rows[0]?.day ?? "";
  const last = rows[rows.length - 1]?.day ?? "";
  const out: { day: string; n: number }[] = [];
  const cursor = new Date(`${first}T00:00:00Z`);
  const end = new Date(`${last}T00:00:00Z`);
  // Capped at ~3 years of days: a stray far-off date must not build a huge chart.
  for (let i = 0; cursor <= end && i < 1100; i++) {
    const day = cursor.toISOString().slice(0, 10);
    out.push({ day, n: byDay.get(day) ?? 0 });
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return out;
}

type Cell = { day: string; locale: string; screening: number | null; n: number };

/** One pass over the filtered responses: counts per (day, language, screening answer). */
async function overviewCells(q: DashboardDb, filters: ResponseFilters, range?: DayRange): Promise<Map<string, Cell>> {
  const f = responseFilterSql(filters);
  const where = range ? `r."submittedOn" >= ? AND r."submittedOn" < ? AND ${f.sql}` : f.sql;
  const rows = await queryRows<{ d: string; l: string; s: unknown; n: unknown }>(
    q,
    `SELECT r."submittedOn" AS d, r."locale" AS l, r."screening" AS s, COUNT(*) AS n FROM "Response" r WHERE ${where}
     GROUP BY r."submittedOn", r."locale", r."screening"`,
    range ? [range.from, range.before, ...f.params] : f.params,
  );
  const out = new Map<string, Cell>();
  for (const r of rows) {
    const screening = r.s === null || r.s === undefined ? null : num(r.s);
    out.set(`${r.d}|${r.l}|${screening}`, { day: r.d, locale: r.l, screening, n: num(r.n) });
  }
  return out;
}

function mergeCells(a: Map<string, Cell>, b: Map<string, Cell>): Map<string, Cell> {
  const out = new Map(a);
  for (const [k, cell] of b) {
    const prev = out.get(k);
    out.set(k, prev ? { ...prev, n: prev.n + cell.n } : cell);
  }
  return out;
}

export async function dashboardOverview(
  q: DashboardDb,
  def: Questionnaire,
  locale: Locale,
  filters: ResponseFilters,
  localeNames: Record<Locale, string>,
): Promise<Overview> {
  const snap = await snapshot(q);
  const cells = [...(await incremental(q, snap, `overview:${JSON.stringify(filters)}`, (range) => overviewCells(q, filters, range), mergeCells)).values()];
  const total = cells.reduce((acc, c) => acc + c.n, 0);
  const sumBy = <K>(key: (c: Cell) => K) => {
    const m = new Map<K, number>();
    for (const c of cells) m.set(key(c), (m.get(key(c)) ?? 0) + c.n);
    return m;
  };
  const days = [...sumBy((c) => c.day)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const perDay = fillDays(days.map(([day, n]) => ({ day, n })));
  const locales = sumBy((c) => c.locale);
  const byLocale = (["kk", "ru", "en"] as const).map((l) => {
    const n = locales.get(l) ?? 0;
    return { key: l, label: localeNames[l], n, pct: percent(n, total) };
  });
  const screening = sumBy((c) => c.screening);
  const screeningVariable = def.screening.variable;
  const placed = findItem(def, screeningVariable);
  const options = placed ? (optionsOf(placed.item) ?? []) : [];
  const rows = options.map((o) => {
    const n = screening.get(o.code) ?? 0;
    return { key: String(o.code), label: o.label[locale], n, pct: percent(n, total) };
  });
  const cutoff = releaseCutoff();
  let pendingToday: number | null = null;
  if (cutoff) {
    const [row] = await queryRows<{ n: unknown }>(q, `SELECT COUNT(*) AS n FROM "Response" WHERE "submittedOn" >= ?`, [cutoff]);
    pendingToday = num(row?.n);
  }
  return { total, pendingToday, perDay, byLocale, screening: { question: placed?.item.text[locale] ?? screeningVariable, rows } };
}
