// Exclude → export → restore on both databases: the wide CSV carries the quality flags and
// `excluded` / `exclusion_reason` for every case (excluded cases are kept, marked), the
// .sav read back by PSPP has them with their value labels, and restoring clears the mark.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { expect, it } from "vitest";
import { openCsvExport } from "@/lib/export/csv-export";
import { openExtraColumns } from "@/lib/export/extra-column-providers.server";
import { DEFAULT_EXPORT_OPTIONS } from "@/lib/export/options";
import { openSavExport } from "@/lib/export/sav-export";
import { generateValidAnswers, itemsInOrder, mulberry32, questionnaire, questionnaireVersion, type Answers } from "@/lib/questionnaire";
import { storeRecords } from "@/lib/responses/batch-store";
import { decide } from "@/lib/review/review.server";
import { describeEachDatabase } from "@/tests/support/databases";
import { hasPspp, runPspp, tables, usePsppWorkspace } from "@/tests/support/pspp";
import { readAll, readBytes } from "./support";

const actor = { id: "a1", email: "analyst@example.org" };

function answers(seed: number, straight: boolean): Answers {
  const overrides: Answers = {};
  for (const { item } of itemsInOrder(questionnaire)) {
    if (item.kind === "matrix" && item.rows.length >= 4) item.rows.forEach((r, i) => (overrides[r.variable] = straight ? 1 : 1 + (i % 2)));
  }
  return generateValidAnswers(questionnaire, mulberry32(seed), { S1: 1, ...overrides }, { specialRate: 0, textLocale: "ru" });
}

await describeEachDatabase("quality and exclusion in exports", ({ provider, create }) => {
  const ids = { straight: randomUUID(), twinA: randomUUID(), twinB: randomUUID(), plain: randomUUID() };
  const fx = usePsppWorkspace(`quality-${provider}`, create, async (db) => {
    const twin = answers(3, false);
    await storeRecords(db, [
      { id: ids.straight, questionnaireVersion, locale: "ru", submittedOn: "2026-11-20", answers: answers(1, true) },
      { id: ids.twinA, questionnaireVersion, locale: "ru", submittedOn: "2026-11-20", answers: twin },
      { id: ids.twinB, questionnaireVersion, locale: "kk", submittedOn: "2026-11-21", answers: { ...twin } },
      { id: ids.plain, questionnaireVersion, locale: "en", submittedOn: "2026-11-21", answers: answers(4, false) },
    ]);
  });

  async function csvRows(): Promise<Map<string, Record<string, string>>> {
    const { db } = fx.handle;
    const extra = await openExtraColumns(db, questionnaire);
    const text = await readAll(await openCsvExport({ file: "responses.csv", options: DEFAULT_EXPORT_OPTIONS, filters: {}, target: fx.database.target, def: questionnaire, db, extra }));
    const [header = [], ...rows] = parse(text, { bom: true }) as string[][];
    return new Map(rows.map((r) => [r[0] ?? "", Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))]));
  }

  it("exclude → export → restore: every case stays, marked while excluded", async () => {
    const { db } = fx.handle;
    let rows = await csvRows();
    expect(rows.size).toBe(4);
    expect(rows.get(ids.straight)).toMatchObject({ quality_straightline: "3", quality_duplicate: "0", excluded: "0", exclusion_reason: "0", quality_time_band: "-1" });
    expect(rows.get(ids.twinA)).toMatchObject({ quality_straightline: "0", quality_duplicate: "1" });
    expect(rows.get(ids.twinB)).toMatchObject({ quality_duplicate: "1" });
    expect(rows.get(ids.plain)).toMatchObject({ quality_duplicate: "0", quality_special_pct: "0" });

    expect((await decide(db, actor, { action: "exclude", responseId: ids.straight, reason: "straightlining", note: "" })).ok).toBe(true);
    expect((await decide(db, actor, { action: "exclude", responseId: ids.twinB, reason: "duplicate", note: "second copy" })).ok).toBe(true);
    rows = await csvRows();
    expect(rows.size).toBe(4);
    expect(rows.get(ids.straight)).toMatchObject({ excluded: "1", exclusion_reason: "1" });
    expect(rows.get(ids.twinB)).toMatchObject({ excluded: "1", exclusion_reason: "2" });
    expect(rows.get(ids.plain)).toMatchObject({ excluded: "0", exclusion_reason: "0" });

    expect((await decide(db, actor, { action: "restore", responseId: ids.straight, note: "" })).ok).toBe(true);
    rows = await csvRows();
    expect(rows.get(ids.straight)).toMatchObject({ excluded: "0", exclusion_reason: "0" });
    expect(rows.get(ids.twinB)).toMatchObject({ excluded: "1" });
    const log = await db.auditLog.findMany({ where: { action: { in: ["response-excluded", "response-restored"] } } });
    expect(log).toHaveLength(3);
  });

  it.runIf(hasPspp)("the .sav carries the derived variables with their value labels (read by PSPP)", async () => {
    const { db } = fx.handle;
    const extra = await openExtraColumns(db, questionnaire);
    const bytes = await readBytes(await openSavExport({ options: { lang: "en", combined: false }, filters: {}, target: fx.database.target, def: questionnaire, db, extra }));
    writeFileSync(path.join(fx.dir, "responses.sav"), bytes);
    writeFileSync(
      path.join(fx.dir, "check.sps"),
      ["GET FILE='responses.sav'.", "DISPLAY DICTIONARY /VARIABLES=excluded exclusion_reason quality_duplicate quality_time_band.", "FREQUENCIES /VARIABLES=excluded exclusion_reason quality_duplicate.", ""].join("\n"),
    );
    const { output } = runPspp(fx.dir);
    expect(output).not.toMatch(/^(error|warning)/im);
    const t = tables(output);
    const labels = t.find((x) => x.title === "Value Labels");
    const flat = JSON.stringify(labels?.rows ?? []);
    expect(flat).toContain("Duplicate of another response");
    expect(flat).toContain("Not excluded");
    expect(flat).toContain("Under 5 minutes");
    // One excluded case (the second twin) after the round trip above.
    const freq = t.find((x) => x.title.includes("Excluded from the analysis"));
    const yes = freq?.rows.find((r) => r.includes("Yes"));
    expect(yes, JSON.stringify(t.map((x) => x.title))).toBeDefined();
    expect(yes).toContain("1");
  });
});
