import { afterAll, beforeAll, expect, it } from "vitest";
import { createDb, type DbHandle } from "@/lib/db/client";
import { questionnaire, questionnaireVersion } from "@/lib/questionnaire";
import { storeRecords } from "@/lib/responses/batch-store";
import type { ResponseFilters } from "@/lib/responses/filters";
import { describeEachDatabase, type TestDatabase } from "@/tests/support/databases";
import { crosstab } from "./crosstab";
import { dashboardOverview } from "./overview";
import { textAnswers } from "./queries";
import { dashboardResults, type ItemResult } from "./results";
import { FIXTURE } from "./fixtures.test-data";

const NAMES = { kk: "Қазақша", ru: "Русский", en: "English" };

function item(items: ItemResult[], variable: string): ItemResult {
  const found = items.find((i) => i.variable === variable);
  if (!found) throw new Error(`no item ${variable}`);
  return found;
}

function freq(result: ItemResult): Record<number, [number, number | null]> {
  if (result.kind !== "single" && result.kind !== "multi") throw new Error("not a choice item");
  return Object.fromEntries(result.rows.filter((r) => r.n > 0).map((r) => [r.code, [r.n, r.pct]]));
}

await describeEachDatabase("dashboard figures", ({ create }) => {
  let database: TestDatabase;
  let handle: DbHandle;
  const q = () => ({ db: handle.db, provider: handle.provider });
  const results = (filters: ResponseFilters = {}) => dashboardResults(q(), questionnaire, "en", filters);

  beforeAll(async () => {
    database = await create();
    handle = createDb(database.target);
    await handle.ready;
    await storeRecords(handle.db, FIXTURE.map((r) => ({ ...r, questionnaireVersion })));
  });
  afterAll(async () => {
    await handle?.db.$disconnect();
    await database?.drop();
  });

  it("computes the overview by hand", async () => {
    const o = await dashboardOverview(q(), questionnaire, "en", {}, NAMES);
    expect(o.total).toBe(4);
    expect(o.perDay).toEqual([
      { day: "2026-01-01", n: 1 },
      { day: "2026-01-02", n: 2 },
      { day: "2026-01-03", n: 1 },
    ]);
    expect(o.byLocale.map((l) => [l.key, l.n])).toEqual([["kk", 1], ["ru", 2], ["en", 1]]);
    expect(o.screening.rows.map((r) => [r.key, r.n, r.pct])).toEqual([["1", 2, 50], ["2", 2, 50]]);
  });

  it("single, multi, routed, rating, matrix and open items without filters", async () => {
    const { total, items } = await results();
    expect(total).toBe(4);
    const q9 = item(items, "Q9");
    expect([q9.asked, q9.answered]).toEqual([4, 4]);
    expect(freq(q9)).toEqual({ 1: [2, 50], 2: [1, 25], 99: [1, 25] });
    // Valid %: without "prefer not to answer" (99): base 3, and no valid % for 99 itself.
    expect(q9.valid).toBe(3);
    if (q9.kind !== "single") throw new Error("Q9 is single");
    expect(q9.rows.filter((r) => r.n > 0).map((r) => [r.code, r.validPct === null ? null : Number(r.validPct.toFixed(2))])).toEqual([
      [1, 66.67],
      [2, 33.33],
      [99, null],
    ]);
    const q10 = item(items, "Q10");
    expect([q10.kind, q10.asked, q10.answered]).toEqual(["multi", 4, 4]);
    expect(freq(q10)).toEqual({ 1: [2, 50], 2: [2, 50], 3: [1, 25], 99: [1, 25] });
    // Q15 is asked only when S1 = Yes: 2 of 4.
    const q15 = item(items, "Q15");
    expect([q15.asked, q15.answered]).toEqual([2, 2]);
    expect(freq(q15)).toEqual({ 1: [1, 50], 2: [1, 50] });
    const q26 = item(items, "Q26");
    if (q26.kind !== "rating") throw new Error("Q26 is a rating");
    const q26_1 = q26.scales.find((s) => s.variable === "Q26_1");
    expect(q26_1?.mean).toBe(6.5);
    expect(q26_1?.high).toEqual({ from: 8, to: 10, n: 2, pct: 50 });
    expect(q26_1?.rows.find((r) => r.code === 10)?.n).toBe(1);
    const q27 = item(items, "Q27");
    if (q27.kind !== "matrix") throw new Error("Q27 is a matrix");
    expect(q27.rows[0]?.rows.filter((r) => r.n > 0).map((r) => [r.code, r.n, r.pct])).toEqual([[1, 2, 50], [2, 1, 25], [3, 1, 25]]);
    const q22 = item(items, "Q22");
    expect([q22.kind, q22.asked, q22.answered]).toEqual(["open", 4, 2]);
  });

  it("applies filters to every figure", async () => {
    const women = await results({ gender: [2] });
    expect(women.total).toBe(2);
    expect(freq(item(women.items, "Q9"))).toEqual({ 1: [1, 50], 2: [1, 50] });
    expect(item(women.items, "Q15").asked).toBe(1);
    const q26 = item(women.items, "Q26");
    if (q26.kind !== "rating") throw new Error("Q26 is a rating");
    expect(q26.scales[0]?.mean).toBe(5.5);
    expect(q26.scales[0]?.high.pct).toBe(50);

    const region1 = await results({ region: [1] });
    expect(item(region1.items, "Q15").asked).toBe(2);
    expect(freq(item(region1.items, "Q9"))).toEqual({ 1: [2, 100] });

    const ruOnDay2 = await results({ locale: ["ru"], from: "2026-01-02", to: "2026-01-02" });
    expect(ruOnDay2.total).toBe(2);
    expect(freq(item(ruOnDay2.items, "Q10"))).toEqual({ 1: [1, 50], 2: [1, 50], 3: [1, 50] });

    const overview = await dashboardOverview(q(), questionnaire, "en", { screening: [2] }, NAMES);
    expect(overview.total).toBe(2);
    expect(overview.perDay).toEqual([
      { day: "2026-01-02", n: 1 },
      { day: "2026-01-03", n: 1 },
    ]);
  });

  it("crosstabs two closed items with row, column and total percentages", async () => {
    const table = await crosstab(q(), questionnaire, "en", "Q1", "Q9", {}, { includeMissing: true });
    const line = (code: number) => table?.lines.find((l) => l.code === code);
    expect(line(1)?.total).toBe(2);
    expect(line(1)?.cells.filter((c) => c.n > 0).map((c) => [c.code, c.n, c.rowPct])).toEqual([[1, 1, 50], [99, 1, 50]]);
    expect(line(2)?.cells.filter((c) => c.n > 0).map((c) => [c.code, c.n, c.rowPct])).toEqual([[1, 1, 50], [2, 1, 50]]);
    expect(table?.total).toBe(4);
    expect(table?.columnTotals.find((c) => c.code === 1)?.n).toBe(2);
    expect(line(1)?.cells.find((c) => c.code === 1)?.colPct).toBe(50);
    expect(line(1)?.cells.find((c) => c.code === 1)?.totalPct).toBe(25);
    // By default "prefer not to answer" (99) is left out, as PSPP leaves out user-missing values.
    const valid = await crosstab(q(), questionnaire, "en", "Q1", "Q9", {});
    expect(valid?.columnCodes.some((c) => c.code === 99)).toBe(false);
    expect(valid?.total).toBe(3);
    const filtered = await crosstab(q(), questionnaire, "en", "Q1", "Q9", { region: [2] }, { includeMissing: true });
    expect(filtered?.lines.map((l) => l.total)).toEqual([1, 1, 0]);
    expect(await crosstab(q(), questionnaire, "en", "Q22", "Q9", {})).toBeNull();
  });

  it("lists open answers in the order of the random response ids (no time), verbatim, with paging", async () => {
    const page1 = await textAnswers(q(), "Q22", {}, { offset: 0, limit: 1 });
    expect(page1.total).toBe(2);
    expect(page1.rows.map((r) => r.text)).toEqual(["<script>alert(1)</script><b>bold</b>"]);
    const page2 = await textAnswers(q(), "Q22", {}, { offset: 1, limit: 1 });
    expect(page2.rows.map((r) => r.text)).toEqual(["BETTER"]);
    expect((await textAnswers(q(), "Q22", { locale: ["en"] }, { offset: 0, limit: 10 })).total).toBe(1);
  });

  it("stays exact as responses arrive and after a deletion (incremental aggregation)", async () => {
    const before = await results();
    expect(freq(item(before.items, "Q9"))[1]).toEqual([2, 50]);
    const extra = FIXTURE[1];
    if (!extra) throw new Error("fixture");
    await storeRecords(handle.db, [{ ...extra, id: "00000000-0000-4000-8000-000000000005", questionnaireVersion }]);
    const after = await results();
    expect(after.total).toBe(5);
    expect(freq(item(after.items, "Q9"))[1]).toEqual([3, 60]);
    expect(item(after.items, "Q15").asked).toBe(3);
    // The same, filtered, through its own cache entry.
    expect(freq(item((await results({ gender: [2] })).items, "Q9"))[1]).toEqual([2, 2 / 3 * 100]);
    await handle.db.response.deleteMany({ where: { id: "00000000-0000-4000-8000-000000000005" } });
    const deleted = await results();
    expect(deleted.total).toBe(4);
    expect(freq(item(deleted.items, "Q9"))[1]).toEqual([2, 50]);
    expect(item(deleted.items, "Q22").answered).toBe(2);
  });
});
