// Chart geometry: spec → SVG tree. Full-width horizontal bars for frequencies, diverging
// stacked bars centred on neutral for Likert matrices, points with 95% intervals for
// comparing ratings, columns for responses per day. Sized in a 640-unit-wide viewBox
// that scales to the page; every chart carries a <title> and a <desc> listing its values,
// states its base under the plot, and the page has the same figures in a table.
import type { BarChartSpec, ChartSpec, ColumnChartSpec, DivergingChartSpec, IntervalChartSpec, StackedChartSpec } from "./spec";
import { el, wrap, type SvgNode } from "./svg";
import { assertNever } from "@/lib/questionnaire/assert-never";

const W = 640;
const PAD = 8;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
const LABEL_LINE = 16;
const BAR_H = 18;
const ROW_GAP = 10;
const VALUE_SPACE = 130;
const INK = "#0b0c0c";
const MUTED_INK = "#505a5f";
const ACCENT = "#1d4e89";

/** Fill and a readable text colour on it (contrast ≥ 4.5:1 for the in-segment labels). */
const PALETTE: readonly [string, string][] = [
  ["#1d4e89", "#ffffff"],
  ["#4a77b4", "#ffffff"],
  ["#a9c1e0", "#0b0c0c"],
  ["#e3aa62", "#0b0c0c"],
  ["#9a3f0c", "#ffffff"],
  ["#5b2a86", "#ffffff"],
  ["#2f6b3b", "#ffffff"],
];
const MUTED_PALETTE: readonly [string, string][] = [
  ["#b1b4b6", "#0b0c0c"],
  ["#d8dadb", "#0b0c0c"],
];

export type RenderOptions = {
  /** Unique per page: ids of <title>/<desc>. */
  id: string;
  /** Draw the title inside the picture (for downloaded files, which stand alone). */
  heading?: boolean;
};

function heading(title: string, y: number): { nodes: SvgNode[]; height: number } {
  const lines = wrap(title, 62, 4);
  const nodes = lines.map((line, i) => el("text", { x: PAD, y: y + 16 + i * 20, fontSize: 15, fontWeight: 700, fill: INK }, [line]));
  return { nodes, height: lines.length * 20 + 10 };
}

/** Opens a chart's body: its title when the image carries one; returns where drawing goes on. */
function headed(body: SvgNode[], title: string, options: RenderOptions): number {
  if (!options.heading) return PAD;
  const h = heading(title, PAD);
  body.push(...h.nodes);
  return PAD + h.height;
}

function labelLines(label: string, x: number, y: number, maxChars = 76): { nodes: SvgNode[]; height: number } {
  const lines = wrap(label, maxChars);
  return {
    nodes: lines.map((line, i) => el("text", { x, y: y + 12 + i * LABEL_LINE, fontSize: 13, fill: INK }, [line])),
    height: lines.length * LABEL_LINE + 2,
  };
}

/** The base and the note under a chart, in muted text. */
function footer(spec: { base?: string; note?: string }, y: number): { nodes: SvgNode[]; height: number } {
  const nodes: SvgNode[] = [];
  let h = 0;
  for (const [text, weight] of [
    [spec.base, 600],
    [spec.note, 400],
  ] as const) {
    if (!text) continue;
    const lines = wrap(text, 90, 6);
    lines.forEach((line, i) => nodes.push(el("text", { x: PAD, y: y + h + 12 + i * LABEL_LINE, fontSize: 12, fontWeight: weight, fill: MUTED_INK }, [line])));
    h += lines.length * LABEL_LINE + 4;
  }
  return { nodes, height: h };
}

function root(spec: ChartSpec, options: RenderOptions, height: number, body: SvgNode[], summary: string): SvgNode {
  return el(
    "svg",
    {
      viewBox: `0 0 ${W} ${Math.ceil(height)}`,
      width: W,
      height: Math.ceil(height),
      role: "img",
      ariaLabelledby: `${options.id}-title`,
      ariaDescribedby: `${options.id}-desc`,
      fontFamily: FONT,
    },
    [
      el("title", { id: `${options.id}-title` }, [spec.title]),
      el("desc", { id: `${options.id}-desc` }, [summary]),
      el("rect", { x: 0, y: 0, width: W, height: Math.ceil(height), fill: "#ffffff" }),
      ...body,
    ],
  );
}

function renderBars(spec: BarChartSpec, options: RenderOptions): SvgNode {
  const body: SvgNode[] = [];
  let y = headed(body, spec.title, options);
  const max = spec.max ?? Math.max(100, ...spec.rows.map((r) => r.value));
  const barMax = W - 2 * PAD - VALUE_SPACE;
  for (const row of spec.rows) {
    const label = labelLines(row.label, PAD, y);
    body.push(...label.nodes);
    y += label.height;
    const width = max > 0 ? Math.max(0, (row.value / max) * barMax) : 0;
    body.push(
      el("rect", { x: PAD, y, width: width.toFixed(1), height: BAR_H, fill: row.muted ? "#b1b4b6" : ACCENT }, row.hint ? [el("title", {}, [row.hint])] : []),
    );
    // A hairline keeps a zero bar visible as "zero" rather than "missing".
    if (width < 1) body.push(el("line", { x1: PAD, x2: PAD, y1: y, y2: y + BAR_H, stroke: MUTED_INK, strokeWidth: 1 }));
    body.push(el("text", { x: PAD + width + 6, y: y + 13, fontSize: 13, fill: INK }, [row.display]));
    y += BAR_H + ROW_GAP;
  }
  const foot = footer(spec, y);
  body.push(...foot.nodes);
  y += foot.height;
  const summary = [spec.rows.map((r) => `${r.label}: ${r.display}`).join("; "), spec.base].filter(Boolean).join(". ");
  return root(spec, options, y + PAD, body, summary);
}

function colours(legend: StackedChartSpec["legend"]): [string, string][] {
  let regular = 0;
  let muted = 0;
  return legend.map((entry) =>
    entry.muted
      ? (MUTED_PALETTE[muted++ % MUTED_PALETTE.length] as [string, string])
      : (PALETTE[regular++ % PALETTE.length] as [string, string]),
  );
}

function renderStacked(spec: StackedChartSpec, options: RenderOptions): SvgNode {
  const body: SvgNode[] = [];
  let y = headed(body, spec.title, options);
  const palette = colours(spec.legend);
  // Legend: swatch + label, flowing onto new lines.
  let x = PAD;
  spec.legend.forEach((entry, i) => {
    const width = 12 + 6 + Math.ceil(entry.label.length * 7) + 18;
    if (x + width > W - PAD && x > PAD) {
      x = PAD;
      y += 20;
    }
    const [fill] = palette[i] ?? ["#000000"];
    body.push(el("rect", { x, y: y + 2, width: 12, height: 12, fill, stroke: INK, strokeWidth: 0.5 }));
    body.push(el("text", { x: x + 18, y: y + 12, fontSize: 12, fill: INK }, [entry.label]));
    x += width;
  });
  y += 28;
  const full = W - 2 * PAD;
  for (const row of spec.rows) {
    const label = labelLines(row.label, PAD, y);
    body.push(...label.nodes);
    y += label.height;
    let sx = PAD;
    row.segments.forEach((segment, i) => {
      const width = (Math.max(0, segment.value) / 100) * full;
      if (width <= 0) return;
      const [fill, ink] = palette[i] ?? ["#000000", "#ffffff"];
      body.push(el("rect", { x: sx.toFixed(1), y, width: width.toFixed(1), height: BAR_H + 4, fill, stroke: "#ffffff", strokeWidth: 1 }));
      if (width >= 44) {
        body.push(el("text", { x: (sx + width / 2).toFixed(1), y: y + 15, fontSize: 12, fill: ink, textAnchor: "middle" }, [segment.display]));
      }
      sx += width;
    });
    y += BAR_H + 4 + ROW_GAP;
  }
  const foot = footer(spec, y);
  body.push(...foot.nodes);
  y += foot.height;
  const summary = spec.rows
    .map((r) => `${r.label}: ${r.segments.map((s, i) => `${spec.legend[i]?.label ?? ""} ${s.display}`).join(", ")}`)
    .join("; ");
  return root(spec, options, y + PAD, body, summary);
}

function renderColumns(spec: ColumnChartSpec, options: RenderOptions): SvgNode {
  const body: SvgNode[] = [];
  const y = headed(body, spec.title, options);
  const left = PAD + 40;
  const plotW = W - left - PAD;
  const plotH = 160;
  const top = y + 8;
  const max = Math.max(1, ...spec.points.map((p) => p.value));
  body.push(el("text", { x: left - 6, y: top + 4, fontSize: 11, fill: MUTED_INK, textAnchor: "end" }, [String(max)]));
  body.push(el("text", { x: left - 6, y: top + plotH, fontSize: 11, fill: MUTED_INK, textAnchor: "end" }, ["0"]));
  body.push(el("line", { x1: left, x2: left + plotW, y1: top, y2: top, stroke: "#d8dadb", strokeWidth: 1 }));
  body.push(el("line", { x1: left, x2: left + plotW, y1: top + plotH, y2: top + plotH, stroke: MUTED_INK, strokeWidth: 1 }));
  const n = Math.max(1, spec.points.length);
  const slot = plotW / n;
  const barW = Math.max(1, slot * 0.8);
  const every = Math.max(1, Math.ceil(n / 8));
  spec.points.forEach((p, i) => {
    const h = (p.value / max) * plotH;
    const x = left + i * slot + (slot - barW) / 2;
    body.push(el("rect", { x: x.toFixed(1), y: (top + plotH - h).toFixed(1), width: barW.toFixed(1), height: h.toFixed(1), fill: ACCENT }));
    if (i % every === 0) {
      body.push(el("text", { x: (x + barW / 2).toFixed(1), y: top + plotH + 16, fontSize: 11, fill: MUTED_INK, textAnchor: "middle" }, [p.label]));
    }
  });
  const summary = spec.points.map((p) => `${p.label}: ${p.value}`).join("; ");
  return root(spec, options, top + plotH + 26, body, `${spec.valueLabel}. ${summary}`);
}

/** Legend swatches flowing onto new lines; returns the nodes and the height used. */
function legendNodes(entries: { label: string; fill: string }[], y0: number): { nodes: SvgNode[]; height: number } {
  const nodes: SvgNode[] = [];
  let x = PAD;
  let y = y0;
  for (const entry of entries) {
    const width = 12 + 6 + Math.ceil(entry.label.length * 6.6) + 16;
    if (x + width > W - PAD && x > PAD) {
      x = PAD;
      y += 20;
    }
    nodes.push(el("rect", { x, y: y + 2, width: 12, height: 12, fill: entry.fill, stroke: INK, strokeWidth: 0.5 }));
    nodes.push(el("text", { x: x + 18, y: y + 12, fontSize: 12, fill: INK }, [entry.label]));
    x += width;
  }
  return { nodes, height: y - y0 + 28 };
}

/** Colours of a diverging scale: blues for positive, oranges for negative, grey neutral. */
const POSITIVE: readonly [string, string][] = [
  ["#1d4e89", "#ffffff"],
  ["#4a77b4", "#ffffff"],
  ["#a9c1e0", "#0b0c0c"],
];
const NEGATIVE: readonly [string, string][] = [
  ["#9a3f0c", "#ffffff"],
  ["#c96a2b", "#0b0c0c"],
  ["#e3aa62", "#0b0c0c"],
];
const NEUTRAL: [string, string] = ["#d8dadb", "#0b0c0c"];
const APART: [string, string] = ["#b1b4b6", "#0b0c0c"];

function divergingColours(legend: DivergingChartSpec["legend"]): [string, string][] {
  const positives = legend.filter((l) => l.side === "positive").length;
  const negatives = legend.filter((l) => l.side === "negative").length;
  let p = 0;
  let n = 0;
  return legend.map((l) => {
    switch (l.side) {
      case "positive":
        // The strongest agreement gets the darkest blue.
        return (POSITIVE[Math.max(0, POSITIVE.length - positives) + p++] ?? POSITIVE[0]) as [string, string];
      case "negative": {
        // Listed from mild to strong: the strongest is the darkest orange.
        const i = negatives - 1 - n++;
        return (NEGATIVE[i] ?? NEGATIVE[0]) as [string, string];
      }
      case "neutral":
        return NEUTRAL;
      case "apart":
        return APART;
    }
  });
}

function renderDiverging(spec: DivergingChartSpec, options: RenderOptions): SvgNode {
  const body: SvgNode[] = [];
  let y = headed(body, spec.title, options);
  const palette = divergingColours(spec.legend);
  const leg = legendNodes(
    spec.legend.map((l, i) => ({ label: l.label, fill: (palette[i] ?? NEUTRAL)[0] })),
    y,
  );
  body.push(...leg.nodes);
  y += leg.height;
  const hasApart = spec.legend.some((l) => l.side === "apart");
  const apartW = hasApart ? 96 : 0;
  const plotLeft = PAD;
  const plotRight = W - PAD - apartW - (hasApart ? 12 : 0);
  const centre = (plotLeft + plotRight) / 2;
  const half = (plotRight - plotLeft) / 2;
  const idx = (side: string) => spec.legend.flatMap((l, i) => (l.side === side ? [i] : []));
  const neutral = idx("neutral");
  const positive = idx("positive");
  // Negatives from the mildest (next to neutral) outwards; the definition lists them mild → strong.
  const negative = idx("negative");
  const apart = idx("apart");
  let extent = 1;
  for (const row of spec.rows) {
    const v = (i: number) => Math.max(0, row.segments[i]?.value ?? 0);
    const mid = neutral.reduce((a, i) => a + v(i), 0) / 2;
    extent = Math.max(extent, mid + positive.reduce((a, i) => a + v(i), 0), mid + negative.reduce((a, i) => a + v(i), 0));
  }
  const scale = half / extent;
  const rowsTop = y;
  for (const row of spec.rows) {
    const label = labelLines(row.label, PAD, y);
    body.push(...label.nodes);
    y += label.height;
    const v = (i: number) => Math.max(0, row.segments[i]?.value ?? 0);
    const mid = neutral.reduce((a, i) => a + v(i), 0) / 2;
    const segment = (i: number, x: number, width: number) => {
      if (width <= 0) return;
      const [fill, ink] = palette[i] ?? NEUTRAL;
      const seg = row.segments[i];
      const hint = `${spec.legend[i]?.label ?? ""}: ${seg?.display ?? ""}`;
      body.push(el("rect", { x: x.toFixed(1), y, width: width.toFixed(1), height: BAR_H + 4, fill, stroke: "#ffffff", strokeWidth: 1 }, [el("title", {}, [hint])]));
      if (width >= 34 && seg) body.push(el("text", { x: (x + width / 2).toFixed(1), y: y + 15, fontSize: 11, fill: ink, textAnchor: "middle" }, [seg.display]));
    };
    // Neutral straddles the centre; positives to the right (mildest first), negatives to the left.
    let right = centre - mid * scale;
    for (const i of neutral) {
      segment(i, right, v(i) * scale);
      right += v(i) * scale;
    }
    for (const i of [...positive].reverse()) {
      segment(i, right, v(i) * scale);
      right += v(i) * scale;
    }
    let left = centre - mid * scale;
    for (const i of negative) {
      left -= v(i) * scale;
      segment(i, left, v(i) * scale);
    }
    if (hasApart) {
      let ax = W - PAD - apartW;
      for (const i of apart) {
        const width = (v(i) / 100) * apartW;
        segment(i, ax, width);
        const seg = row.segments[i];
        if (seg && width < 34) body.push(el("text", { x: (ax + width + 3).toFixed(1), y: y + 15, fontSize: 11, fill: INK }, [seg.display]));
        ax += width;
      }
    }
    y += BAR_H + 4 + ROW_GAP;
  }
  body.push(el("line", { x1: centre, x2: centre, y1: rowsTop, y2: y - ROW_GAP, stroke: INK, strokeWidth: 1 }));
  const foot = footer(spec, y);
  body.push(...foot.nodes);
  y += foot.height;
  const summary = spec.rows
    .map((r) => `${r.label}: ${r.segments.map((s, i) => `${spec.legend[i]?.label ?? ""} ${s.display}`).join(", ")}`)
    .join("; ");
  return root(spec, options, y + PAD, body, [summary, spec.base].filter(Boolean).join(". "));
}

function renderIntervals(spec: IntervalChartSpec, options: RenderOptions): SvgNode {
  const body: SvgNode[] = [];
  let y = headed(body, spec.title, options);
  const left = PAD + 4;
  // Room for "8,25 [7,98–8,52] n=1 234" beside the axis.
  const right = W - PAD - 190;
  const span = Math.max(1e-9, spec.max - spec.min);
  const xOf = (v: number) => left + ((Math.min(spec.max, Math.max(spec.min, v)) - spec.min) / span) * (right - left);
  const top = y;
  for (const row of spec.rows) {
    const label = labelLines(row.label, PAD, y);
    body.push(...label.nodes);
    y += label.height;
    const cy = y + BAR_H / 2;
    body.push(el("line", { x1: left, x2: right, y1: cy, y2: cy, stroke: "#d8dadb", strokeWidth: 1 }));
    body.push(el("line", { x1: xOf(row.low).toFixed(1), x2: xOf(row.high).toFixed(1), y1: cy, y2: cy, stroke: ACCENT, strokeWidth: 3 }));
    for (const end of [row.low, row.high]) body.push(el("line", { x1: xOf(end).toFixed(1), x2: xOf(end).toFixed(1), y1: cy - 6, y2: cy + 6, stroke: ACCENT, strokeWidth: 2 }));
    body.push(el("rect", { x: (xOf(row.value) - 5).toFixed(1), y: cy - 5, width: 10, height: 10, fill: ACCENT, stroke: "#ffffff", strokeWidth: 1 }, [el("title", {}, [row.display])]));
    body.push(el("text", { x: right + 8, y: cy + 4, fontSize: 12, fill: INK }, [row.display]));
    y += BAR_H + ROW_GAP;
  }
  // Axis with ticks.
  body.push(el("line", { x1: left, x2: right, y1: y, y2: y, stroke: MUTED_INK, strokeWidth: 1 }));
  for (const t of spec.ticks) {
    body.push(el("line", { x1: xOf(t).toFixed(1), x2: xOf(t).toFixed(1), y1: top, y2: y + 4, stroke: "#eeeeee", strokeWidth: 1 }));
    body.push(el("text", { x: xOf(t).toFixed(1), y: y + 16, fontSize: 11, fill: MUTED_INK, textAnchor: "middle" }, [String(t)]));
  }
  y += 24;
  const foot = footer(spec, y);
  body.push(...foot.nodes);
  y += foot.height;
  const summary = [spec.rows.map((r) => `${r.label}: ${r.display}`).join("; "), spec.base].filter(Boolean).join(". ");
  return root(spec, options, y + PAD, body, summary);
}

export function renderChart(spec: ChartSpec, options: RenderOptions): SvgNode {
  switch (spec.kind) {
    case "diverging":
      return renderDiverging(spec, options);
    case "intervals":
      return renderIntervals(spec, options);
    case "bars":
      return renderBars(spec, options);
    case "stacked":
      return renderStacked(spec, options);
    case "columns":
      return renderColumns(spec, options);
    default:
      return assertNever(spec);
  }
}
