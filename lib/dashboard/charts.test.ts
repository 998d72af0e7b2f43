import { describe, expect, it } from "vitest";
import { renderChart } from "@/lib/charts/render";
import { toSvgString } from "@/lib/charts/svg";
import { questionnaire } from "@/lib/questionnaire";
import { itemCharts, matrixChart, ratingComparisonChart } from "./charts";
import { itemResult, type MatrixResult, type RatingResult } from "./results";
import { findItem } from "@/lib/questionnaire";

function result(variable: string, counts: Record<string, Record<number, number>>, asked = 100) {
  const placed = findItem(questionnaire, variable);
  if (!placed) throw new Error(variable);
  return itemResult(placed.item, placed.part, "en", asked, (v) => new Map(Object.entries(counts[v] ?? {}).map(([k, n]) => [Number(k), n])), () => asked);
}

describe("charts like the paper's", () => {
  it("a Likert matrix is a diverging bar centred on neutral with hard-to-say apart", () => {
    const q32 = result("Q32_Q36", { Q32: { 1: 10, 2: 20, 3: 30, 4: 20, 5: 10, 99: 10 } }) as MatrixResult;
    const spec = matrixChart(q32, "en", "valid");
    if (spec.kind !== "diverging") throw new Error("diverging expected");
    expect(spec.legend.map((l) => l.side)).toEqual(["positive", "positive", "neutral", "negative", "negative", "apart"]);
    // Shares of valid answers (90), hard to say of those who answered (100).
    expect(spec.rows[0]?.segments.map((s) => Number(s.value.toFixed(1)))).toEqual([11.1, 22.2, 33.3, 22.2, 11.1, 10]);
    expect(spec.base).toContain("n = ");
    const svg = toSvgString(renderChart(spec, { id: "t", heading: true }));
    expect(svg).toContain(q32.question);
  });

  it("Q26 ratings become one comparison of means with 95% intervals, or of the share 8–10", () => {
    const q26 = result("Q26", { Q26_1: { 1: 10, 10: 10 }, Q26_2: { 5: 20 } }) as RatingResult;
    const means = ratingComparisonChart(q26, "en", "mean");
    expect(means.rows[0]?.value).toBe(5.5);
    expect(means.rows[0]?.low).toBeLessThan(5.5);
    expect(means.rows[1]).toMatchObject({ value: 5, low: 5, high: 5 });
    const high = ratingComparisonChart(q26, "en", "high");
    expect(high.rows[0]?.value).toBe(50);
    expect(high.max).toBe(100);
    const charts = itemCharts(q26, "en");
    expect(charts[0]?.id).toBe("Q26");
    expect(charts.length).toBe(q26.scales.length + 1);
  });

  it("bars state their base; the valid base sets special answers apart", () => {
    const q9 = result("Q9", { Q9: { 1: 30, 2: 10, 99: 10 } }, 50);
    const [asked] = itemCharts(q9, "en", { base: "asked", measure: "mean" });
    const [valid] = itemCharts(q9, "en", { base: "valid", measure: "mean" });
    if (asked?.spec.kind !== "bars" || valid?.spec.kind !== "bars") throw new Error("bars expected");
    expect(asked.spec.base).toBe("% of those asked (n = 50)");
    expect(valid.spec.base).toBe("Valid % (n = 40)");
    expect(valid.spec.rows[0]?.value).toBe(75);
    expect(valid.spec.rows.find((r) => r.label === "Hard to say")).toMatchObject({ value: 0, muted: true });
    const svg = toSvgString(renderChart(valid.spec, { id: "q9", heading: true }));
    expect(svg).toContain("Valid % (n = 40)");
  });
});
