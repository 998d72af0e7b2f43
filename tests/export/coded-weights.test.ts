// Coded categories and the raking weight in the exports, on both databases: the .sav read
// back by PSPP carries Q22_c1, Q22_c2 with their variable and value labels and the
// weight, every case equal to what was coded and computed; the CSV has the same cells.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { expect, it } from "vitest";
import { setCodes } from "@/lib/coding/assignments.server";
import { codingPage } from "@/lib/coding/assignments.server";
import { ensureFrame, saveCategory } from "@/lib/coding/frames.server";
import type { Db } from "@/lib/db/client";
import { codebookCsvFile, codebookMarkdownFile } from "@/lib/export/codebook";
import { openCsvExport } from "@/lib/export/csv-export";
import { openExtraColumns } from "@/lib/export/extra-column-providers.server";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from "@/lib/export/options";
import { openSavExport } from "@/lib/export/sav-export";
import { spssSyntax } from "@/lib/export/spss";
import { questionnaire, questionnaireVersion, type Answers, type Locale } from "@/lib/questionnaire";
import { storeRecords } from "@/lib/responses/batch-store";
import { computeWeights } from "@/lib/weights/compute.server";
import { parseMargins } from "@/lib/weights/margins";
import { describeEachDatabase } from "@/tests/support/databases";
import { hasPspp, runPspp, tables, usePsppWorkspace } from "@/tests/support/pspp";
import { readBytes } from "./support";

const CODER = { id: "coder-1", email: "coder@example.org" };
const N = 12;
const LOCALES: Locale[] = ["kk", "ru", "en"];
const id = (i: number) => `00000000-0000-4000-8000-${String(100 + i).padStart(12, "0")}`;

type Fixture = { codes: Map<string, number[]>; weights: Map<string, number> };

async function fill(db: Db): Promise<Fixture> {
  // Gender 1 on 9 responses, 2 on 3; the population is half and half.
  await storeRecords(
    db,
    Array.from({ length: N }, (_, i) => ({
      id: id(i),
      locale: LOCALES[i % 3]!,
      submittedOn: "2026-01-02",
      questionnaireVersion,
      answers: { S1: 1, Q1: i < 9 ? 1 : 2, ...(i < 10 ? { Q22: `ANSWER ${i}` } : {}) } as Answers,
    })),
  );
  const frame = await ensureFrame(db, questionnaire, "Q22", CODER);
  if (!frame.ok) throw new Error(frame.problem);
  await saveCategory(db, { frameId: frame.value.id, label: { kk: "Қаржы", ru: "Деньги", en: "Money" } }, CODER);
  await saveCategory(db, { frameId: frame.value.id, label: { kk: "Бюрократия", ru: "Бюрократия", en: "Red tape" } }, CODER);
  const { frameFor } = await import("@/lib/coding/frames.server");
  const withCategories = (await frameFor(db, "Q22"))!;
  const page = await codingPage(db, withCategories, CODER.id, { blind: false, uncoded: false, offset: 0, limit: 50 });
  if (!page.shown) throw new Error("withheld");
  const codes = new Map<string, number[]>();
  // Code the first eight answers (#8 and #9 stay uncoded): money on even ones, red tape on
  // odd ones and on every third (a coded answer has at least one category).
  for (const [i, row] of page.rows.slice(0, 8).entries()) {
    const categories = [...(i % 2 === 0 ? [1] : []), ...(i % 2 === 1 || i % 3 === 0 ? [2] : [])];
    await setCodes(db, withCategories, { answer: row.id, coderId: CODER.id, categories });
    codes.set(row.id.split(":")[0]!, categories);
  }
  const margins = parseMargins("variable,code,share\nQ1,1,0.5\nQ1,2,0.5\n", questionnaire);
  if (!margins.ok) throw new Error(margins.problem);
  await computeWeights(db, { margins: margins.margins, rows: margins.rows, lower: 0.1, upper: 10 }, CODER);
  const weights = new Map((await db.responseWeight.findMany()).map((w) => [w.responseId, w.weight]));
  return { codes, weights };
}

await describeEachDatabase("coded answers and weights in the exports", ({ provider, create }) => {
  const fx = usePsppWorkspace(`coded-${provider}`, create, fill);

  it("weights rake gender to half and half: 9 × w1 = 3 × w2, mean 1", () => {
    const w = fx.data.weights;
    expect(w.size).toBe(N);
    expect(w.get(id(0))).toBeCloseTo(12 / 18, 9);
    expect(w.get(id(11))).toBeCloseTo(2, 9);
  });

  it.skipIf(!hasPspp)("PSPP reads Q22_c1, Q22_c2 and weight with their labels and every case's value", async () => {
    const extra = await openExtraColumns(fx.handle.db, questionnaire);
    // The coded categories and the weight, then the quality and exclusion columns.
    expect(extra.columns.map((c) => c.name).slice(0, 4)).toEqual(["Q22_c1", "Q22_c2", "weight", "quality_straightline"]);
    const bytes = await readBytes(await openSavExport({ options: { lang: "en", combined: false }, filters: {}, target: fx.database.target, def: questionnaire, extra, batchSize: 5 }));
    writeFileSync(path.join(fx.dir, "responses.sav"), bytes);
    writeFileSync(
      path.join(fx.dir, "check.sps"),
      ["GET FILE='responses.sav'.", "DISPLAY DICTIONARY /VARIABLES=Q22_c1 Q22_c2 weight.", "FREQUENCIES /VARIABLES=Q22_c1 Q22_c2.", "SAVE TRANSLATE /OUTFILE='back.csv' /TYPE=CSV /FIELDNAMES /REPLACE /CELLS=VALUES.", ""].join("\n"),
    );
    const { output } = runPspp(fx.dir);
    expect(output).not.toMatch(/^(error|warning)/im);
    const t = tables(output);
    const variables = t.find((x) => x.title === "Variables");
    const byName = new Map((variables?.rows ?? []).slice(1).map((r) => [r[0], r]));
    expect(byName.get("Q22_c1")?.[2]).toBe("Q22: Money");
    expect(byName.get("Q22_c2")?.[2]).toBe("Q22: Red tape");
    expect(byName.get("weight")?.[2]).toBe("Raking weight");
    const levelAt = variables?.rows[0]?.indexOf("Measurement Level") ?? -1;
    expect(byName.get("weight")?.[levelAt]).toBe("Scale");
    const valueLabels = t.find((x) => x.title === "Value Labels");
    const labelRows = (valueLabels?.rows ?? []).map((r) => r.join("|"));
    expect(labelRows.some((r) => /Q22_c1.*\|0\|Not selected|0\|Not selected/.test(r))).toBe(true);
    expect(labelRows.some((r) => /1\|Selected/.test(r))).toBe(true);
    // Frequencies by value label: money on #0, #2, #4, #6 (4 of 8 coded); red tape on #0, #1, #3, #5, #6, #7.
    const freq = t.filter((x) => x.rows[0]?.[2] === "Frequency");
    const count = (k: number, label: string) => Number(freq[k]?.rows.find((r) => r[1] === label)?.[2]);
    expect([count(0, "Selected"), count(0, "Not selected")]).toEqual([4, 4]);
    expect([count(1, "Selected"), count(1, "Not selected")]).toEqual([6, 2]);

    const back = parse(readFileSync(path.join(fx.dir, "back.csv"), "utf8"), { bom: true, columns: true }) as Record<string, string>[];
    expect(back).toHaveLength(N);
    for (const row of back) {
      const rid = row.response_id!.trim();
      const coded = fx.data.codes.get(rid);
      expect(row.Q22_c1?.trim(), rid).toBe(coded ? (coded.includes(1) ? "1" : "0") : "");
      expect(row.Q22_c2?.trim(), rid).toBe(coded ? (coded.includes(2) ? "1" : "0") : "");
      expect(Number(row.weight)).toBeCloseTo(fx.data.weights.get(rid)!, 6);
    }
  });

  it("the long CSV carries them as rows of their own, after each response's answers", async () => {
    const extra = await openExtraColumns(fx.handle.db, questionnaire);
    const csv = new TextDecoder().decode(
      await readBytes(
        await openCsvExport({ file: "responses-long.csv", options: { ...DEFAULT_EXPORT_OPTIONS, lang: "en", bom: false }, filters: {}, target: fx.database.target, def: questionnaire, extra }),
      ),
    );
    const rows = parse(csv, { columns: true, delimiter: [",", ";", "\t"] }) as Record<string, string>[];
    for (const [rid, weight] of fx.data.weights) {
      const own = rows.filter((r) => r.response_id === rid);
      expect(Number(own.find((r) => r.variable === "weight")?.code)).toBeCloseTo(weight, 9);
      const coded = fx.data.codes.get(rid);
      const c1 = own.find((r) => r.variable === "Q22_c1");
      if (coded) expect([c1?.code, c1?.label]).toEqual(coded.includes(1) ? ["1", "Selected"] : ["0", "Not selected"]);
      else expect(c1).toBeUndefined();
    }
  });

  it("the CSV carries the same cells", async () => {
    const extra = await openExtraColumns(fx.handle.db, questionnaire);
    const csv = new TextDecoder().decode(
      await readBytes(await openCsvExport({ file: "responses.csv", options: { ...DEFAULT_EXPORT_OPTIONS, bom: false }, filters: {}, target: fx.database.target, def: questionnaire, extra })),
    );
    const rows = parse(csv, { columns: true, delimiter: [",", ";", "\t"] }) as Record<string, string>[];
    expect(rows).toHaveLength(N);
    for (const row of rows) {
      const coded = fx.data.codes.get(row.response_id!);
      expect(row.Q22_c1, row.response_id).toBe(coded ? (coded.includes(1) ? "1" : "0") : "");
      expect(Number(row.weight)).toBeCloseTo(fx.data.weights.get(row.response_id!)!, 9);
    }
  });

  it("the codebook describes the coded variables and the weight with their labels", async () => {
    const extra = (await openExtraColumns(fx.handle.db, questionnaire)).columns;
    const table = parse(codebookCsvFile(questionnaire, { sep: "comma", bom: false }, {}, extra), { columns: true }) as Record<string, string>[];
    const c1 = table.find((r) => r.variable === "Q22_c1");
    expect([c1?.question_en, c1?.question_ru, c1?.codes_en]).toEqual(["Q22: Money", "Q22: Деньги", "0 = Not selected; 1 = Selected"]);
    expect(table.find((r) => r.variable === "weight")?.kind).toBe("weight");
    expect(codebookMarkdownFile(questionnaire, {}, extra)).toContain("### Q22_c2");
  });

  it.skipIf(!hasPspp)("the SPSS-bound CSV and its .sps declare the same extra columns with their labels", async () => {
    const extra = await openExtraColumns(fx.handle.db, questionnaire);
    const options: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, lang: "ru", spss: true };
    const csv = await readBytes(await openCsvExport({ file: "responses.csv", options, filters: {}, target: fx.database.target, def: questionnaire, extra }));
    writeFileSync(path.join(fx.dir, "responses.csv"), csv);
    writeFileSync(path.join(fx.dir, "responses.sps"), `\uFEFF${spssSyntax(questionnaire, { ...options, extra: extra.columns })}`);
    writeFileSync(
      path.join(fx.dir, "check.sps"),
      ["INCLUDE FILE='responses.sps'.", "DISPLAY DICTIONARY /VARIABLES=Q22_c1 weight.", "SAVE TRANSLATE /OUTFILE='back-sps.csv' /TYPE=CSV /FIELDNAMES /REPLACE /CELLS=LABELS.", ""].join("\n"),
    );
    const { output } = runPspp(fx.dir);
    expect(output).not.toMatch(/^(error|warning)/im);
    const byName = new Map((tables(output).find((x) => x.title === "Variables")?.rows ?? []).slice(1).map((r) => [r[0], r]));
    expect(byName.get("Q22_c1")?.[2]).toBe("Q22: Деньги");
    const back = parse(readFileSync(path.join(fx.dir, "back-sps.csv"), "utf8"), { bom: true, columns: true }) as Record<string, string>[];
    for (const row of back) {
      const coded = fx.data.codes.get(row.response_id!.trim());
      expect(row.Q22_c1?.trim()).toBe(coded ? (coded.includes(1) ? "Выбрано" : "Не выбрано") : "");
      expect(Number(row.weight)).toBeCloseTo(fx.data.weights.get(row.response_id!.trim())!, 6);
    }
  });
});
