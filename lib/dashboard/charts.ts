// Chart specs from dashboard figures, in the interface language. Pages and the SVG
// download route both build charts here, so a downloaded chart equals the one on screen.
import type { ChartSpec, DivergingChartSpec, IntervalChartSpec } from "@/lib/charts/spec";
import { SPECIAL_CODES } from "@/lib/questionnaire";
import type { Locale } from "@/lib/questionnaire/locale";
import { fill, formatPercent, numberFormat, staffMessages } from "@/lib/i18n/staff";
import { suppressionLabel } from "./disclosure-labels";
import type { GroupMeans } from "./group-means";
import type { Overview } from "./overview";
import { percent, type FrequencyRow, type ItemResult, type MatrixResult, type RatingResult, type RatingScaleResult } from "./results";
import { wilson } from "./stats";
import { assertNever } from "@/lib/questionnaire/assert-never";

function display(locale: Locale, row: { n: number; pct: number | null }): string {
  return `${formatPercent(locale, row.pct)} (n=${numberFormat(locale).format(row.n)})`;
}

/** Which base the percentages use, and how a group of 1–10 ratings is compared. */
export type ChartOptions = { base: "asked" | "valid"; measure: "mean" | "high" };
export const DEFAULT_CHART_OPTIONS: ChartOptions = { base: "asked", measure: "mean" };

/** Options from a query string (`base=valid`, `measure=high`); anything else is the default. */
export function chartOptionsFrom(params: URLSearchParams): ChartOptions {
  return {
    base: params.get("base") === "valid" ? "valid" : "asked",
    measure: params.get("measure") === "high" ? "high" : "mean",
  };
}

/** The options as query parameters (defaults omitted), to keep them in links. */
export function chartOptionsToParams(options: ChartOptions): Record<string, string> {
  return { ...(options.base === "valid" ? { base: "valid" } : {}), ...(options.measure === "high" ? { measure: "high" } : {}) };
}

/** "% of those asked (n = 1,234)" or "Valid % (n = 1,200)". */
export function baseText(locale: Locale, base: ChartOptions["base"], n: number): string {
  const m = staffMessages(locale).analysis.base;
  return fill(base === "valid" ? m.validN : m.askedN, { n: numberFormat(locale).format(n) });
}

function ciText(locale: Locale, n: number, of: number): string | undefined {
  const ci = wilson(n, of);
  if (!ci) return undefined;
  const f = numberFormat(locale, 1);
  return `${staffMessages(locale).analysis.base.ci}: ${f.format(ci.low)}–${f.format(ci.high)}%`;
}

function bars(title: string, rows: FrequencyRow[], locale: Locale, base: { kind: ChartOptions["base"]; n: number }, note?: string): ChartSpec {
  return {
    kind: "bars",
    title,
    rows: rows.map((r) => {
      // A hidden figure is drawn as an empty, muted bar that says why (disclosure.ts).
      if (r.suppressed) return { label: r.label, value: 0, display: suppressionLabel(locale, r.suppressed), muted: true };
      const pct = base.kind === "valid" ? r.validPct : r.pct;
      // In the valid base, "hard to say" / "prefer not" are set apart: grey, with n only.
      const apart = base.kind === "valid" && r.special;
      return {
        label: r.label,
        value: apart ? 0 : (pct ?? 0),
        display: apart ? `n=${numberFormat(locale).format(r.n)}` : display(locale, { n: r.n, pct }),
        ...(apart || r.special ? { muted: true } : {}),
        ...(apart ? {} : { hint: ciText(locale, r.n, base.n) ?? "" }),
      };
    }),
    max: 100,
    base: baseText(locale, base.kind, base.n),
    ...(note ? { note } : {}),
  };
}

/**
 * An open question's coded categories, drawn like a multi-choice item: a bar per category,
 * percentages of the coded answers (a category may be given to several of them).
 */
export function codedChart(title: string, rows: readonly { label: string; n: number | null; pct: number | null }[], base: number, locale: Locale): ChartSpec {
  const frequency: FrequencyRow[] = rows.map((r, i) =>
    r.n === null
      ? { code: i + 1, label: r.label, n: 0, pct: null, validPct: null, special: false, suppressed: "small" }
      : { code: i + 1, label: r.label, n: r.n, pct: r.pct, validPct: r.pct, special: false },
  );
  // The base is the coded answers, not those asked: the chart says so in the coding view's words.
  return { ...bars(title, frequency, locale, { kind: "asked", n: base }), base: fill(staffMessages(locale).coding.codedBase, { n: numberFormat(locale).format(base) }) };
}

export function ratingChart(item: Extract<ItemResult, { kind: "rating" }>, scale: RatingScaleResult, locale: Locale, base: ChartOptions["base"] = "valid"): ChartSpec {
  const title = scale.label ? `${scale.variable}. ${scale.label}` : `${item.variable}. ${item.question}`;
  const m = staffMessages(locale);
  const mean = scale.mean === null ? "—" : numberFormat(locale, 2).format(scale.mean);
  const high = scale.high.suppressed ? suppressionLabel(locale, scale.high.suppressed) : formatPercent(locale, percent(scale.high.n, scale.answered));
  const note = `${m.results.mean}: ${mean}; ${fill(m.results.high, { from: scale.high.from, to: scale.high.to })}: ${high}`;
  return bars(title, scale.rows, locale, base === "valid" ? { kind: "valid", n: scale.answered } : { kind: "asked", n: item.asked }, note);
}

/**
 * The statements of a rating group compared in one chart (the paper's Picture 1): the
 * mean with its 95% interval, or the share rating 8–10 with its Wilson interval.
 */
export function ratingComparisonChart(item: RatingResult, locale: Locale, measure: ChartOptions["measure"]): IntervalChartSpec {
  const a = staffMessages(locale).analysis;
  const f2 = numberFormat(locale, 2);
  const f1 = numberFormat(locale, 1);
  const n = numberFormat(locale);
  const highFrom = item.scales[0]?.high.from ?? item.max;
  const rows = item.scales.map((s) => {
    const label = s.label ? `${s.variable}. ${s.label}` : s.variable;
    if (s.withheld || (measure === "high" && s.high.suppressed) || (measure === "mean" && s.mean === null)) {
      const hidden = s.withheld ? suppressionLabel(locale, "small") : measure === "high" && s.high.suppressed ? suppressionLabel(locale, s.high.suppressed) : "—";
      return { label, value: measure === "high" ? 0 : item.min, low: measure === "high" ? 0 : item.min, high: measure === "high" ? 0 : item.min, display: hidden };
    }
    if (measure === "high") {
      const ci = wilson(s.high.n, s.answered);
      const pct = percent(s.high.n, s.answered) ?? 0;
      return { label, value: pct, low: ci?.low ?? pct, high: ci?.high ?? pct, display: `${f1.format(pct)}% [${f1.format(ci?.low ?? pct)}–${f1.format(ci?.high ?? pct)}] n=${n.format(s.answered)}` };
    }
    const mean = s.mean ?? 0;
    const low = s.meanCi?.low ?? mean;
    const high = s.meanCi?.high ?? mean;
    return { label, value: mean, low, high, display: `${f2.format(mean)} [${f2.format(low)}–${f2.format(high)}] n=${n.format(s.answered)}` };
  });
  const minN = Math.min(...item.scales.map((s) => s.answered));
  const maxN = Math.max(...item.scales.map((s) => s.answered));
  const nText = minN === maxN ? n.format(maxN) : `${n.format(minN)}–${n.format(maxN)}`;
  return {
    kind: "intervals",
    title: `${item.variable}. ${item.question}`,
    rows,
    min: measure === "high" ? 0 : item.min,
    max: measure === "high" ? 100 : item.max,
    ticks: measure === "high" ? [0, 20, 40, 60, 80, 100] : Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i),
    base: `${measure === "high" ? fill(a.ratings.high, { from: highFrom, to: item.max }) : a.ratings.mean}; n = ${nText}. ${a.ratings.note}`,
  };
}

/**
 * The percentage of one matrix cell in the chosen base; the card's table and the chart
 * both take it from here so they cannot disagree. "% of those asked" divides every
 * answer, "hard to say" included, by those asked; the valid base divides substantive
 * answers by the valid ones and "hard to say" (which has no valid %) by those who
 * answered the statement.
 */
export function matrixCellPercent(item: MatrixResult, row: MatrixResult["rows"][number], cell: FrequencyRow, base: ChartOptions["base"]): number | null {
  if (base === "asked") return cell.pct;
  return cell.special ? percent(cell.n, row.answered) : cell.validPct;
}

/**
 * A Likert matrix as diverging stacked bars centred on the neutral answer. The scale is
 * listed from its most positive answer; with an odd number of substantive answers the
 * middle one is neutral. The caption names the scale's own ends (a High–Low scale is not
 * "agreement"), and the base of the set-apart "hard to say" is stated.
 */
export function matrixChart(item: MatrixResult, locale: Locale, base: ChartOptions["base"] = "asked"): ChartSpec {
  const a = staffMessages(locale).analysis;
  const substantive = item.scale.filter((s) => !SPECIAL_CODES.includes(s.code));
  const k = substantive.length;
  const sideOf = (code: number): DivergingChartSpec["legend"][number]["side"] => {
    const i = substantive.findIndex((s) => s.code === code);
    if (i < 0) return "apart";
    if (k % 2 === 1 && i === (k - 1) / 2) return "neutral";
    return i < k / 2 ? "positive" : "negative";
  };
  const nf = numberFormat(locale);
  const range = (values: number[]) => {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    return lo === hi ? nf.format(hi) : `${nf.format(lo)}–${nf.format(hi)}`;
  };
  const specials = item.scale.filter((s) => SPECIAL_CODES.includes(s.code));
  const apartNotes = specials.map((s) =>
    base === "asked" ? fill(a.apartAsked, { label: s.label }) : fill(a.apartValid, { label: s.label, n: range(item.rows.map((r) => r.answered)) }),
  );
  const sides = fill(a.likertNote, { left: substantive[k - 1]?.label ?? "", right: substantive[0]?.label ?? "" });
  return {
    kind: "diverging",
    title: `${item.variable}. ${item.question}`,
    legend: item.scale.map((s) => ({ label: s.label, side: sideOf(s.code) })),
    rows: item.rows.map((row) => ({
      label: `${row.variable}. ${row.label}`,
      segments: row.rows.map((r) => {
        if (r.suppressed) return { value: 0, display: suppressionLabel(locale, r.suppressed) };
        const pct = matrixCellPercent(item, row, r, base) ?? 0;
        return { value: pct, display: formatPercent(locale, pct) };
      }),
    })),
    base: base === "valid" ? fill(a.base.validN, { n: range(item.rows.map((r) => r.valid)) }) : fill(a.base.askedN, { n: nf.format(item.asked) }),
    note: [sides, ...apartNotes].join(" "),
  };
}

/** Group means of a rating with their 95% intervals on the rating's own scale. */
export function groupMeansChart(result: GroupMeans, locale: Locale): IntervalChartSpec {
  const m = staffMessages(locale).analysis.groupMeans;
  const f2 = numberFormat(locale, 2);
  const n = numberFormat(locale);
  const values = result.rating.codes.map((c) => c.code);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const rows = result.groups.flatMap((g) => {
    const s = g.summary;
    if (!s) return [];
    return [{ label: g.label, value: s.mean, low: s.low, high: s.high, display: `${f2.format(s.mean)} [${f2.format(s.low)}–${f2.format(s.high)}] n=${n.format(s.n)}` }];
  });
  return {
    kind: "intervals",
    title: `${result.rating.label} — ${result.group.label}`,
    rows,
    min,
    max,
    ticks: values,
    base: fill(m.chartBase, { n: n.format(result.total?.n ?? 0) }),
  };
}

/** The chart(s) of one item: rating groups get the comparison plus one distribution per statement. */
export function itemCharts(item: ItemResult, locale: Locale, options: ChartOptions = DEFAULT_CHART_OPTIONS): { id: string; spec: ChartSpec }[] {
  const m = staffMessages(locale);
  const title = `${item.variable}. ${item.question}`;
  const base = { kind: options.base, n: options.base === "valid" ? item.valid : item.asked };
  switch (item.kind) {
    case "single":
      return [{ id: item.variable, spec: bars(title, item.rows, locale, base) }];
    case "multi":
      return [{ id: item.variable, spec: bars(title, item.rows, locale, base, fill(m.analysis.multiBase, { n: numberFormat(locale).format(item.answered) })) }];
    case "rating": {
      const distributions = item.scales.map((s) => ({ id: s.variable, spec: ratingChart(item, s, locale, options.base) }));
      if (item.scales.length < 2) return distributions;
      return [{ id: item.variable, spec: ratingComparisonChart(item, locale, options.measure) }, ...distributions];
    }
    case "matrix":
      return [{ id: item.variable, spec: matrixChart(item, locale, options.base) }];
    case "open":
      return [];
    default:
      return assertNever(item);
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
        // A hidden day is drawn as no column; its label says why.
        points: overview.perDay.map((d) => ({ label: d.suppressed ? `${d.day.slice(5)} (${suppressionLabel(locale, d.suppressed)})` : d.day.slice(5), value: d.n })),
      };
    case "language":
      return {
        kind: "bars",
        title: m.overview.byLanguage,
        max: 100,
        rows: overview.byLocale.map((r) => ({ label: r.label, value: r.pct ?? 0, display: r.suppressed ? suppressionLabel(locale, r.suppressed) : display(locale, r) })),
        base: baseText(locale, "asked", overview.total),
      };
    case "screening":
      return {
        kind: "bars",
        title: `${m.overview.screening}: ${overview.screening.question}`,
        max: 100,
        rows: overview.screening.rows.map((r) => ({ label: r.label, value: r.pct ?? 0, display: r.suppressed ? suppressionLabel(locale, r.suppressed) : display(locale, r) })),
        base: baseText(locale, "asked", overview.total),
      };
    default:
      return assertNever(which);
  }
}
