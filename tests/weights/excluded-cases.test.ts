// An excluded response (lib/review) is out of the analysis set, so raking leaves it out:
// it gets no weight, and the weighted responses meet the margins without it.
import { expect, it } from "vitest";
import { questionnaire, questionnaireVersion, type Answers } from "@/lib/questionnaire";
import { storeRecords } from "@/lib/responses/batch-store";
import { decide } from "@/lib/review/review.server";
import { computeWeights } from "@/lib/weights/compute.server";
import { parseMargins } from "@/lib/weights/margins";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";

const actor = { id: "admin-1", email: "admin@example.org" };
const id = (i: number) => `00000000-0000-4000-8000-${String(700 + i).padStart(12, "0")}`;

await describeEachDatabase("weights and excluded cases", ({ create }) => {
  const suite = useTestDatabase(create);

  it("an excluded response gets no weight and is counted neither weighted nor unweighted", async () => {
    const db = suite.handle.db;
    // Gender 1, 1, 1, 2, 2; the last one is excluded, so 3 : 1 is raked to half and half.
    const genders = [1, 1, 1, 2, 2];
    await storeRecords(
      db,
      genders.map((g, i) => ({ id: id(i), locale: "ru", submittedOn: "2026-01-02", questionnaireVersion, answers: { S1: 1, Q1: g } as Answers })),
    );
    expect((await decide(db, actor, { action: "exclude", responseId: id(4), reason: "test", note: "" })).ok).toBe(true);
    const margins = parseMargins("variable,code,share\nQ1,1,0.5\nQ1,2,0.5\n", questionnaire);
    if (!margins.ok) throw new Error(margins.problem);
    const summary = await computeWeights(db, { margins: margins.margins, rows: margins.rows, lower: 0.1, upper: 10 }, actor);
    expect([summary.weighted, summary.unweighted]).toEqual([4, 0]);
    const weights = new Map((await db.responseWeight.findMany()).map((w) => [w.responseId, w.weight]));
    expect(weights.has(id(4))).toBe(false);
    expect(weights.get(id(0))).toBeCloseTo(2 / 3, 9);
    expect(weights.get(id(3))).toBeCloseTo(2, 9);
  });
});
