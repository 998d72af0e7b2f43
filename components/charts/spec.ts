// What a chart shows, independent of how it is drawn. Values are already formatted in
// the interface language by the caller (lib/dashboard/charts.ts).
export type BarChartSpec = {
  kind: "bars";
  title: string;
  /** value: the bar's length on a 0..max scale (a percentage or a count). */
  rows: { label: string; value: number; display: string }[];
  max?: number;
  note?: string;
};

export type StackedChartSpec = {
  kind: "stacked";
  title: string;
  /** Muted entries ("Hard to say", "Prefer not to answer") are drawn in grey. */
  legend: { label: string; muted?: boolean }[];
  /** One bar per statement; segment i has legend colour i; values are percentages. */
  rows: { label: string; segments: { value: number; display: string }[] }[];
  note?: string;
};

export type ColumnChartSpec = {
  kind: "columns";
  title: string;
  points: { label: string; value: number }[];
  valueLabel: string;
};

export type ChartSpec = BarChartSpec | StackedChartSpec | ColumnChartSpec;
