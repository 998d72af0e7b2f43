// What a chart shows, independent of how it is drawn. Values are already formatted in
// the interface language by the caller (lib/dashboard/charts.ts).
export type BarChartSpec = {
  kind: "bars";
  title: string;
  /**
   * value: the bar's length on a 0..max scale (a percentage or a count). Muted rows
   * ("hard to say", "prefer not") are drawn in grey; `hint` is the hover text.
   */
  rows: { label: string; value: number; display: string; muted?: boolean; hint?: string }[];
  max?: number;
  /** The base of the percentages ("% of those asked (n = 1,234)"), drawn under the bars. */
  base?: string;
  note?: string;
};

export type StackedChartSpec = {
  kind: "stacked";
  title: string;
  /** Muted entries ("Hard to say", "Prefer not to answer") are drawn in grey. */
  legend: { label: string; muted?: boolean }[];
  /** One bar per statement; segment i has legend colour i; values are percentages. */
  rows: { label: string; segments: { value: number; display: string }[] }[];
  base?: string;
  note?: string;
};

/**
 * A diverging stacked bar per statement, centred on the neutral answer (Heiberger &
 * Robbins): legend entries are in the scale's order from the most positive answer, with
 * their side; "apart" entries (hard to say) are drawn in a separate column on the right.
 */
export type DivergingChartSpec = {
  kind: "diverging";
  title: string;
  legend: { label: string; side: "positive" | "neutral" | "negative" | "apart" }[];
  /** Segment i belongs to legend entry i; values are percentages. */
  rows: { label: string; segments: { value: number; display: string }[] }[];
  base?: string;
  note?: string;
};

/** One point with its interval per row on a common axis (means with 95% CI, shares with CI). */
export type IntervalChartSpec = {
  kind: "intervals";
  title: string;
  rows: { label: string; value: number; low: number; high: number; display: string }[];
  min: number;
  max: number;
  ticks: number[];
  base?: string;
  note?: string;
};

export type ColumnChartSpec = {
  kind: "columns";
  title: string;
  points: { label: string; value: number }[];
  valueLabel: string;
  base?: string;
};

export type ChartSpec = BarChartSpec | StackedChartSpec | DivergingChartSpec | IntervalChartSpec | ColumnChartSpec;
