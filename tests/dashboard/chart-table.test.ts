// The numbers a chart draws are the numbers of its card's table, in both percentage
// bases, for every item of the questionnaire: each card is rendered as a reader gets it
// (server-side HTML), its tables are read back cell by cell and compared with the chart.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ItemResultView } from "@/components/admin/ItemResultView";
import { renderChart } from "@/lib/charts/render";
import { toSvgString } from "@/lib/charts/svg";
import { itemCharts, type ChartOptions } from "@/lib/dashboard/charts";
import { itemResult, type ItemResult } from "@/lib/dashboard/results";
import { fill, staffMessages } from "@/lib/i18n/staff";
import { itemsInOrder, questionnaire } from "@/lib/questionnaire";
import { assertNever } from "@/lib/questionnaire/assert-never";

function decode(s: string): string {
  return s
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .trim();
}

/** Every table of the card by its caption: rows of cell texts (header row first). */
function tables(html: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const m of html.matchAll(/<table>([\s\S]*?)<\/table>/g)) {
    const body = m[1] ?? "";
    const caption = decode(/<caption>([\s\S]*?)<\/caption>/.exec(body)?.[1] ?? "");
    const rows = [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...(r[1] ?? "").matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1] ?? "")));
    out.set(caption.split(" — ")[0] ?? caption, rows);
  }
  return out;
}

/** The percentage at the start of a bar's label: "49,8% (n=20)" → "49,8%". */
const leading = (display: string) => display.split(" (")[0] ?? display;
/** The percentage inside a matrix cell: "20 (49.8%)" → "49.8%". */
const inParens = (cell: string) => /\(([^)]*)\)/.exec(cell)?.[1] ?? cell;

function counts(variable: string): Map<number, number> {
  // Different per variable so that a chart reading the wrong row would show.
  const k = variable.length % 3;
  return new Map([
    [1, 10 + k],
    [2, 5],
    [3, 3 + k],
    [4, 2],
    [5, 1],
    [99, 2 + k],
  ]);
}

function check(result: ItemResult, options: ChartOptions, locale: "kk" | "ru" | "en") {
  const m = staffMessages(locale);
  const html = renderToStaticMarkup(createElement(ItemResultView, { item: result, locale, query: new URLSearchParams(), options, texts: { total: 0, rows: [] } }));
  const t = tables(html);
  const charts = itemCharts(result, locale, options);
  const table = (variable: string) => {
    const rows = t.get(fill(m.results.tableOf, { title: variable }));
    if (!rows) throw new Error(`no table for ${variable}`);
    return rows.slice(1);
  };
  const barsMatch = (chartIndex: number, variable: string) => {
    const spec = charts[chartIndex]?.spec;
    if (spec?.kind !== "bars") throw new Error(`bars expected for ${variable}`);
    const rows = table(variable);
    expect(spec.rows.length).toBe(rows.length);
    spec.rows.forEach((bar, i) => {
      const cells = rows[i] ?? [];
      expect(bar.label).toBe(cells[0]);
      const column = options.base === "asked" ? cells[2] : cells[4];
      // In the valid base a special answer has no valid %; the bar gives its count instead.
      if (column === "—") expect(bar.display).toBe(`n=${cells[1]}`);
      else expect(leading(bar.display)).toBe(column);
    });
    // The base drawn is the base of the table's column.
    expect(spec.base).toBe(options.base === "asked" ? (t.get(fill(m.results.tableOf, { title: variable })) ?? [])[0]?.[2] : (t.get(fill(m.results.tableOf, { title: variable })) ?? [])[0]?.[4]);
  };
  switch (result.kind) {
    case "single":
    case "multi":
      barsMatch(0, result.variable);
      break;
    case "rating": {
      const offset = result.scales.length > 1 ? 1 : 0;
      result.scales.forEach((s, i) => barsMatch(i + offset, s.variable));
      if (offset === 1) {
        const spec = charts[0]?.spec;
        if (spec?.kind !== "intervals") throw new Error("intervals expected");
        const rows = table(result.variable);
        spec.rows.forEach((point, i) => {
          const cells = rows[i] ?? [];
          const [value, interval] = point.display.split(" ");
          if (options.measure === "mean") {
            expect(value).toBe(cells[2]);
            expect(interval).toBe(`[${cells[3]}]`);
          } else {
            expect(value).toBe(cells[4]);
            expect(interval).toBe(`[${cells[5]}]`);
          }
        });
      }
      break;
    }
    case "matrix": {
      const spec = charts[0]?.spec;
      if (spec?.kind !== "diverging") throw new Error("diverging expected");
      const rows = table(result.variable);
      spec.rows.forEach((row, i) => {
        const cells = rows[i] ?? [];
        expect(row.label).toBe(cells[0]);
        row.segments.forEach((segment, j) => expect(segment.display).toBe(inParens(cells[j + 1] ?? "")));
      });
      expect(spec.base).toContain(options.base === "asked" ? fill(m.analysis.base.askedN, { n: String(result.asked) }) : m.analysis.base.validPct);
      // The drawn SVG carries the same base line and the caption naming the scale's ends.
      const svg = toSvgString(renderChart(spec, { id: "t", heading: true }));
      const ends = result.scale.filter((s) => s.code < 90);
      expect(svg).toContain(ends[0]?.label ?? "?");
      expect(spec.note).toContain(ends[ends.length - 1]?.label ?? "?");
      break;
    }
    case "open":
      expect(charts).toEqual([]);
      break;
    default:
      assertNever(result);
  }
}

describe("chart vs table", () => {
  for (const locale of ["en", "ru", "kk"] as const) {
    it(`every item's chart draws its table's numbers in both bases (${locale})`, () => {
      for (const { item, part } of itemsInOrder(questionnaire)) {
        const result = itemResult(item, part, locale, 60, counts, () => 30);
        for (const options of [
          { base: "asked", measure: "mean" },
          { base: "valid", measure: "mean" },
          { base: "asked", measure: "high" },
          { base: "valid", measure: "high" },
        ] as const) {
          check(result, options, locale);
        }
      }
    });
  }

  it("Q27_1 at the paper's figures: the chart says 50% / 12% of those asked, like the table", () => {
    const placed = itemsInOrder(questionnaire).find((p) => p.item.variable.startsWith("Q27"));
    if (!placed) throw new Error("Q27");
    // 1000 asked: 498 high, 358 medium, 120 low, 24 hard to say.
    const result = itemResult(placed.item, placed.part, "en", 1000, (v) => (v === "Q27_1" ? new Map([[1, 498], [2, 358], [3, 120], [99, 24]]) : new Map()), () => 1000);
    const spec = itemCharts(result, "en", { base: "asked", measure: "mean" })[0]?.spec;
    if (spec?.kind !== "diverging") throw new Error("diverging");
    expect(spec.rows[0]?.segments.map((s) => s.display)).toEqual(["49.8%", "35.8%", "12.0%", "2.4%"]);
    expect(spec.note).toContain("“Low” to the left, “High” to the right");
    expect(spec.note).not.toContain("agreement");
    expect(spec.note).toContain("“Hard to say” (set apart on the right): % of those asked.");
    const valid = itemCharts(result, "en", { base: "valid", measure: "mean" })[0]?.spec;
    if (valid?.kind !== "diverging") throw new Error("diverging");
    expect(valid.rows[0]?.segments.map((s) => s.display)).toEqual(["51.0%", "36.7%", "12.3%", "2.4%"]);
    expect(valid.note).toContain("% of those who answered the statement (n = 0–1,000)");
  });
});
