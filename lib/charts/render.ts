// Chart geometry: spec → SVG tree. Full-width horizontal bars for frequencies, diverging
// stacked bars centred on neutral for Likert matrices, points with 95% intervals for
// comparing ratings, columns for responses per day. Drawn in a 640-unit-wide viewBox at
// 1 unit = 1 CSS px (the page lets a chart scroll in its box rather than shrink it, so
// no text is ever below 11 px). Every text is measured with the font it is drawn in
// (measure.ts) and placed so that it never crosses another text, a bar or a line
// (tests/dashboard/chart-layout.test.ts checks every chart kind in every language).
// Every chart carries a <title> and a <desc> listing its values and states its base.
import type { BarChartSpec, ChartSpec, ColumnChartSpec, DivergingChartSpec, IntervalChartSpec, StackedChartSpec } from "./spec";
import { el, type SvgNode } from "./svg";
import { abbreviate, ASCENT, DESCENT, textWidth, wrapText } from "./measure";
import { assertNever } from "@/lib/questionnaire/assert-never";

export const CHART_WIDTH = 640;
const W = CHART_WIDTH;
const PAD = 8;
/** Noto Sans first: the font the layout is measured with (served by the admin layout). */
export const CHART_FONT = "'Noto Sans', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
/** The smallest text drawn anywhere in a chart, in px. */
export const MIN_FONT_SIZE = 11;
const LABEL_SIZE = 13;
const SMALL = 11;
const BAR_H = 18;
const SEG_H = BAR_H + 4;
const ROW_GAP = 10;
/** Between a row's label and its bar, so the centre line's ticks stay clear of the label. */
const LABEL_GAP = 5;
const INK = "#0b0c0c";
const MUTED_INK = "#505a5f";
const ACCENT = "#1d4e89";

/** The height of one line of text at `size` px: the font's ascent + descent, rounded up. */
export function lineHeight(size: number): number {
  return Math.ceil((ASCENT + DESCENT) * size) + 1;
}

/** The baseline that centres a line of text of `size` px in a band [top, top + height]. */
function centredBaseline(top: number, height: number, size: number): number {
  return top + height / 2 + ((ASCENT - DESCENT) / 2) * size;
}

export type RenderOptions = {
  /** Unique per page: ids of <title>/<desc>. */
  id: string;
  /** Draw the title inside the picture (for downloaded files, which stand alone). */
  heading?: boolean;
};

type Block = { nodes: SvgNode[]; height: number };

function text(x: number, y: number, size: number, content: string, attrs: Record<string, string | number> = {}): SvgNode {
  return el("text", { x: round(x), y: round(y), fontSize: size, fill: INK, ...attrs }, [content]);
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Wrapped lines from `y` (the block's top) down, each `lineHeight(size)` tall. */
function textBlock(content: string, x: number, y: number, width: number, size: number, attrs: Record<string, string | number> = {}, maxLines = 4): Block {
  const weight = Number(attrs.fontWeight ?? 400);
  const lines = wrapText(content, width, size, weight, maxLines);
  const lh = lineHeight(size);
  return {
    nodes: lines.map((line, i) => text(x, y + i * lh + ASCENT * size, size, line, attrs)),
    height: lines.length * lh,
  };
}

/** Opens a chart's body: its title when the image carries one; returns where drawing goes on. */
function headed(body: SvgNode[], title: string, options: RenderOptions): number {
  if (!options.heading) return PAD;
  const h = textBlock(title, PAD, PAD, W - 2 * PAD, 15, { fontWeight: 700 });
  body.push(...h.nodes);
  return PAD + h.height + 8;
}

/** The base and the note under a chart, in muted text. */
function footer(spec: { base?: string; note?: string }, y: number): Block {
  const nodes: SvgNode[] = [];
  let h = 4;
  for (const [content, weight] of [
    [spec.base, 600],
    [spec.note, 400],
  ] as const) {
    if (!content) continue;
    const b = textBlock(content, PAD, y + h, W - 2 * PAD, 12, { fontWeight: weight, fill: MUTED_INK }, 6);
    nodes.push(...b.nodes);
    h += b.height + 4;
  }
  return { nodes, height: h };
}

/**
 * Legend swatches in the order given (the caller passes the bars' left-to-right order),
 * flowing onto new lines; each entry is measured, and one too wide for a line is shortened.
 */
function legendBlock(entries: { label: string; fill: string; pattern?: boolean }[], y0: number): Block {
  const nodes: SvgNode[] = [];
  const size = 12;
  const lh = lineHeight(size) + 4;
  let x = PAD;
  let y = y0;
  for (const entry of entries) {
    const label = abbreviate(entry.label, W - 2 * PAD - 20, size);
    const width = 14 + 6 + textWidth(label, size) + 16;
    if (x + width > W - PAD && x > PAD) {
      x = PAD;
      y += lh;
    }
    nodes.push(el("rect", { x: round(x), y: y + 2, width: 14, height: 14, fill: entry.fill, stroke: INK, strokeWidth: 0.75 }));
    if (entry.pattern) nodes.push(...hatch(x, y + 2, 14, 14));
    nodes.push(text(x + 20, centredBaseline(y, 18, size), size, label));
    x += width;
  }
  return { nodes, height: y - y0 + lh + 6 };
}

/** Diagonal hatching, so set-apart answers read as different in greyscale too. */
function hatch(x: number, y: number, w: number, h: number): SvgNode[] {
  const nodes: SvgNode[] = [];
  for (let d = 4; d < w + h; d += 5) {
    const x1 = x + Math.max(0, d - h);
    const y1 = y + Math.min(h, d);
    const x2 = x + Math.min(w, d);
    const y2 = y + Math.max(0, d - w);
    nodes.push(el("line", { x1: round(x1), y1: round(y1), x2: round(x2), y2: round(y2), stroke: "#ffffff", strokeWidth: 1, "data-pattern": 1 }));
  }
  return nodes;
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
      fontFamily: CHART_FONT,
    },
    [
      el("title", { id: `${options.id}-title` }, [spec.title]),
      el("desc", { id: `${options.id}-desc` }, [summary]),
      el("rect", { x: 0, y: 0, width: W, height: Math.ceil(height), fill: "#ffffff", "data-background": 1 }),
      ...body,
    ],
  );
}

/** Labels up to this wide (px) go beside their bars, which halves a long list's height. */
const INLINE_LABEL_MAX = 210;
/** A long list (regions) goes beside its bars anyway, its longest labels wrapped in the column. */
const INLINE_ROWS = 7;
const LABEL_COLUMN_MAX = 230;

function renderBars(spec: BarChartSpec, options: RenderOptions): SvgNode {
  const body: SvgNode[] = [];
  let y = headed(body, spec.title, options);
  const max = spec.max ?? Math.max(100, ...spec.rows.map((r) => r.value));
  // Room beside the longest bar for the longest value label, so it always fits outside.
  const valueSpace = Math.min(260, Math.max(60, ...spec.rows.map((r) => textWidth(r.display, LABEL_SIZE))) + 12);
  const labelWidth = Math.max(0, ...spec.rows.map((r) => textWidth(r.label, LABEL_SIZE)));
  const inline = labelWidth <= INLINE_LABEL_MAX || spec.rows.length >= INLINE_ROWS;
  const column = Math.min(LABEL_COLUMN_MAX, Math.ceil(labelWidth));
  const barX = inline ? PAD + column + 10 : PAD;
  const barMax = W - PAD - barX - valueSpace;
  const lh = lineHeight(LABEL_SIZE);
  for (const row of spec.rows) {
    let barY = y;
    let rowH = BAR_H;
    if (inline) {
      // The label in its column, centred on the bar; a long one wraps (the row grows).
      const lines = wrapText(row.label, column, LABEL_SIZE, 400, 3);
      rowH = Math.max(BAR_H, lines.length * lh);
      const top = y + (rowH - lines.length * lh) / 2;
      lines.forEach((line, i) => body.push(text(PAD, top + i * lh + ASCENT * LABEL_SIZE, LABEL_SIZE, line)));
      barY = y + (rowH - BAR_H) / 2;
    } else {
      const label = textBlock(row.label, PAD, y, W - 2 * PAD, LABEL_SIZE);
      body.push(...label.nodes);
      y += label.height + 2;
      barY = y;
    }
    const width = max > 0 ? Math.max(0, (row.value / max) * barMax) : 0;
    body.push(el("rect", { x: barX, y: round(barY), width: round(width), height: BAR_H, fill: row.muted ? "#b1b4b6" : ACCENT }, row.hint ? [el("title", {}, [row.hint])] : []));
    if (row.muted && width >= 6) body.push(...hatch(barX, barY, width, BAR_H));
    // A hairline keeps a zero bar visible as "zero" rather than "missing".
    if (width < 1) body.push(el("line", { x1: barX, x2: barX, y1: round(barY), y2: round(barY + BAR_H), stroke: MUTED_INK, strokeWidth: 1 }));
    body.push(text(barX + width + 6, centredBaseline(barY, BAR_H, LABEL_SIZE), LABEL_SIZE, abbreviate(row.display, W - PAD - (barX + width + 6), LABEL_SIZE)));
    y += rowH + (inline ? 8 : ROW_GAP);
  }
  const foot = footer(spec, y);
  body.push(...foot.nodes);
  y += foot.height;
  const summary = [spec.rows.map((r) => `${r.label}: ${r.display}`).join("; "), spec.base].filter(Boolean).join(". ");
  return root(spec, options, y + PAD, body, summary);
}

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

function colours(legend: StackedChartSpec["legend"]): [string, string][] {
  let regular = 0;
  let muted = 0;
  return legend.map((entry) =>
    entry.muted ? (MUTED_PALETTE[muted++ % MUTED_PALETTE.length] as [string, string]) : (PALETTE[regular++ % PALETTE.length] as [string, string]),
  );
}

/** A segment's value label inside it, when the measured label fits with a margin. */
function segmentLabel(display: string, x: number, y: number, width: number, ink: string): SvgNode | null {
  if (textWidth(display, SMALL) + 6 > width) return null;
  return text(x + width / 2, centredBaseline(y, SEG_H, SMALL), SMALL, display, { fill: ink, textAnchor: "middle" });
}

function renderStacked(spec: StackedChartSpec, options: RenderOptions): SvgNode {
  const body: SvgNode[] = [];
  let y = headed(body, spec.title, options);
  const palette = colours(spec.legend);
  const leg = legendBlock(
    spec.legend.map((l, i) => ({ label: l.label, fill: (palette[i] ?? ["#000000"])[0], pattern: l.muted === true })),
    y,
  );
  body.push(...leg.nodes);
  y += leg.height;
  const full = W - 2 * PAD;
  for (const row of spec.rows) {
    const label = textBlock(row.label, PAD, y, full, LABEL_SIZE);
    body.push(...label.nodes);
    y += label.height + 2;
    let sx = PAD;
    row.segments.forEach((segment, i) => {
      const width = (Math.max(0, segment.value) / 100) * full;
      if (width <= 0) return;
      const [fill, ink] = palette[i] ?? ["#000000", "#ffffff"];
      body.push(el("rect", { x: round(sx), y, width: round(width), height: SEG_H, fill, stroke: "#ffffff", strokeWidth: 1 }));
      const l = segmentLabel(segment.display, sx, y, width, ink);
      if (l) body.push(l);
      sx += width;
    });
    y += SEG_H + ROW_GAP;
  }
  const foot = footer(spec, y);
  body.push(...foot.nodes);
  y += foot.height;
  const summary = spec.rows.map((r) => `${r.label}: ${r.segments.map((s, i) => `${spec.legend[i]?.label ?? ""} ${s.display}`).join(", ")}`).join("; ");
  return root(spec, options, y + PAD, body, summary);
}

function renderColumns(spec: ColumnChartSpec, options: RenderOptions): SvgNode {
  const body: SvgNode[] = [];
  const y = headed(body, spec.title, options);
  const max = Math.max(1, ...spec.points.map((p) => p.value));
  const left = PAD + Math.ceil(textWidth(String(max), SMALL)) + 8;
  const plotW = W - left - PAD;
  const plotH = 160;
  const top = y + 8;
  body.push(text(left - 6, top + 4, SMALL, String(max), { fill: MUTED_INK, textAnchor: "end" }));
  body.push(text(left - 6, top + plotH, SMALL, "0", { fill: MUTED_INK, textAnchor: "end" }));
  body.push(el("line", { x1: left, x2: left + plotW, y1: top, y2: top, stroke: "#d8dadb", strokeWidth: 1 }));
  body.push(el("line", { x1: left, x2: left + plotW, y1: top + plotH, y2: top + plotH, stroke: MUTED_INK, strokeWidth: 1 }));
  const n = Math.max(1, spec.points.length);
  const slot = plotW / n;
  const barW = Math.max(1, slot * 0.8);
  // Label every k-th column, k chosen so that the widest label fits in k slots.
  const widest = Math.max(1, ...spec.points.map((p) => textWidth(p.label, SMALL)));
  const every = Math.max(1, Math.ceil((widest + 8) / slot));
  spec.points.forEach((p, i) => {
    const h = (p.value / max) * plotH;
    const x = left + i * slot + (slot - barW) / 2;
    body.push(el("rect", { x: round(x), y: round(top + plotH - h), width: round(barW), height: round(h), fill: ACCENT }));
    if (i % every === 0) {
      const cx = Math.min(W - PAD - textWidth(p.label, SMALL) / 2, Math.max(left + textWidth(p.label, SMALL) / 2, x + barW / 2));
      body.push(text(cx, top + plotH + 4 + ASCENT * SMALL, SMALL, p.label, { fill: MUTED_INK, textAnchor: "middle" }));
    }
  });
  const summary = spec.points.map((p) => `${p.label}: ${p.value}`).join("; ");
  return root(spec, options, top + plotH + 4 + lineHeight(SMALL) + PAD, body, `${spec.valueLabel}. ${summary}`);
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

/**
 * The colour of each legend entry. Strong answers are dark and mild ones light on both
 * sides, so in greyscale the lightness still orders the scale; "apart" is hatched.
 */
function divergingColours(legend: DivergingChartSpec["legend"]): [string, string][] {
  const negatives = legend.filter((l) => l.side === "negative").length;
  let p = 0;
  let n = 0;
  return legend.map((l) => {
    switch (l.side) {
      case "positive":
        // The strongest agreement gets the darkest blue.
        return (POSITIVE[Math.min(POSITIVE.length - 1, p++)] ?? POSITIVE[0]) as [string, string];
      case "negative": {
        // Listed from mild to strong: the strongest is the darkest orange.
        const i = negatives - 1 - n++;
        return (NEGATIVE[i] ?? NEGATIVE[0]) as [string, string];
      }
      case "neutral":
        return NEUTRAL;
      case "apart":
        return APART;
      default:
        return assertNever(l.side);
    }
  });
}

/**
 * The legend entries in the order the bars are drawn from left to right: the strongest
 * negative answer first, through neutral, to the strongest positive, then those set apart.
 */
export function divergingOrder(legend: DivergingChartSpec["legend"]): number[] {
  const idx = (side: string) => legend.flatMap((l, i) => (l.side === side ? [i] : []));
  return [...idx("negative").reverse(), ...idx("neutral"), ...idx("positive").reverse(), ...idx("apart")];
}

function renderDiverging(spec: DivergingChartSpec, options: RenderOptions): SvgNode {
  const body: SvgNode[] = [];
  let y = headed(body, spec.title, options);
  const palette = divergingColours(spec.legend);
  const leg = legendBlock(
    divergingOrder(spec.legend).map((i) => ({ label: spec.legend[i]?.label ?? "", fill: (palette[i] ?? NEUTRAL)[0], pattern: spec.legend[i]?.side === "apart" })),
    y,
  );
  body.push(...leg.nodes);
  y += leg.height;
  const hasApart = spec.legend.some((l) => l.side === "apart");
  const apartW = hasApart ? 110 : 0;
  const plotLeft = PAD;
  const plotRight = W - PAD - apartW - (hasApart ? 16 : 0);
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
  for (const row of spec.rows) {
    const label = textBlock(row.label, PAD, y, W - 2 * PAD, LABEL_SIZE);
    body.push(...label.nodes);
    y += label.height + LABEL_GAP;
    const v = (i: number) => Math.max(0, row.segments[i]?.value ?? 0);
    const mid = neutral.reduce((a, i) => a + v(i), 0) / 2;
    const segment = (i: number, x: number, width: number, labelled = true) => {
      if (width <= 0) return;
      const [fill, ink] = palette[i] ?? NEUTRAL;
      const seg = row.segments[i];
      const hint = `${spec.legend[i]?.label ?? ""}: ${seg?.display ?? ""}`;
      body.push(el("rect", { x: round(x), y, width: round(width), height: SEG_H, fill, stroke: "#ffffff", strokeWidth: 1 }, [el("title", {}, [hint])]));
      const l = labelled && seg ? segmentLabel(seg.display, x, y, width, ink) : null;
      // Hatched like its legend swatch, except under its own label (which it would cross).
      if (spec.legend[i]?.side === "apart" && width >= 6 && !l) body.push(...hatch(x, y, width, SEG_H));
      if (l) body.push(l);
    };
    // The centre line shows only as ticks above and below each bar: drawn through the
    // bar it would cut the neutral label ("41|.6%") and the row labels above.
    body.push(el("line", { x1: round(centre), x2: round(centre), y1: y - 4, y2: y, stroke: INK, strokeWidth: 1.5 }));
    body.push(el("line", { x1: round(centre), x2: round(centre), y1: y + SEG_H, y2: y + SEG_H + 4, stroke: INK, strokeWidth: 1.5 }));
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
      // Set apart on the right on its own 0–100% scale; a value too long for its segment
      // is written after the last segment (others are in the table and the hover text).
      let ax = W - PAD - apartW;
      apart.forEach((i, k) => {
        const width = (v(i) / 100) * apartW;
        const seg = row.segments[i];
        const inside = seg ? textWidth(seg.display, SMALL) + 6 <= width : false;
        segment(i, ax, width);
        if (seg && !inside && k === apart.length - 1 && ax + width + 3 + textWidth(seg.display, SMALL) <= W - PAD) {
          body.push(text(ax + width + 3, centredBaseline(y, SEG_H, SMALL), SMALL, seg.display));
        }
        ax += width;
      });
    }
    y += SEG_H + ROW_GAP;
  }
  const foot = footer(spec, y);
  body.push(...foot.nodes);
  y += foot.height;
  const summary = spec.rows.map((r) => `${r.label}: ${r.segments.map((s, i) => `${spec.legend[i]?.label ?? ""} ${s.display}`).join(", ")}`).join("; ");
  return root(spec, options, y + PAD, body, [summary, spec.base].filter(Boolean).join(". "));
}

function renderIntervals(spec: IntervalChartSpec, options: RenderOptions): SvgNode {
  const body: SvgNode[] = [];
  let y = headed(body, spec.title, options);
  const valueSize = 12;
  const left = PAD + 6;
  // Room for the widest "8.25 [7.98–8.52] n=1,234" beside the plot.
  const valueW = Math.min(280, Math.max(...spec.rows.map((r) => textWidth(r.display, valueSize)), 40));
  const right = W - PAD - valueW - 12;
  const span = Math.max(1e-9, spec.max - spec.min);
  const xOf = (v: number) => left + ((Math.min(spec.max, Math.max(spec.min, v)) - spec.min) / span) * (right - left);
  const band = 20;
  for (const row of spec.rows) {
    const label = textBlock(row.label, PAD, y, W - 2 * PAD, LABEL_SIZE);
    body.push(...label.nodes);
    y += label.height + 2;
    const cy = y + band / 2;
    // Gridlines only within the row's band: through the labels they would cross text.
    for (const t of spec.ticks) body.push(el("line", { x1: round(xOf(t)), x2: round(xOf(t)), y1: y, y2: y + band, stroke: "#e5e6e7", strokeWidth: 1 }));
    body.push(el("line", { x1: left, x2: right, y1: cy, y2: cy, stroke: "#d8dadb", strokeWidth: 1 }));
    // The whisker is drawn in ink with caps taller than the point, so even an interval
    // narrower than the point shows its ends.
    body.push(el("line", { x1: round(xOf(row.low)), x2: round(xOf(row.high)), y1: cy, y2: cy, stroke: INK, strokeWidth: 2 }));
    for (const end of [row.low, row.high]) body.push(el("line", { x1: round(xOf(end)), x2: round(xOf(end)), y1: cy - 8, y2: cy + 8, stroke: INK, strokeWidth: 2 }));
    body.push(el("rect", { x: round(xOf(row.value) - 3.5), y: cy - 3.5, width: 7, height: 7, fill: ACCENT, stroke: "#ffffff", strokeWidth: 1 }, [el("title", {}, [row.display])]));
    body.push(text(right + 12, centredBaseline(y, band, valueSize), valueSize, abbreviate(row.display, valueW, valueSize)));
    y += band + ROW_GAP;
  }
  // Axis with ticks.
  body.push(el("line", { x1: left, x2: right, y1: y, y2: y, stroke: MUTED_INK, strokeWidth: 1 }));
  for (const t of spec.ticks) {
    body.push(el("line", { x1: round(xOf(t)), x2: round(xOf(t)), y1: y, y2: y + 4, stroke: MUTED_INK, strokeWidth: 1 }));
    body.push(text(xOf(t), y + 6 + ASCENT * SMALL, SMALL, String(t), { fill: MUTED_INK, textAnchor: "middle" }));
  }
  y += 6 + lineHeight(SMALL) + 4;
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
