// Chart specs from dashboard figures, in the interface language. Pages and the SVG
// download route both build charts here, so a downloaded chart equals the one on screen.
import type { ChartSpec } from "@/components/charts/spec";
import { SPECIAL_CODES } from "@/lib/questionnaire";
import type { Locale } from "@/lib/questionnaire/locale";
import { fill, formatPercent, numberFormat, staffMessages } from "@/lib/i18n/staff";
import type { Overview } from "./overview";
import type { FrequencyRow, ItemResult, MatrixResult, RatingScaleResult } from "./results";

function display(locale: Locale, row: { n: number; pct: number | null }): string {
  return `${formatPercent(locale, row.pct)} (n=${numberFormat(locale).format(row.n)})`;
}

function bars(title: string, rows: FrequencyRow[], locale: Locale, note?: string): ChartSpec {
  return {
    kind: "bars",
    title,
    rows: rows.map((r) => ({ label: r.label, value: r.pct ?? 0, display: display(locale, r) })),
    max: 100,
    ...(note ? { note } : {}),
  };
}

export function ratingChart(item: Extract<ItemResult, { kind: "rating" }>, scale: RatingScaleResult, locale: Locale): ChartSpec {
  const title = scale.label ? `${scale.variable}. ${scale.label}` : `${item.variable}. ${item.question}`;
  const m = staffMessages(locale);
  const mean = scale.mean === null ? "—" : numberFormat(locale, 2).format(scale.mean);
  const note = `${m.results.mean}: ${mean}; ${fill(m.results.high, { from: scale.high.from, to: scale.high.to })}: ${formatPercent(locale, scale.high.pct)}`;
  return bars(title, scale.rows, locale, note);
}

export function matrixChart(item: MatrixResult, locale: Locale): ChartSpec {
  return {
    kind: "stacked",
    title: `${item.variable}. ${item.question}`,
    legend: item.scale.map((s) => ({ label: s.label, ...(SPECIAL_CODES.includes(s.code) ? { muted: true } : {}) })),
    rows: item.rows.map((row) => ({
      label: `${row.variable}. ${row.label}`,
      // Segments are shares of those who rated the row, so each bar spans 100%.
      segments: row.rows.map((r) => {
        const pct = row.answered > 0 ? (r.n / row.answered) * 100 : 0;
        return { value: pct, display: formatPercent(locale, pct) };
      }),
    })),
  };
}

/** The chart(s) of one item: one per rating sub-item, none for open questions. */
export function itemCharts(item: ItemResult, locale: Locale): { id: string; spec: ChartSpec }[] {
  const m = staffMessages(locale);
  switch (item.kind) {
    case "single":
      return [{ id: item.variable, spec: bars(`${item.variable}. ${item.question}`, item.rows, locale) }];
    case "multi":
      return [{ id: item.variable, spec: bars(`${item.variable}. ${item.question}`, item.rows, locale, m.results.multiNote) }];
    case "rating":
      return item.scales.map((s) => ({ id: s.variable, spec: ratingChart(item, s, locale) }));
    case "matrix":
      return [{ id: item.variable, spec: matrixChart(item, locale) }];
    case "open":
      return [];
  }
}

export const OVERVIEW_CHARTS = ["daily", "language", "screening"] as const;
export type OverviewChart = (typeof OVERVIEW_CHARTS)[number];

export function overviewChart(which: OverviewChart, overview: Overview, locale: Locale): ChartSpec {
  const m = staffMessages(locale);
  switch (which) {
    case "daily":
      return {
        kind: "columns",
        title: m.overview.perDay,
        valueLabel: m.overview.responses,
        points: overview.perDay.map((d) => ({ label: d.day.slice(5), value: d.n })),
      };
    case "language":
      return { kind: "bars", title: m.overview.byLanguage, max: 100, rows: overview.byLocale.map((r) => ({ label: r.label, value: r.pct ?? 0, display: display(locale, r) })) };
    case "screening":
      return {
        kind: "bars",
        title: `${m.overview.screening}: ${overview.screening.question}`,
        max: 100,
        rows: overview.screening.rows.map((r) => ({ label: r.label, value: r.pct ?? 0, display: display(locale, r) })),
      };
  }
}
