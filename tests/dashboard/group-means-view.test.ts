// The group-means card as a reader gets it: the means table with n, SD and 95% CI, the
// ANOVA and Kruskal–Wallis lines, a small group hidden and said to be left out.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GroupMeansTable } from "@/components/admin/GroupMeansTable";
import { compareGroups, type GroupMeans } from "@/lib/dashboard/group-means";
import { groupSummary } from "@/lib/dashboard/group-stats";

const counts = [new Map([[1, 10], [5, 20], [9, 12]]), new Map([[3, 8], [7, 25], [10, 14]])];
const result: GroupMeans = {
  rating: { variable: "Q26_1", label: "Q26_1. Service", multi: false, codes: Array.from({ length: 10 }, (_, i) => ({ code: i + 1, label: String(i + 1) })) },
  group: { variable: "Q9", label: "Q9. Leader", multi: false, codes: [] },
  groups: [
    { code: 1, label: "Woman", summary: groupSummary(counts[0] ?? new Map()) },
    { code: 2, label: "Man", summary: groupSummary(counts[1] ?? new Map()) },
    { code: 3, label: "Other", summary: null, suppressed: "small" },
  ],
  total: groupSummary(new Map([[1, 10], [3, 8], [5, 20], [7, 25], [9, 12], [10, 14]])),
  ...compareGroups(counts),
  leftOut: 1,
};

describe("group means card", () => {
  for (const locale of ["en", "ru", "kk"] as const) {
    it(`shows means, intervals and both tests (${locale})`, () => {
      const html = renderToStaticMarkup(createElement(GroupMeansTable, { result, locale }));
      expect(html).toContain("<svg");
      expect(html).toMatch(/F\(1, 87\) = /);
      expect(html).toMatch(/H = [\d.,]+, df = 1, p /);
      expect(html).toContain('data-suppressed="small"');
      expect(html).toContain(locale === "en" ? "5.19" : "5,19");
      expect(html).toContain("p &lt; 0.001");
    });
  }
});
