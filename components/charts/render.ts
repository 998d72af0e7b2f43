// Chart geometry: spec → SVG tree. Horizontal bars for frequencies, one stacked bar per
// statement for matrices, columns for responses per day. Sized in a 640-unit-wide
// viewBox that scales down to any screen; every chart carries a <title> and a <desc>
// listing its values, and the page shows the same figures in a table next to it.
import type { BarChartSpec, ChartSpec, ColumnChartSpec, StackedChartSpec } from "./spec";
import { el, wrap, type SvgNode } from "./svg";

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
  const lines = wrap(title, 72, 3);
  const nodes = lines.map((line, i) => el("text", { x: PAD, y: y + 16 + i * 20, fontSize: 15, fontWeight: 700, fill: INK }, [line]));
  return { nodes, height: lines.length * 20 + 10 };
}

function labelLines(label: string, x: number, y: number, maxChars = 84): { nodes: SvgNode[]; height: number } {
  const lines = wrap(label, maxChars);
  return {
    nodes: lines.map((line, i) => el("text", { x, y: y + 12 + i * LABEL_LINE, fontSize: 13, fill: INK }, [line])),
    height: lines.length * LABEL_LINE + 2,
  };
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
  let y = PAD;
  if (options.heading) {
    const h = heading(spec.title, y);
    body.push(...h.nodes);
    y += h.height;
  }
  const max = spec.max ?? Math.max(100, ...spec.rows.map((r) => r.value));
  const barMax = W - 2 * PAD - VALUE_SPACE;
  for (const row of spec.rows) {
    const label = labelLines(row.label, PAD, y);
    body.push(...label.nodes);
    y += label.height;
    const width = max > 0 ? Math.max(0, (row.value / max) * barMax) : 0;
    body.push(el("rect", { x: PAD, y, width: width.toFixed(1), height: BAR_H, fill: ACCENT }));
    // A hairline keeps a zero bar visible as "zero" rather than "missing".
    if (width < 1) body.push(el("line", { x1: PAD, x2: PAD, y1: y, y2: y + BAR_H, stroke: MUTED_INK, strokeWidth: 1 }));
    body.push(el("text", { x: PAD + width + 6, y: y + 13, fontSize: 13, fill: INK }, [row.display]));
    y += BAR_H + ROW_GAP;
  }
  if (spec.note) {
    const note = wrap(spec.note, 90);
    note.forEach((line, i) => body.push(el("text", { x: PAD, y: y + 12 + i * LABEL_LINE, fontSize: 12, fill: MUTED_INK }, [line])));
    y += note.length * LABEL_LINE + 4;
  }
  const summary = spec.rows.map((r) => `${r.label}: ${r.display}`).join("; ");
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
  let y = PAD;
  if (options.heading) {
    const h = heading(spec.title, y);
    body.push(...h.nodes);
    y += h.height;
  }
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
  if (spec.note) {
    const note = wrap(spec.note, 90);
    note.forEach((line, i) => body.push(el("text", { x: PAD, y: y + 12 + i * LABEL_LINE, fontSize: 12, fill: MUTED_INK }, [line])));
    y += note.length * LABEL_LINE + 4;
  }
  const summary = spec.rows
    .map((r) => `${r.label}: ${r.segments.map((s, i) => `${spec.legend[i]?.label ?? ""} ${s.display}`).join(", ")}`)
    .join("; ");
  return root(spec, options, y + PAD, body, summary);
}

function renderColumns(spec: ColumnChartSpec, options: RenderOptions): SvgNode {
  const body: SvgNode[] = [];
  let y = PAD;
  if (options.heading) {
    const h = heading(spec.title, y);
    body.push(...h.nodes);
    y += h.height;
  }
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

export function renderChart(spec: ChartSpec, options: RenderOptions): SvgNode {
  switch (spec.kind) {
    case "bars":
      return renderBars(spec, options);
    case "stacked":
      return renderStacked(spec, options);
    case "columns":
      return renderColumns(spec, options);
  }
}
