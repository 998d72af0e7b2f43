// Every result card and the crosstab table render (server-side, no Next runtime needed) for
// every item of the questionnaire, with both percentage bases and both rating measures.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { itemResult } from "@/lib/dashboard/results";
import { independenceTest } from "@/lib/dashboard/stats";
import type { Crosstab } from "@/lib/dashboard/crosstab";
import { itemsInOrder, questionnaire } from "@/lib/questionnaire";
import { CrosstabTable } from "@/components/admin/CrosstabTable";
import { ItemResultView } from "@/components/admin/ItemResultView";

describe("result cards", () => {
  it("render for every item, base and measure, in every language", () => {
    for (const locale of ["kk", "ru", "en"] as const) {
      for (const { item, part } of itemsInOrder(questionnaire)) {
        const result = itemResult(item, part, locale, 40, () => new Map([[1, 10], [2, 5], [3, 3], [99, 2]]), () => 20);
        for (const options of [
          { base: "asked", measure: "mean" },
          { base: "valid", measure: "high" },
        ] as const) {
          const html = renderToStaticMarkup(
            createElement(ItemResultView, { item: result, locale, query: new URLSearchParams(), options, texts: { total: 0, rows: [] } }),
          );
          expect(html).toContain(`id="item-${item.variable}"`);
          if (item.kind !== "open") expect(html).toContain("<svg");
        }
      }
    }
  });

  it("the crosstab shows totals, χ², V and the expected-count warning", () => {
    const counts = [
      [10, 2],
      [3, 4],
    ];
    const codes = [
      { code: 1, label: "A" },
      { code: 2, label: "Северо-Казахстанская" },
    ];
    const table: Crosstab = {
      row: { variable: "Q1", label: "Q1", multi: false, codes },
      column: { variable: "Q9", label: "Q9", multi: false, codes },
      layer: null,
      rowCodes: codes,
      columnCodes: codes,
      lines: counts.map((r, i) => ({
        code: i + 1,
        label: codes[i]?.label ?? "",
        total: r[0]! + r[1]!,
        totalPct: null,
        cells: r.map((n, j) => ({ code: j + 1, n, rowPct: 50, colPct: 50, totalPct: 25 })),
      })),
      columnTotals: [
        { code: 1, n: 13, pct: 54 },
        { code: 2, n: 11, pct: 46 },
      ],
      total: 24,
      test: independenceTest(counts),
      multi: false,
    };
    const html = renderToStaticMarkup(createElement(CrosstabTable, { table, locale: "en", percentage: "row" }));
    expect(html).toContain("Pearson χ² = ");
    expect(html).toContain("Cramér&#x27;s V = ");
    expect(html).toMatch(/\d cells \([\d.]+%\) have expected count less than 5/);
    expect(html).toContain('<span class="nobr">Северо-Казахстанская</span>');
    expect(html).toContain("<tfoot>");
  });
});
