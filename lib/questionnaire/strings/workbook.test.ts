// The strings workbook on its own (no database): what it writes, and what it makes of
// a file edited by exceljs, by LibreOffice, or saved as CSV; and every bad file refused
// with its rows named. The draft-applying path is tested in upload.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { staffMessages } from "@/lib/i18n/staff";
import { TMP_DIR } from "@/tests/support/databases";
import { hasSoffice, sofficeConvert } from "@/tests/support/soffice";
import { seedQuestionnaire } from "../definition";
import { LOCALES } from "../locale";
import { describeUploadProblem } from "./problems";
import { textSites } from "./walk";
import {
  MAX_UPLOAD_BYTES,
  planStringChanges,
  readStringsUpload,
  writeStringsCsv,
  writeStringsWorkbook,
  type StringChange,
  type UploadProblem,
  type WorkbookString,
} from "./workbook.server";

const words = staffMessages("en").questionnaireStrings;
const LIMIT = 400;

const strings: WorkbookString[] = textSites(seedQuestionnaire).map((s) => ({
  key: s.key,
  where: `${s.owner} · ${s.field}`,
  text: { ...s.text },
  status: { kk: "confirmed", ru: "source", en: "confirmed" },
  limit: LIMIT,
  required: { kk: false, ru: true, en: false },
}));
const rowOf = (key: string) => strings.findIndex((s) => s.key === key) + 2;
const OPTION = "Q9.options.3.label";
const HELP = strings.find((s) => s.key.endsWith(".help"))?.key ?? "S1.help";

async function upload(bytes: Uint8Array) {
  const table = await readStringsUpload(bytes);
  if (!table.ok) return table;
  return planStringChanges(table.value, strings);
}

async function changesOf(bytes: Uint8Array): Promise<StringChange[]> {
  const result = await upload(bytes);
  if (!result.ok) throw new Error(result.problems.map((p) => describeUploadProblem(p, words)).join("\n"));
  return result.value;
}

async function problemsOf(bytes: Uint8Array): Promise<UploadProblem[]> {
  const result = await upload(bytes);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.value)}`);
  return result.problems;
}

async function edit(mutate: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeStringsWorkbook(strings, words)) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Strings");
  if (!sheet) throw new Error("no Strings sheet");
  mutate(sheet);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const col = { key: 1, where: 2, kk: 3, ru: 4, en: 5, status: 6 } as const;

describe("the downloaded workbook", () => {
  it("has one row per string with a frozen header and text cells", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeStringsWorkbook(strings, words)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Strings");
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.getRow(1).values).toEqual([undefined, "key", "where", "kk", "ru", "en", "status"]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.rowCount).toBe(strings.length + 1);
    const row = sheet.getRow(rowOf(OPTION));
    expect(row.getCell(col.key).value).toBe(OPTION);
    for (const [i, locale] of LOCALES.entries()) {
      const cell = row.getCell(col.kk + i);
      expect(cell.value).toBe(strings[rowOf(OPTION) - 2]?.text[locale]);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe("@");
    }
    expect(String(row.getCell(col.status).value)).toContain("ru: source");
  });

  it("comes back unchanged when nobody edits it", async () => {
    expect(await changesOf(await writeStringsWorkbook(strings, words))).toEqual([]);
    expect(await changesOf(new TextEncoder().encode(writeStringsCsv(strings, words)))).toEqual([]);
  });
});

describe("a workbook edited with exceljs", () => {
  it("yields the edited strings, texts that look like numbers or formulas kept as text", async () => {
    const bytes = await edit((sheet) => {
      sheet.getCell(rowOf(OPTION), col.kk).value = "Жаңа белгі";
      sheet.getCell(rowOf(HELP), col.ru).value = { richText: [{ text: "Новая " }, { font: { bold: true }, text: "подсказка" }] };
      sheet.getCell(rowOf("title"), col.en).value = "=1+1";
      sheet.getCell(rowOf("intro"), col.en).value = " 01 ";
      sheet.getCell(rowOf("S1.text"), col.en).value = 2024;
    });
    expect(await changesOf(bytes)).toEqual([
      { key: "title", locale: "en", text: "=1+1", row: rowOf("title") },
      { key: "intro", locale: "en", text: "01", row: rowOf("intro") },
      { key: "S1.text", locale: "en", text: "2024", row: rowOf("S1.text") },
      { key: HELP, locale: "ru", text: "Новая подсказка", row: rowOf(HELP) },
      { key: OPTION, locale: "kk", text: "Жаңа белгі", row: rowOf(OPTION) },
    ].sort((a, b) => a.row - b.row));
  });

  it("accepts a workbook holding only some rows", async () => {
    const bytes = await edit((sheet) => {
      sheet.getCell(rowOf(OPTION), col.kk).value = "Тек осы";
      sheet.spliceRows(rowOf(OPTION) + 1, strings.length);
      sheet.spliceRows(2, rowOf(OPTION) - 2);
    });
    expect(await changesOf(bytes)).toEqual([{ key: OPTION, locale: "kk", text: "Тек осы", row: 2 }]);
  });
});

describe("bad uploads are refused, each problem naming its row and key", () => {
  it("a formula cell", async () => {
    const problems = await problemsOf(await edit((s) => (s.getCell(rowOf(OPTION), col.ru).value = { formula: "1+1", result: 2 })));
    expect(problems).toEqual([{ code: "formula", row: rowOf(OPTION), key: OPTION, locale: "ru", detail: { column: "ru" } }]);
    expect(describeUploadProblem(problems[0]!, words)).toBe(`Row ${rowOf(OPTION)} (${OPTION}), ru: is a formula; type the text itself.`);
  });

  it("unknown, changed and duplicate keys, and a row without a key", async () => {
    const problems = await problemsOf(
      await edit((s) => {
        s.getCell(rowOf(OPTION), col.key).value = "Q9.options.123.label";
        s.getCell(rowOf("intro"), col.key).value = "title";
        s.getCell(rowOf("S1.text"), col.key).value = null;
      }),
    );
    expect(problems).toEqual([
      { code: "duplicate-key", row: rowOf("intro"), key: "title", detail: { other: rowOf("title") } },
      { code: "missing-key", row: rowOf("S1.text"), key: null },
      { code: "unknown-key", row: rowOf(OPTION), key: "Q9.options.123.label" },
    ].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
  });

  it("missing columns", async () => {
    const problems = await problemsOf(await edit((s) => s.spliceColumns(col.kk, 1)));
    expect(problems).toEqual([{ code: "missing-columns", row: 1, key: null, detail: { columns: "kk" } }]);
    expect(describeUploadProblem(problems[0]!, words)).toBe("Row 1: has no column kk.");
  });

  it("a text over its limit, an empty required (source) string, a line break", async () => {
    const problems = await problemsOf(
      await edit((s) => {
        s.getCell(rowOf(OPTION), col.en).value = "x".repeat(LIMIT + 1);
        s.getCell(rowOf("title"), col.ru).value = "   ";
        s.getCell(rowOf("intro"), col.kk).value = "бір\r\nекі";
      }),
    );
    expect(problems).toEqual([
      { code: "empty-required", row: rowOf("title"), key: "title", locale: "ru", detail: { limit: LIMIT, length: 0 } },
      { code: "control-characters", row: rowOf("intro"), key: "intro", locale: "kk", detail: { limit: LIMIT, length: 7 } },
      { code: "too-long", row: rowOf(OPTION), key: OPTION, locale: "en", detail: { limit: LIMIT, length: LIMIT + 1 } },
    ]);
    expect(describeUploadProblem(problems[2]!, words)).toBe(`Row ${rowOf(OPTION)} (${OPTION}), en: is ${LIMIT + 1} characters long; at most ${LIMIT} are allowed.`);
  });

  it("an empty translation is no problem: it becomes missing", async () => {
    expect(await changesOf(await edit((s) => (s.getCell(rowOf("title"), col.kk).value = null)))).toEqual([
      { key: "title", locale: "kk", text: "", row: rowOf("title") },
    ]);
  });

  it("spaces around a text and Unicode composition are the draft's, not changes", async () => {
    const nfd = (strings[rowOf(OPTION) - 2]?.text.kk ?? "").normalize("NFD");
    expect(await changesOf(await edit((s) => (s.getCell(rowOf(OPTION), col.kk).value = `  ${nfd} `)))).toEqual([]);
  });

  it("not an xlsx: a PDF, an .ods, a truncated zip, an empty file", async () => {
    expect((await problemsOf(new TextEncoder().encode("%PDF-1.4\n\u0000\u0001binary")))[0]?.code).toBe("not-spreadsheet");
    expect((await problemsOf(new TextEncoder().encode("just some words\nno header")))[0]?.code).toBe("not-spreadsheet");
    const xlsx = await writeStringsWorkbook(strings, words);
    expect((await problemsOf(xlsx.subarray(0, 2000)))[0]?.code).toBe("unreadable-xlsx");
    expect((await problemsOf(new Uint8Array(0)))[0]?.code).toBe("empty-file");
  });

  it("a small workbook that would unzip past the limit (a zip bomb), before exceljs inflates it", async () => {
    const bytes = new Uint8Array(await writeStringsWorkbook(strings, words));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Claim a huge uncompressed size for the first entry of the central directory.
    let end = bytes.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    const first = view.getUint32(end + 16, true);
    view.setUint32(first + 24, 0x7ffffff0, true);
    expect(await problemsOf(bytes)).toEqual([{ code: "unzips-too-large", row: null, key: null, detail: { max: 64 } }]);
  });

  it("over 5 MB", async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41);
    expect(await problemsOf(big)).toEqual([{ code: "too-large", row: null, key: null, detail: { max: 5 } }]);
  });
});

describe("CSV with the same columns", () => {
  it("round trips texts that a spreadsheet would read as formulas", async () => {
    const tricky = strings.map((s) => (s.key === "title" ? { ...s, text: { ...s.text, en: "=HYPERLINK(1)", kk: "'quoted" } } : s));
    const csv = writeStringsCsv(tricky, words);
    expect(csv).toContain(",'=HYPERLINK(1),");
    const table = await readStringsUpload(new TextEncoder().encode(csv));
    expect(table.ok && planStringChanges(table.value, tricky)).toEqual({ ok: true, value: [] });
  });

  it("reads a semicolon-separated file with Windows line ends", async () => {
    const csv = `\uFEFFkey;kk;ru;en\r\n${OPTION};"Жаңа; белгі";${strings[rowOf(OPTION) - 2]?.text.ru};${strings[rowOf(OPTION) - 2]?.text.en}\r\n\r\n`;
    expect(await changesOf(new TextEncoder().encode(csv))).toEqual([{ key: OPTION, locale: "kk", text: "Жаңа; белгі", row: 2 }]);
  });
});

const work = path.join(TMP_DIR, "strings-soffice");
mkdirSync(work, { recursive: true });
const dir = mkdtempSync(path.join(work, "run-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasSoffice)("a workbook written by LibreOffice", () => {
  it("an edited workbook saved by LibreOffice (xlsx → ods → xlsx) yields exactly the edits", async () => {
    const edited = await edit((sheet) => {
      sheet.getCell(rowOf(OPTION), col.kk).value = "Жаңа белгі";
      sheet.getCell(rowOf(HELP), col.ru).value = "Первая часть — вторая часть";
      sheet.getCell(rowOf("title"), col.en).value = "007";
    });
    const source = path.join(dir, "edited.xlsx");
    writeFileSync(source, edited);
    const ods = await sofficeConvert(source, "ods", path.join(dir, "ods"));
    const xlsx = await sofficeConvert(ods, "xlsx", path.join(dir, "xlsx"));
    const bytes = readFileSync(xlsx);
    // Really LibreOffice's file: its own application name and shared strings, not exceljs'.
    expect(bytes.includes(Buffer.from("sharedStrings.xml"))).toBe(true);
    expect(await changesOf(bytes)).toEqual([
      { key: "title", locale: "en", text: "007", row: rowOf("title") },
      { key: HELP, locale: "ru", text: "Первая часть — вторая часть", row: rowOf(HELP) },
      { key: OPTION, locale: "kk", text: "Жаңа белгі", row: rowOf(OPTION) },
    ].sort((a, b) => a.row - b.row));
  }, 240_000);

  it("a CSV opened in LibreOffice and saved as xlsx (numbers come back as numbers) yields the edits", async () => {
    const base = strings[rowOf(OPTION) - 2];
    if (!base) throw new Error("no option row");
    const csv = `key,where,kk,ru,en,status\n${OPTION},x,2024,"${base.text.ru}","${base.text.en}",x\n`;
    const source = path.join(dir, "edited.csv");
    writeFileSync(source, csv);
    const xlsx = await sofficeConvert(source, "xlsx", path.join(dir, "csv"));
    expect(await changesOf(readFileSync(xlsx))).toEqual([{ key: OPTION, locale: "kk", text: "2024", row: 2 }]);
  }, 240_000);

  it("a formula typed in LibreOffice is refused", async () => {
    const csv = `key,kk,ru,en\n${OPTION},=1+1,a,b\n`;
    const source = path.join(dir, "formula.csv");
    writeFileSync(source, csv);
    const xlsx = await sofficeConvert(source, "xlsx", path.join(dir, "formula"));
    expect(await problemsOf(readFileSync(xlsx))).toEqual([{ code: "formula", row: 2, key: OPTION, locale: "kk", detail: { column: "kk" } }]);
  }, 240_000);
});
