// Coded categories are drawn like a multi-choice item: the same bar chart, one bar per
// category with the table's percentage, a hidden small count drawn as an empty muted bar,
// and the base stated as the coded answers.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CodedCategories } from "@/components/admin/coding/CodedCategories";
import { codedChart } from "@/lib/dashboard/charts";

const rows = [
  { number: 1, label: { kk: "Ақша", ru: "Деньги", en: "Money" }, n: 30, pct: 60 },
  { number: 2, label: { kk: "Заң", ru: "Закон", en: "Law" }, n: 22, pct: 44 },
  { number: 3, label: { kk: "Басқа", ru: "Другое", en: "Other" }, n: null, pct: null },
];

describe("coded categories chart", () => {
  it("has a bar per category with the table's percentages and the coded base", () => {
    const spec = codedChart("Q22", rows.map((r) => ({ label: r.label.en, n: r.n, pct: r.pct })), 50, "en");
    if (spec.kind !== "bars") throw new Error("a bar chart");
    expect(spec.rows.map((r) => [r.label, r.value, r.muted ?? false])).toEqual([
      ["Money", 60, false],
      ["Law", 44, false],
      ["Other", 0, true],
    ]);
    expect(spec.base).toContain("50 coded answers");
  });

  for (const locale of ["kk", "ru", "en"] as const) {
    it(`renders the SVG chart and the table (${locale})`, () => {
      const html = renderToStaticMarkup(createElement(CodedCategories, { variable: "Q22", result: { shown: true, base: 50, rows }, locale }));
      expect(html).toContain("<svg");
      expect(html).toContain(rows[0]?.label[locale]);
      expect(html).not.toContain("<meter");
    });
  }
});
