// Weighted percentages on the dashboard equal a hand computation, on both databases.
import { expect, it } from "vitest";
import { crosstab } from "@/lib/dashboard/crosstab";
import { questionnaire, questionnaireVersion, type Answers } from "@/lib/questionnaire";
import { storeRecords } from "@/lib/responses/batch-store";
import { weightedCrosstab } from "@/lib/weights/weighted-crosstab.server";
import { weightedItems } from "@/lib/weights/weighted-results.server";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";

const id = (i: number) => `00000000-0000-4000-8000-${String(500 + i).padStart(12, "0")}`;

await describeEachDatabase("weighted percentages", ({ create }) => {
  const suite = useTestDatabase(create);

  it("equal the hand computation, with Kish's effective sample size", async () => {
    const db = suite.handle.db;
    const codes = [1, 2, 1, 99, 1];
    const genders = [1, 1, 2, 2, 2];
    await storeRecords(
      db,
      codes.map((code, i) => ({ id: id(i), locale: "ru", submittedOn: "2026-01-02", questionnaireVersion, answers: { S1: 1, Q9: code, Q1: genders[i]! } as Answers })),
    );
    // The fifth response has no weight: it does not count.
    await db.responseWeight.createMany({ data: [0.5, 0.5, 1.5, 1.5].map((weight, i) => ({ responseId: id(i), weight })) });
    const q = { db, provider: suite.handle.provider };
    // Σw = 4: code 1 = (0.5 + 1.5) / 4 = 50 %, code 2 = 0.5 / 4 = 12.5 %, 99 = 1.5 / 4 = 37.5 %;
    // Kish: 4² / (0.25 + 0.25 + 2.25 + 2.25) = 3.2.
    const q9 = (await weightedItems(q, ["Q9"], {}, 1)).get("Q9");
    expect(q9?.base).toBe(4);
    expect(q9?.effectiveN).toBeCloseTo(3.2, 12);
    expect(q9?.codes.map((c) => [c.code, c.n])).toEqual([[1, 2], [2, 1], [99, 1]]);
    expect(q9?.codes.map((c) => c.pct)).toEqual([50, 12.5, 37.5].map((x) => expect.closeTo(x, 10)));
    // Under the minimum group size: a base of 4 shows nothing with k = 5, small cells nothing with k = 2.
    expect((await weightedItems(q, ["Q9"], {}, 5)).has("Q9")).toBe(false);
    expect((await weightedItems(q, ["Q9"], {}, 2)).get("Q9")?.codes.map((c) => c.pct)).toEqual([50, null, null]);
  });

  it("weights a crosstab's column percentages by hand", async () => {
    const q = { db: suite.handle.db, provider: suite.handle.provider };
    // Q9 × Q1 (99 left out): gender 1 holds Q9=1 (w 0.5) and Q9=2 (w 0.5) → 50 % / 50 %;
    // gender 2 holds Q9=1 (w 1.5; the fifth response has no weight) → 100 %. Kish over the
    // three weighted respondents shown: 2.5² / (0.25 + 0.25 + 2.25) = 6.25 / 2.75.
    const table = await crosstab(q, questionnaire, "en", "Q9", "Q1", {});
    if (!table) throw new Error("no crosstab");
    const weighted = await weightedCrosstab(q, table, {});
    expect(weighted?.respondents).toBe(3);
    expect(weighted?.effectiveN).toBeCloseTo(6.25 / 2.75, 12);
    expect(weighted?.colPct.get(1)?.get(1)).toBeCloseTo(50, 10);
    expect(weighted?.colPct.get(2)?.get(1)).toBeCloseTo(50, 10);
    expect(weighted?.colPct.get(1)?.get(2)).toBeCloseTo(100, 10);
    expect(weighted?.colPct.get(2)?.get(2)).toBeCloseTo(0, 10);
  });
});
