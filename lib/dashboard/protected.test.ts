// Every dashboard figure filtered to a group of one, on SQLite and PostgreSQL: the
// guarded functions every staff page and download reads show no figure and no answer
// for it, directly or as a total minus what is shown (lib/dashboard/disclosure.ts).
import { afterAll, beforeAll, expect, it } from "vitest";
import { resetClock, setClock } from "@/lib/clock";
import { questionnaire } from "@/lib/questionnaire";
import { submitToStore } from "@/lib/responses/batch-store";
import type { ResponseFilters } from "@/lib/responses/filters";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";
import type { Crosstab } from "./crosstab";
import { guardedCrosstab, guardedItem, guardedOverview, guardedResults, guardedTextAnswers } from "./protected";
import { AFTER_RELEASE, LONE_TEXT, smallGroupRecords } from "./small-groups.test-data";

const NAMES = { kk: "Қазақша", ru: "Русский", en: "English" };
const K = 5;
/** The one woman aged 25–34 from region 3, and the ways of narrowing to her. */
const LONE: ResponseFilters[] = [
  { region: [3] },
  { region: [3], gender: [2] },
  { region: [3], gender: [2], ageGroup: [2] },
  { ageGroup: [2] },
  { from: "2026-01-11", to: "2026-01-11" },
];

/** Cells of a protected table that its shown totals would still give back. */
function recoverableCells(t: Crosstab): string[] {
  const out: string[] = [];
  t.lines.forEach((line) => {
    const hidden = line.cells.filter((c) => c.suppressed);
    if (!line.totalSuppressed && hidden.length === 1) out.push(`row ${line.code}`);
  });
  t.columnCodes.forEach((c, j) => {
    const hidden = t.lines.filter((l) => l.cells[j]?.suppressed);
    if (!t.columnTotals[j]?.suppressed && hidden.length === 1) out.push(`column ${c.code}`);
  });
  const hiddenRows = t.lines.filter((l) => l.totalSuppressed).length;
  if (!t.totalSuppressed && hiddenRows === 1) out.push("row totals");
  return out;
}

await describeEachDatabase("minimum group size", ({ create }) => {
  const suite = useTestDatabase(create);
  const q = () => ({ db: suite.handle.db, provider: suite.handle.provider });

  beforeAll(async () => {
    setClock(AFTER_RELEASE);
    for (const record of smallGroupRecords()) {
      const outcome = await submitToStore(suite.handle.db, { record });
      if (outcome.status !== "created") throw new Error(`seed: ${outcome.status}`);
    }
  });
  afterAll(() => resetClock());

  it("shows the unfiltered results, with the lone region's count hidden and not recoverable from the total", async () => {
    const r = await guardedResults(q(), questionnaire, "en", {}, K);
    if (!r.shown) throw new Error("unfiltered results withheld");
    expect(r.value.total).toBe(30);
    const q4 = r.value.items.find((i) => i.variable === "Q4");
    if (q4?.kind !== "single") throw new Error("Q4");
    const region3 = q4.rows.find((row) => row.code === 3);
    expect(region3).toMatchObject({ n: 0, pct: null, suppressed: "small" });
    // answered (30) − the shown rows must not give region 3 back: a second row is hidden.
    const shownSum = q4.rows.filter((row) => !row.suppressed).reduce((s, row) => s + row.n, 0);
    expect(q4.answered - shownSum).not.toBe(1);
    expect(q4.rows.filter((row) => row.suppressed).length).toBeGreaterThanOrEqual(2);
  });

  it("every filter to the group of one withholds results, one item, the overview, crosstabs and open answers", async () => {
    for (const filters of LONE) {
      const results = await guardedResults(q(), questionnaire, "en", filters, K);
      expect(results, JSON.stringify(filters)).toMatchObject({ shown: false });
      expect(JSON.stringify(results)).not.toContain("Q9");
      expect(await guardedItem(q(), questionnaire, "en", "Q9", filters, K)).toMatchObject({ shown: false });
      expect(await guardedOverview(q(), questionnaire, "en", filters, NAMES, K)).toMatchObject({ shown: false });
      expect(await guardedCrosstab(q(), questionnaire, "en", "Q9", "Q1", filters, {}, K)).toMatchObject({ shown: false });
      const texts = await guardedTextAnswers(q(), "Q22", filters, { offset: 0, limit: 50 }, K);
      expect(texts).toMatchObject({ shown: false });
      expect(JSON.stringify(texts)).not.toContain(LONE_TEXT);
    }
  });

  it("refuses the complement: everyone but the one, and everything but her day", async () => {
    for (const filters of [{ region: [1, 2] }, { gender: [1] }, { from: "2026-01-10" }, { to: "2026-01-10" }, { ageGroup: [1, 3] }] satisfies ResponseFilters[]) {
      // gender=1 is 19 of 30: 11 women remain, so it is shown; the others leave exactly one out.
      const verdict = await guardedResults(q(), questionnaire, "en", filters, K);
      if (filters.gender) expect(verdict.shown).toBe(true);
      // (from=2026-01-10 also spans her day alone: refused as a part; the others as a complement.)
      else expect(verdict, JSON.stringify(filters)).toMatchObject({ shown: false, reason: filters.from ? "part" : "complement" });
    }
  });

  it("the overview hides the day with one response, and the total cannot give it back", async () => {
    const o = await guardedOverview(q(), questionnaire, "en", {}, NAMES, K);
    if (!o.shown) throw new Error("overview withheld");
    const day11 = o.value.perDay.find((d) => d.day === "2026-01-11");
    expect(day11).toMatchObject({ n: 0, suppressed: "small" });
    const shown = o.value.perDay.filter((d) => !d.suppressed).reduce((s, d) => s + d.n, 0);
    expect(o.value.total - shown).not.toBe(1);
  });

  it("a crosstab of region × gender hides the cell of one and enough others that no margin recovers it", async () => {
    const t = await guardedCrosstab(q(), questionnaire, "en", "Q4", "Q1", {}, {}, K);
    if (!t.shown || !t.value) throw new Error("crosstab withheld");
    const table = t.value;
    const row3 = table.lines.find((l) => l.code === 3);
    const women = table.columnCodes.findIndex((c) => c.code === 2);
    expect(row3?.cells[women]).toMatchObject({ n: 0, suppressed: "small", rowPct: null });
    expect(row3?.totalSuppressed).toBe("small");
    // Column "women": 10 + 1 = 11 shown would give the 1 back from region 1's 10.
    expect(table.lines.find((l) => l.code === 1)?.cells[women]?.suppressed).toBe("secondary");
    expect(recoverableCells(table)).toEqual([]);
    expect(table.test).toBeNull();
    expect(table.testWithheld).toBe(true);
    // No shown figure anywhere is 1–4.
    const shown = [
      ...table.lines.flatMap((l) => [...l.cells.filter((c) => !c.suppressed).map((c) => c.n), ...(l.totalSuppressed ? [] : [l.total])]),
      ...table.columnTotals.filter((c) => !c.suppressed).map((c) => c.n),
    ];
    expect(shown.filter((n) => n > 0 && n < K)).toEqual([]);
  });

  it("a layered crosstab hides figures whose difference to the unlayered table is below k", async () => {
    // Within men (Q1 = 1), region × age. Region 3 has no man but one woman: its row total
    // (0 here, 1 without the layer) would give her away by comparing the two tables.
    const t = await guardedCrosstab(q(), questionnaire, "en", "Q4", "Q2", {}, { layer: { variable: "Q1", code: 1 } }, K);
    if (!t.shown || !t.value) throw new Error("withheld");
    const r1 = t.value.lines.find((l) => l.code === 1);
    expect(r1?.cells.find((c) => c.code === 1)?.n).toBe(12);
    expect(t.value.lines.find((l) => l.code === 3)?.totalSuppressed).toBeDefined();
    expect(recoverableCells(t.value)).toEqual([]);
  });

  it("open answers: shown for a group of 10 writers, never the lone one", async () => {
    const all = await guardedTextAnswers(q(), "Q22", {}, { offset: 0, limit: 50 }, K);
    if (!all.shown) throw new Error("withheld");
    expect(all.value.total).toBe(18);
    const region1 = await guardedTextAnswers(q(), "Q22", { region: [1] }, { offset: 0, limit: 50 }, K);
    if (!region1.shown) throw new Error("region 1 withheld");
    expect(region1.value.rows.map((r) => r.text).every((t) => t.startsWith("Region one"))).toBe(true);
    // Regions 1 and 2 together: 17 of 18 texts, so the one left out would be hers.
    expect(await guardedTextAnswers(q(), "Q22", { region: [1, 2] }, { offset: 0, limit: 50 }, K)).toMatchObject({ shown: false });
  });
});
