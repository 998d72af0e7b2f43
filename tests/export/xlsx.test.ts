// The Excel workbook read back with exceljs and compared cell by cell with the wide CSV
// of the same options, on both databases, on generated answers plus hostile open texts
// (formula starts, line breaks, quotes, emoji, maximum length): numbers are number cells,
// every text is a string cell (never a formula) holding exactly what the CSV holds minus
// the CSV's anti-formula apostrophe; header row(s) frozen; sheet 2 is the codebook.
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDb, type DbHandle } from "@/lib/db/client";
import { openCsvExport } from "@/lib/export/csv-export";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from "@/lib/export/options";
import { openXlsxExport, XLSX_CODEBOOK_SHEET, XLSX_TEXT_VERSIONS_SHEET, XLSX_DATA_SHEET } from "@/lib/export/xlsx-export";
import { codebookCsv, questionnaire } from "@/lib/questionnaire";
import { describeEachDatabase, type TestDatabase } from "@/tests/support/databases";
import { owasp } from "./oracle";
import { readAll, readBytes, submitGenerated, submitHostile } from "./support";

await describeEachDatabase(".xlsx read back", ({ create }) => {
  let database: TestDatabase;
  let handle: DbHandle;

  beforeAll(async () => {
    database = await create();
    handle = createDb(database.target);
    await handle.ready;
    await submitGenerated(handle.db, 60, 8);
    await submitHostile(handle.db, 24, 9);
  }, 120_000);
  afterAll(async () => {
    await handle?.db.$disconnect();
    await database?.drop();
  });

  for (const variant of [
    { values: "codes", lang: "ru", header: "names", combined: false },
    { values: "labels", lang: "kk", header: "text", combined: true },
  ] as const) {
    it(`matches the CSV cell by cell (${variant.values}, ${variant.lang}, header=${variant.header}, combined=${variant.combined})`, async () => {
      const options: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, ...variant };
      const csv = parse(await readAll(await openCsvExport({ file: "responses.csv", options, filters: {}, target: database.target, def: questionnaire })), { bom: true }) as string[][];
      const bytes = await readBytes(await openXlsxExport({ options, filters: {}, target: database.target, def: questionnaire, batchSize: 25 }));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual([XLSX_DATA_SHEET, XLSX_CODEBOOK_SHEET, XLSX_TEXT_VERSIONS_SHEET]);

      const sheet = workbook.getWorksheet(XLSX_DATA_SHEET);
      if (!sheet) throw new Error("no data sheet");
      const headerRows = variant.header === "text" ? 2 : 1;
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: headerRows });
      expect(sheet.rowCount).toBe(csv.length);
      let formulaLike = 0;
      let multiLine = 0;
      csv.forEach((csvRow, r) => {
        const row = sheet.getRow(r + 1);
        csvRow.forEach((expected, c) => {
          const cell = row.getCell(c + 1);
          const where = `row ${r + 1}, column ${csv[0]?.[c]}`;
          expect(cell.type, where).not.toBe(ExcelJS.ValueType.Formula);
          const value = cell.value;
          if (typeof value === "number") {
            expect(String(value), where).toBe(expected);
          } else if (value === null || value === undefined || value === "") {
            expect(expected, where).toBe("");
          } else {
            expect(typeof value, where).toBe("string");
            expect(cell.type, where).toBe(ExcelJS.ValueType.String);
            // The CSV protects Excel with an apostrophe; the workbook types the cell instead.
            expect(owasp(String(value)), where).toBe(expected);
            if (/^[=+\-@]/.test(String(value))) formulaLike++;
            if (String(value).includes("\n")) multiLine++;
          }
        });
      });
      expect(formulaLike).toBeGreaterThan(0);
      expect(multiLine).toBeGreaterThan(0);

      const codebook = workbook.getWorksheet(XLSX_CODEBOOK_SHEET);
      const expectedCodebook = parse(codebookCsv(questionnaire)) as string[][];
      expect(codebook?.rowCount).toBe(expectedCodebook.length);
      expectedCodebook.forEach((row, r) =>
        row.forEach((expected, c) => {
          const value = codebook?.getRow(r + 1).getCell(c + 1).value;
          expect(value === null || value === undefined ? "" : String(value), `codebook row ${r + 1}`).toBe(expected);
        }),
      );
    });
  }
});
