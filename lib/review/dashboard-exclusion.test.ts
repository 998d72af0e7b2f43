// The dashboard leaves excluded responses out: its total and an item's counts change by
// exactly the excluded cases, at once (the cached aggregates notice a review decision),
// and come back on restore. Exports keep every case.
import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { dashboardResults, type ItemResult } from "@/lib/dashboard/results";
import { generateValidAnswers, mulberry32, questionnaire as def, questionnaireVersion } from "@/lib/questionnaire";
import { storeRecords } from "@/lib/responses/batch-store";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";
import { decide, excludedCount } from "./review.server";

const actor = { id: "a1", email: "admin@example.org" };

function s1Counts(items: ItemResult[]): Map<number, number> {
  const s1 = items.find((i) => i.variable === "S1");
  if (!s1 || s1.kind !== "single") throw new Error("S1 is a single-choice item");
  return new Map(s1.rows.map((o) => [o.code, o.n]));
}

await describeEachDatabase("dashboard without the excluded cases", ({ create }) => {
  const suite = useTestDatabase(create);
  const ids: string[] = [];
  beforeAll(async () => {
    const records = Array.from({ length: 40 }, (_, i) => {
      const id = randomUUID();
      ids.push(id);
      return { id, questionnaireVersion, locale: "en" as const, submittedOn: "2026-11-20", answers: generateValidAnswers(def, mulberry32(i), { S1: i < 20 ? 1 : 2 }, { textLocale: "en" }) };
    });
    await storeRecords(suite.handle.db, records);
  });

  it("counts change by exactly the excluded cases, and back on restore", async () => {
    const q = { db: suite.handle.db, provider: suite.handle.provider };
    const before = await dashboardResults(q, def, "en", {});
    expect(before.total).toBe(40);
    const s1Before = s1Counts(before.items);
    // Three "yes" (ids 0..2) and two "no" (ids 20, 21).
    const excluded = [ids[0], ids[1], ids[2], ids[20], ids[21]] as string[];
    for (const id of excluded) expect((await decide(suite.handle.db, actor, { action: "exclude", responseId: id, reason: "test", note: "" })).ok).toBe(true);
    expect(await excludedCount(suite.handle.db)).toBe(5);

    const after = await dashboardResults(q, def, "en", {});
    expect(after.total).toBe(35);
    const s1After = s1Counts(after.items);
    expect((s1Before.get(1) ?? 0) - (s1After.get(1) ?? 0)).toBe(3);
    expect((s1Before.get(2) ?? 0) - (s1After.get(2) ?? 0)).toBe(2);

    for (const id of excluded) await decide(suite.handle.db, actor, { action: "restore", responseId: id, note: "" });
    const restored = await dashboardResults(q, def, "en", {});
    expect(restored.total).toBe(40);
    expect(s1Counts(restored.items)).toEqual(s1Before);
  });
});
