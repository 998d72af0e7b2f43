// Text collisions over every chart kind, in kk, ru and en: each text's box is computed
// from the SVG tree with the widths of the font it is drawn in (lib/charts/measure.ts)
// and must not intersect another text, a line or a bar (a value label may sit wholly
// inside its own bar segment); every text stays inside the picture and is at least
// 11 px. The picture is drawn 1 unit = 1 CSS px and never shrunk below its width
// (admin.css lets it scroll in its box), so at 360 px the sizes are the same as here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHART_WIDTH, MIN_FONT_SIZE, renderChart } from "@/lib/charts/render";
import { ASCENT, DESCENT, textWidth } from "@/lib/charts/measure";
import type { ChartSpec } from "@/lib/charts/spec";
import type { SvgNode } from "@/lib/charts/svg";
import { itemCharts } from "@/lib/dashboard/charts";
import { itemResult } from "@/lib/dashboard/results";
import { itemsInOrder, questionnaire } from "@/lib/questionnaire";

type Box = { x0: number; y0: number; x1: number; y1: number; what: string };

const num = (v: string | number | undefined) => Number(v ?? 0);

function boxes(tree: SvgNode): { texts: (Box & { size: number })[]; rects: Box[]; lines: Box[] } {
  const texts: (Box & { size: number })[] = [];
  const rects: Box[] = [];
  const lines: Box[] = [];
  const walk = (node: SvgNode) => {
    const a = node.attrs ?? {};
    if (node.tag === "text") {
      const content = (node.children ?? []).filter((c): c is string => typeof c === "string").join("");
      const size = num(a.fontSize);
      const w = textWidth(content, size, num(a.fontWeight ?? 400));
      const x = num(a.x);
      const x0 = a.textAnchor === "middle" ? x - w / 2 : a.textAnchor === "end" ? x - w : x;
      const y = num(a.y);
      texts.push({ x0, x1: x0 + w, y0: y - ASCENT * size, y1: y + DESCENT * size, what: `text "${content}"`, size });
      return;
    }
    if (node.tag === "rect" && a["data-background"] === undefined && num(a.width) > 0 && num(a.height) > 0) {
      rects.push({ x0: num(a.x), y0: num(a.y), x1: num(a.x) + num(a.width), y1: num(a.y) + num(a.height), what: `rect ${num(a.x)},${num(a.y)}` });
    }
    if (node.tag === "line") {
      const s = num(a.strokeWidth ?? 1) / 2;
      const [x1, x2, y1, y2] = [num(a.x1), num(a.x2), num(a.y1), num(a.y2)];
      lines.push({ x0: Math.min(x1, x2) - s, x1: Math.max(x1, x2) + s, y0: Math.min(y1, y2) - s, y1: Math.max(y1, y2) + s, what: `line ${x1},${y1}–${x2},${y2}` });
    }
    if (node.tag !== "title" && node.tag !== "desc") for (const c of node.children ?? []) if (typeof c !== "string") walk(c);
  };
  walk(tree);
  return { texts, rects, lines };
}

const E = 0.05;
const meets = (a: Box, b: Box) => a.x0 < b.x1 - E && b.x0 < a.x1 - E && a.y0 < b.y1 - E && b.y0 < a.y1 - E;
const inside = (a: Box, b: Box) => a.x0 >= b.x0 - E && a.x1 <= b.x1 + E && a.y0 >= b.y0 - E && a.y1 <= b.y1 + E;

/** Every problem of one chart's layout, as readable sentences (empty when clean). */
function collisions(spec: ChartSpec, heading: boolean): string[] {
  return problemsOf(renderChart(spec, { id: "t", heading }));
}

function problemsOf(tree: SvgNode): string[] {
  const height = num(tree.attrs?.height);
  const { texts, rects, lines } = boxes(tree);
  const problems: string[] = [];
  texts.forEach((t, i) => {
    if (t.size < MIN_FONT_SIZE) problems.push(`${t.what} is ${t.size} px`);
    if (t.x0 < -E || t.x1 > CHART_WIDTH + E || t.y0 < -E || t.y1 > height + E) problems.push(`${t.what} leaves the picture`);
    for (const u of texts.slice(i + 1)) if (meets(t, u)) problems.push(`${t.what} overlaps ${u.what}`);
    for (const l of lines) if (meets(t, l)) problems.push(`${t.what} crosses ${l.what}`);
    const hit = rects.filter((r) => meets(t, r));
    const own = hit.filter((r) => inside(t, r));
    if (hit.length > 1 || (hit.length === 1 && own.length !== 1)) problems.push(`${t.what} overlaps ${hit.map((r) => r.what).join(", ")}`);
  });
  return problems;
}

function counts(variable: string): Map<number, number> {
  // Skewed so that some segments are too narrow for their label and some are wide.
  const k = variable.length;
  return new Map([
    [1, 400 + 37 * k],
    [2, 120],
    [3, 9 + (k % 5)],
    [4, 60],
    [5, 3],
    [6, 200],
    [7, 1],
    [8, 90],
    [9, 300],
    [10, 150],
    [98, 4],
    [99, 31],
  ]);
}

describe("chart layout", () => {
  for (const locale of ["kk", "ru", "en"] as const) {
    it(`no text of any chart crosses another, a line or a bar; all ≥ 11 px (${locale})`, () => {
      const problems: string[] = [];
      let charts = 0;
      for (const { item, part } of itemsInOrder(questionnaire)) {
        const result = itemResult(item, part, locale, 2000, counts, () => 1500);
        for (const options of [
          { base: "asked", measure: "mean" },
          { base: "valid", measure: "high" },
        ] as const) {
          for (const { id, spec } of itemCharts(result, locale, options)) {
            for (const heading of [true, false]) {
              charts++;
              for (const p of collisions(spec, heading)) problems.push(`${id} (${options.base}, heading ${heading}): ${p}`);
            }
          }
        }
      }
      // The kinds the items do not produce: responses per day and a plain stacked bar.
      const days: ChartSpec = { kind: "columns", title: "Per day", valueLabel: "Responses", points: Array.from({ length: 61 }, (_, i) => ({ label: `11-${String((i % 30) + 1).padStart(2, "0")}`, value: (i * 37) % 90 })) };
      const stacked: ChartSpec = {
        kind: "stacked",
        title: "Stacked",
        legend: [{ label: "Жауап беруге қиналамын, өте ұзын белгі" }, { label: "Затрудняюсь ответить" }, { label: "Hard to say", muted: true }],
        rows: [{ label: "Қазақстан Республикасының мемлекеттік қызметшілерінің кәсіби әдебі мен азаматтарға деген ықыласы", segments: [{ value: 70, display: "70.0%" }, { value: 2, display: "2.0%" }, { value: 28, display: "28.0%" }] }],
        base: "% of those asked (n = 2,000)",
      };
      for (const spec of [days, stacked]) for (const heading of [true, false]) {
        charts++;
        for (const p of collisions(spec, heading)) problems.push(`${spec.kind}: ${p}`);
      }
      expect(charts).toBeGreaterThan(60);
      expect(problems).toEqual([]);
    });
  }

  it("finds a collision when there is one (the test can fail)", () => {
    const spec: ChartSpec = { kind: "bars", title: "x", rows: [{ label: "A", value: 50, display: "50%" }, { label: "B", value: 10, display: "10%" }] };
    const tree = renderChart(spec, { id: "t" });
    expect(problemsOf(tree)).toEqual([]);
    const label = (tree.children ?? []).find((c): c is SvgNode => typeof c !== "string" && c.tag === "text" && c.children?.[0] === "50%");
    const bar = (tree.children ?? []).find((c): c is SvgNode => typeof c !== "string" && c.tag === "rect" && c.attrs?.["data-background"] === undefined);
    if (!label?.attrs || !bar?.attrs) throw new Error("label");
    // Across the bar's end, as a centred label on a too-narrow segment would be.
    label.attrs.x = num(bar.attrs.x) + num(bar.attrs.width) - 10;
    expect(problemsOf(tree).join()).toMatch(/text "50%" overlaps rect/);
    // Onto the row label below.
    label.attrs.x = 8;
    label.attrs.y = num(label.attrs.y) + 20;
    expect(problemsOf(tree).join()).toMatch(/text "50%" overlaps text "B"/);
  });

  it("the page never shrinks a chart below its drawn width (it scrolls in its box)", () => {
    const css = fs.readFileSync(path.join(import.meta.dirname, "../../app/admin/admin.css"), "utf8");
    expect(css).toMatch(/\.figure svg \{[^}]*min-width: 640px/);
    expect(css).toMatch(/\.figure \{[^}]*overflow-x: auto/);
  });
});
