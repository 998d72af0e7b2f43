// The paper side by side on 1,000 demo responses (which reproduce the published shares
// as quotas, lib/demo): every figure the issue names is listed, today's equals the
// paper's, and its 95% interval contains it; on both databases.
import { expect, it } from "vitest";
import { createDb, type DbHandle } from "@/lib/db/client";
import { dashboardResults } from "@/lib/dashboard/results";
import { seedDemoResponses } from "@/lib/demo/seed";
import { questionnaire } from "@/lib/questionnaire";
import { paperComparison } from "@/lib/report/paper";
import { describeEachDatabase, type TestDatabase } from "@/tests/support/databases";
import { afterAll, beforeAll } from "vitest";

await describeEachDatabase("the paper side by side", ({ create }) => {
  let database: TestDatabase;
  let handle: DbHandle;
  beforeAll(async () => {
    database = await create();
    handle = createDb(database.target);
    await handle.ready;
    await seedDemoResponses(handle.db, { count: 1000, seed: 11 });
  }, 180_000);
  afterAll(async () => {
    await handle?.db.$disconnect();
    await database?.drop();
  });

  it("lists Q9 60%, Q26 44/46/60%, Q27_1 50/12%, Q28 36/42/28% and today's equal figures with CIs", async () => {
    const results = await dashboardResults({ db: handle.db, provider: handle.provider }, questionnaire, "en", {});
    const rows = paperComparison(questionnaire, results, "en");
    expect(rows.map((r) => [r.variable, r.published])).toEqual([
      ["Q9", 60],
      ["Q26_1", 44],
      ["Q26_2", 46],
      ["Q26_3", 60],
      ["Q27_1", 50],
      ["Q27_1", 12],
      ["Q28", 36],
      ["Q28", 42],
      ["Q28", 28],
    ]);
    for (const r of rows) {
      const today = r.today;
      if (!today || "suppressed" in today) throw new Error(`${r.variable}: no figure`);
      expect(today.of, r.variable).toBe(1000);
      expect(today.pct, `${r.variable} ${r.what}`).toBeCloseTo(r.published, 6);
      expect(today.low).toBeLessThan(today.pct);
      expect(today.high).toBeGreaterThan(today.pct);
    }
    expect(rows[1]?.what).toMatch(/8–10$/);
    expect(rows[4]?.what).toBe("Openness and transparency of management: High");
  }, 120_000);
});
