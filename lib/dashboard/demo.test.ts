import { beforeAll, describe, expect, it } from "vitest";
import { isShown, itemsInOrder, questionnaire, validateSubmission } from "@/lib/questionnaire";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";
import { demoResponses, PAPER_FIGURES } from "./demo";
import { dashboardResults, type ItemResult } from "./results";
import { seedDemoResponses } from "./seed";

function within1pp(actual: number | null | undefined, share: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual ?? 0) - share * 100)).toBeLessThanOrEqual(1);
}

function byVariable(items: ItemResult[], variable: string): ItemResult {
  const found = items.find((i) => i.variable === variable);
  if (!found) throw new Error(variable);
  return found;
}

describe("demo responses", () => {
  it("are valid, follow routing and are reproducible", () => {
    const a = demoResponses(questionnaire, { count: 120, seed: 7, endDate: "2026-03-01" });
    const b = demoResponses(questionnaire, { count: 120, seed: 7, endDate: "2026-03-01" });
    expect(a).toEqual(b);
    for (const r of a) {
      expect(validateSubmission(questionnaire, r.answers, r.locale).ok).toBe(true);
      for (const { item } of itemsInOrder(questionnaire)) {
        if (!isShown(item, r.answers)) expect(r.answers[item.variable]).toBeUndefined();
      }
      expect(r.submittedOn >= "2026-01-31" && r.submittedOn <= "2026-03-01").toBe(true);
    }
    expect(new Set(a.map((r) => r.id)).size).toBe(120);
  });
});

await describeEachDatabase("demo data on the dashboard", ({ create }) => {
  const suite = useTestDatabase(create);
  beforeAll(async () => {
    await seedDemoResponses(suite.handle.db, suite.handle.provider, { count: 150, seed: 11 });
  });

  it("reproduces the paper's figures within one percentage point", async () => {
    const { total, items } = await dashboardResults({ db: suite.handle.db, provider: suite.handle.provider }, questionnaire, "en", {});
    expect(total).toBe(150);
    const q9 = byVariable(items, "Q9");
    if (q9.kind !== "single") throw new Error("Q9");
    within1pp(q9.rows.find((r) => r.code === PAPER_FIGURES.Q9.code)?.pct, PAPER_FIGURES.Q9.share);
    const q26 = byVariable(items, "Q26");
    if (q26.kind !== "rating") throw new Error("Q26");
    for (const f of PAPER_FIGURES.Q26) within1pp(q26.scales.find((s) => s.variable === f.variable)?.high.pct, f.share);
    const q27 = byVariable(items, "Q27");
    if (q27.kind !== "matrix") throw new Error("Q27");
    const openness = q27.rows.find((r) => r.variable === "Q27_1");
    within1pp(openness?.rows.find((r) => r.code === PAPER_FIGURES.Q27_1.high.code)?.pct, PAPER_FIGURES.Q27_1.high.share);
    within1pp(openness?.rows.find((r) => r.code === PAPER_FIGURES.Q27_1.low.code)?.pct, PAPER_FIGURES.Q27_1.low.share);
    const q28 = byVariable(items, "Q28");
    if (q28.kind !== "multi") throw new Error("Q28");
    for (const f of PAPER_FIGURES.Q28) within1pp(q28.rows.find((r) => r.code === f.code)?.pct, f.share);
    // Routed items are asked of S1 = Yes only.
    expect(byVariable(items, "Q15").asked).toBeLessThan(150);
  });
});
