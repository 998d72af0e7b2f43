// The strings workbook against a real draft on SQLite and PostgreSQL: a workbook edited
// with exceljs and one written by LibreOffice apply exactly their edits; every bad upload
// is refused with its rows named and leaves the draft exactly as it was.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { describeEachDatabase, TMP_DIR, useTestDatabase } from "@/tests/support/databases";
import { hasSoffice, sofficeConvert } from "@/tests/support/soffice";
import { loadDraft } from "../editing/draft.server";
import type { EditActing } from "../editing/types";
import { importStrings, stringsFile, type ImportOutcome } from "./spreadsheet.server";
import { MAX_UPLOAD_BYTES } from "./workbook.server";

const ACTING: EditActing = { actor: null, via: "spreadsheet" };
const OPTION = "Q9.options.3.label";
const col = { key: 1, where: 2, kk: 3, ru: 4, en: 5 } as const;

async function downloaded(db: Db): Promise<ExcelJS.Workbook> {
  const file = await stringsFile(db, "xlsx", "en");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.body) as unknown as ArrayBuffer);
  return book;
}

function rowOf(sheet: ExcelJS.Worksheet, key: string): number {
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(col.key).value === key) return r;
  throw new Error(`no row ${key}`);
}

async function edited(db: Db, mutate: (sheet: ExcelJS.Worksheet, row: (key: string) => number) => void): Promise<Uint8Array> {
  const book = await downloaded(db);
  const sheet = book.getWorksheet("Strings");
  if (!sheet) throw new Error("no Strings sheet");
  mutate(sheet, (key) => rowOf(sheet, key));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** What a refused upload must leave alone: every text, status and the draft's revision. */
async function snapshot(db: Db): Promise<string> {
  const draft = await loadDraft(db);
  return JSON.stringify({ revision: draft.revision, stored: draft.stored, strings: draft.strings.map((s) => [s.key, s.text, s.status]) });
}

function refused(outcome: ImportOutcome): { code: string; row: number | null; key: string | null; message: string }[] {
  if (outcome.ok) throw new Error(`accepted: ${JSON.stringify(outcome.changed)}`);
  return outcome.problems.map(({ code, row, key, message }) => ({ code, row, key, message }));
}

const work = path.join(TMP_DIR, "strings-soffice");
mkdirSync(work, { recursive: true });
const dir = mkdtempSync(path.join(work, "apply-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

await describeEachDatabase("the strings workbook applied to the draft", ({ create }) => {
  const suite = useTestDatabase(create);
  let db: Db;
  beforeAll(() => {
    db = suite.handle.db;
  });

  it("refuses each bad upload with its rows named, and applies nothing", async () => {
    const before = await snapshot(db);
    const cases: [string, Uint8Array, RegExp][] = [
      ["not an xlsx", new TextEncoder().encode("%PDF-1.7\n\u0000binary"), /^The file is neither an \.xlsx workbook nor a CSV/],
      ["over 5 MB", new Uint8Array(MAX_UPLOAD_BYTES + 10).fill(0x50), /^The file is larger than 5 MB\.$/],
      [
        "an unknown key next to a good edit",
        await edited(db, (s, row) => {
          s.getCell(row(OPTION), col.kk).value = "Жақсы түзету";
          s.getCell(row("title"), col.key).value = "title.renamed";
        }),
        /^Row \d+ \(title\.renamed\): the key is not a string of this questionnaire/,
      ],
      ["a duplicate key", await edited(db, (s, row) => (s.getCell(row("intro"), col.key).value = "title")), /^Row \d+ \(title\): the key is already in row 2\.$/],
      ["a missing column", await edited(db, (s) => s.spliceColumns(col.ru, 1)), /^Row 1: has no column ru\.$/],
      ["a formula cell", await edited(db, (s, row) => (s.getCell(row(OPTION), col.en).value = { formula: "A1", result: "x" })), /^Row \d+ \(Q9\.options\.3\.label\), en: is a formula/],
      ["a text over its limit", await edited(db, (s, row) => (s.getCell(row(OPTION), col.en).value = "y".repeat(201))), /en: is 201 characters long; at most 200 are allowed\.$/],
      ["an empty source text", await edited(db, (s, row) => (s.getCell(row(OPTION), col.ru).value = "")), /^Row \d+ \(Q9\.options\.3\.label\), ru: is empty; this text is required\.$/],
    ];
    for (const [name, bytes, message] of cases) {
      const problems = refused(await importStrings(db, bytes, ACTING, "en"));
      expect(problems.map((p) => p.message).join("\n"), name).toMatch(message);
      expect(await snapshot(db), `${name}: the draft is unchanged`).toBe(before);
    }
  });

  it("applies an exceljs-edited workbook: the changed strings, and the draft shows them", async () => {
    const bytes = await edited(db, (s, row) => {
      s.getCell(row(OPTION), col.kk).value = "Жаңа белгі";
      s.getCell(row("intro"), col.en).value = { richText: [{ text: "A " }, { font: { italic: true }, text: "new" }, { text: " intro " }] };
    });
    const outcome = await importStrings(db, bytes, ACTING, "en");
    if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join("\n"));
    expect(outcome.changed.map((c) => [c.key, c.locale, c.after])).toEqual([
      ["intro", "en", "A new intro"],
      [OPTION, "kk", "Жаңа белгі"],
    ]);
    const draft = await loadDraft(db);
    const option = draft.strings.find((s) => s.key === OPTION);
    expect(option?.text.kk).toBe("Жаңа белгі");
    expect(option?.changed).toBe(true);
    // The same file again changes nothing.
    const again = await importStrings(db, bytes, ACTING, "en");
    expect(again.ok && again.changed).toEqual([]);
    const audit = await db.auditLog.findMany({ where: { action: "questionnaire-draft-saved" } });
    expect(audit.map((a) => JSON.parse(a.details) as { via: string; count: number })).toEqual([expect.objectContaining({ via: "spreadsheet", count: 2 })]);
  });

  it("accepts the same table as CSV", async () => {
    const file = await stringsFile(db, "csv", "ru");
    const csv = new TextDecoder().decode(file.body).replace("Жаңа белгі", "Жаңа белгі (CSV)");
    const outcome = await importStrings(db, new TextEncoder().encode(csv), ACTING, "en");
    expect(outcome.ok && outcome.changed.map((c) => [c.key, c.locale, c.before, c.after])).toEqual([[OPTION, "kk", "Жаңа белгі", "Жаңа белгі (CSV)"]]);
  });

  it.skipIf(!hasSoffice)(
    "applies a workbook written by LibreOffice: exactly its edits, nothing else",
    async () => {
      const bytes = await edited(db, (s, row) => {
        s.getCell(row(OPTION), col.kk).value = "LibreOffice белгісі";
        s.getCell(row("title"), col.en).value = "0042";
      });
      const sub = mkdtempSync(path.join(dir, "run-"));
      const source = path.join(sub, "strings.xlsx");
      writeFileSync(source, bytes);
      const ods = await sofficeConvert(source, "ods", path.join(sub, "ods"));
      const xlsx = await sofficeConvert(ods, "xlsx", path.join(sub, "xlsx"));
      const outcome = await importStrings(db, readFileSync(xlsx), ACTING, "en");
      if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join("\n"));
      expect(outcome.changed.map((c) => [c.key, c.locale, c.after])).toEqual([
        ["title", "en", "0042"],
        [OPTION, "kk", "LibreOffice белгісі"],
      ]);
    },
    240_000,
  );
});
