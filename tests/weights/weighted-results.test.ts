// Weighted percentages on the dashboard equal a hand computation, on both databases.
import { expect, it } from "vitest";
import { questionnaireVersion, type Answers } from "@/lib/questionnaire";
import { storeRecords } from "@/lib/responses/batch-store";
import { weightedItems } from "@/lib/weights/weighted-results.server";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";

const id = (i: number) => `00000000-0000-4000-8000-${String(500 + i).padStart(12, "0")}`;

await describeEachDatabase("weighted percentages", ({ create }) => {
  const suite = useTestDatabase(create);

  it("equal the hand computation, with Kish's effective sample size", async () => {
    const db = suite.handle.db;
    const codes = [1, 2, 1, 99, 1];
    await storeRecords(
      db,
      codes.map((code, i) => ({ id: id(i), locale: "ru", submittedOn: "2026-01-02", questionnaireVersion, answers: { S1: 1, Q9: code } as Answers })),
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
});
