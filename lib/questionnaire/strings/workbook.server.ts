import "server-only";
// The translators' spreadsheet: every editable string of the questionnaire, one row each
// (a stable key from textSites, where it appears, kk, ru, en, status), written as an .xlsx
// workbook or a CSV, and read back after it was edited in Excel or LibreOffice.
//
// Reading is strict and all-or-nothing: the file is checked as a whole (size, format,
// columns, keys) and row by row (formula cells, limits, empty required strings), every
// problem is named by its row and key, and the caller applies nothing unless there are
// none. Spreadsheet programs hand cells back in many shapes (shared strings, rich text,
// numbers, booleans, hyperlinks): they are normalised to text here; a formula, a date or
// an error value is refused because its text is not what the translator typed.
import { PassThrough } from "node:stream";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { looksLikeFormula } from "@/lib/export/formula";
import { LOCALES, type Locale, type LocalizedText } from "../locale";
import type { StringStatus, UploadProblem, UploadProblemCode } from "./problems";
import { normaliseText as normaliseDraftText, stringLength, stringProblem, type StringProblemCode } from "./rules";

export type { StringStatus, UploadProblem, UploadProblemCode } from "./problems";

/** The largest upload accepted, in bytes. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** The most a workbook may expand to when unzipped (a zip bomb is refused before exceljs reads it). */
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;
/** The name of the sheet that holds the strings (the first sheet is read when it is absent). */
export const STRINGS_SHEET = "Strings";

export interface WorkbookString {
  key: string;
  /** Where the string appears, for people ("Q9 · option 3 · label"). */
  where: string;
  text: LocalizedText;
  status: Record<Locale, StringStatus>;
  /** Most characters allowed, in every language. */
  limit: number;
  /** Whether an empty text is refused, by language (the source language's must be there). */
  required: Record<Locale, boolean>;
}

export const COLUMNS = ["key", "where", "kk", "ru", "en", "status"] as const;
export type Column = (typeof COLUMNS)[number];
/** Columns an upload must have; "where" and "status" are for reading only and may be dropped. */
export const REQUIRED_COLUMNS: readonly Column[] = ["key", ...LOCALES];

/** The words of the status column and the header notes, in the workbook's language. */
export interface WorkbookWords {
  status: Record<StringStatus, string>;
  /** Shown on the second sheet: how to edit the workbook. */
  instructions: string[];
}

export interface StringChange {
  key: string;
  locale: Locale;
  text: string;
  /** The row of the upload the change came from. */
  row: number;
}

export type UploadFormat = "xlsx" | "csv";

export type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: UploadProblem[] };

/** A file read into rows of text by column, before it is compared with the draft. */
export interface UploadTable {
  format: UploadFormat;
  /** Header name → column index; only known column names are kept. */
  columns: Map<Column, number>;
  rows: UploadRow[];
}

export interface UploadRow {
  /** The row number in the file (the header is 1). */
  row: number;
  cells: Map<Column, string>;
  /** Cells that could not be read as text, by column. */
  bad: Map<Column, { code: "formula" | "not-text"; detail: string }>;
}

// --- writing ---------------------------------------------------------------------------

function statusText(s: WorkbookString, words: WorkbookWords): string {
  return LOCALES.map((l) => `${l}: ${words.status[s.status[l]]}`).join("; ");
}

const WIDTHS: Record<Column, number> = { key: 28, where: 30, kk: 50, ru: 50, en: 50, status: 34 };

/**
 * The workbook, written by exceljs' streaming writer row by row. Text cells are string
 * values in columns formatted "@" (Text), so "01" and "=1+1" stay text both here and
 * when a translator types into an empty cell. A data validation on each text cell warns
 * in Excel and LibreOffice when a text exceeds its limit; the upload enforces it anyway.
 */
export async function writeStringsWorkbook(strings: readonly WorkbookString[], words: WorkbookWords): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    output.on("end", resolve);
    output.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "Tyndau";
  const sheet = workbook.addWorksheet(STRINGS_SHEET, { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({
    key: c,
    width: WIDTHS[c],
    style: { numFmt: "@", alignment: { wrapText: c !== "key", vertical: "top" } },
  }));
  const header = sheet.addRow([...COLUMNS]);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.numFmt = "@";
  });
  header.commit();
  strings.forEach((s, index) => {
    const rowNumber = index + 2;
    const row = sheet.addRow([s.key, s.where, s.text.kk, s.text.ru, s.text.en, statusText(s, words)]);
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.numFmt = "@";
      cell.alignment = { wrapText: col !== 1, vertical: "top" };
    });
    for (const [offset] of LOCALES.entries()) {
      sheet.getCell(rowNumber, 3 + offset).dataValidation = {
        type: "textLength",
        operator: "lessThanOrEqual",
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: "warning",
        formulae: [s.limit],
        error: `≤ ${s.limit}`,
      };
    }
    row.commit();
  });
  sheet.commit();
  const help = workbook.addWorksheet("README");
  help.columns = [{ key: "text", width: 120, style: { numFmt: "@", alignment: { wrapText: true } } }];
  for (const line of words.instructions) help.addRow([line]).commit();
  help.commit();
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

/**
 * A text as a CSV cell: one that a spreadsheet would read as a formula (or that starts
 * with the quote this adds) gets a leading apostrophe, and reading removes exactly one,
 * so every text survives the round trip.
 */
export function csvCell(text: string): string {
  return looksLikeFormula(text) || text.startsWith("'") ? `'${text}` : text;
}

export function fromCsvCell(cell: string): string {
  if (!cell.startsWith("'")) return cell;
  const rest = cell.slice(1);
  return looksLikeFormula(rest) || rest.startsWith("'") ? rest : cell;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The same table as CSV (UTF-8 with a BOM so Excel reads Cyrillic, CRLF line ends). */
export function writeStringsCsv(strings: readonly WorkbookString[], words: WorkbookWords): string {
  const lines = [COLUMNS.join(",")];
  for (const s of strings) {
    lines.push(
      [s.key, s.where, csvCell(s.text.kk), csvCell(s.text.ru), csvCell(s.text.en), statusText(s, words)].map(csvField).join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

// --- reading ---------------------------------------------------------------------------

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * The sum of the uncompressed sizes in a zip's central directory, or null when there is
 * none to read (then exceljs decides). Read before exceljs inflates anything, so a small
 * file that unzips to gigabytes is refused cheaply.
 */
function unzippedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const minEnd = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= minEnd; i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const entries = view.getUint16(i + 10, true);
    let offset = view.getUint32(i + 16, true);
    let total = 0;
    for (let n = 0; n < entries; n++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
      const size = view.getUint32(offset + 24, true);
      if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
      total += size;
      offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return total;
  }
  return null;
}

function normaliseText(text: string): string {
  // Spreadsheets save line breaks as CRLF or a lone CR; the definition uses LF.
  return text.replace(/\r\n?/g, "\n");
}

function isColumn(name: string): name is Column {
  return (COLUMNS as readonly string[]).includes(name);
}

function headerName(value: string): string {
  return value.replace(/^\uFEFF/, "").trim().toLowerCase();
}

function columnsFrom(header: readonly string[]): ReadResult<Map<Column, number>> {
  const columns = new Map<Column, number>();
  const problems: UploadProblem[] = [];
  header.forEach((raw, index) => {
    const name = headerName(raw);
    if (!isColumn(name)) return;
    if (columns.has(name)) problems.push({ code: "duplicate-column", row: 1, key: null, detail: { column: name } });
    else columns.set(name, index);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
  if (missing.length > 0) problems.push({ code: "missing-columns", row: 1, key: null, detail: { columns: missing.join(", ") } });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: columns };
}

type CellText = { ok: true; text: string } | { ok: false; code: "formula" | "not-text"; detail: string };

/** A cell's text as the translator sees it, whatever shape the program stored it in. */
function cellText(value: ExcelJS.CellValue): CellText {
  if (value === null || value === undefined) return { ok: true, text: "" };
  if (typeof value === "string") return { ok: true, text: value };
  // A number typed into a General cell ("2024", "5") is the digits the translator typed.
  if (typeof value === "number") return { ok: true, text: String(value) };
  if (typeof value === "boolean") return { ok: true, text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return { ok: false, code: "not-text", detail: "date" };
  if ("formula" in value || "sharedFormula" in value) return { ok: false, code: "formula", detail: "formula" };
  if ("richText" in value) return { ok: true, text: value.richText.map((r) => r.text).join("") };
  if ("error" in value) return { ok: false, code: "not-text", detail: String(value.error) };
  if ("text" in value && typeof value.text === "string") return { ok: true, text: value.text };
  return { ok: false, code: "not-text", detail: "value" };
}

function tableFromGrid(format: UploadFormat, grid: (rowNumber: number, col: number) => CellText, header: string[], rowNumbers: number[]): ReadResult<UploadTable> {
  const columns = columnsFrom(header);
  if (!columns.ok) return columns;
  const rows: UploadRow[] = [];
  for (const rowNumber of rowNumbers) {
    const cells = new Map<Column, string>();
    const bad = new Map<Column, { code: "formula" | "not-text"; detail: string }>();
    let anything = false;
    for (const [column, index] of columns.value) {
      const cell = grid(rowNumber, index);
      if (cell.ok) {
        const text = normaliseText(format === "csv" && column !== "key" ? fromCsvCell(cell.text) : cell.text);
        cells.set(column, text);
        if (text.trim() !== "") anything = true;
      } else {
        bad.set(column, { code: cell.code, detail: cell.detail });
        anything = true;
      }
    }
    // A row left empty (a spreadsheet's trailing blank lines) is not a string.
    if (anything) rows.push({ row: rowNumber, cells, bad });
  }
  return { ok: true, value: { format, columns: columns.value, rows } };
}

async function readXlsx(bytes: Uint8Array): Promise<ReadResult<UploadTable>> {
  const size = unzippedSize(bytes);
  if (size !== null && size > MAX_UNZIPPED_BYTES) {
    return { ok: false, problems: [{ code: "unzips-too-large", row: null, key: null, detail: { max: MAX_UNZIPPED_BYTES / 1024 / 1024 } }] };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problems: [{ code: "unreadable-xlsx", row: null, key: null }] };
  }
  const sheet = workbook.getWorksheet(STRINGS_SHEET) ?? workbook.worksheets[0];
  if (!sheet) return { ok: false, problems: [{ code: "no-sheet", row: null, key: null }] };
  const headerRow = sheet.getRow(1);
  const header: string[] = [];
  for (let c = 1; c <= Math.max(headerRow.cellCount, 0); c++) {
    const t = cellText(headerRow.getCell(c).value);
    header.push(t.ok ? t.text : "");
  }
  const rowNumbers: number[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) rowNumbers.push(r);
  // Columns are 0-based in the table, 1-based in exceljs.
  return tableFromGrid("xlsx", (r, c) => cellText(sheet.getRow(r).getCell(c + 1).value), header, rowNumbers);
}

function readCsv(bytes: Uint8Array): ReadResult<UploadTable> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: [{ code: "not-spreadsheet", row: null, key: null }] };
  }
  text = text.replace(/^\uFEFF/, "");
  // Text, not binary: a NUL or other C0 control outside tab and line ends means another format.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text)) return { ok: false, problems: [{ code: "not-spreadsheet", row: null, key: null }] };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  // Excel in a Russian or Kazakh locale saves CSV with semicolons; the header tells which.
  const delimiter = [",", ";", "\t"].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ",");
  let records: string[][];
  try {
    records = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch {
    return { ok: false, problems: [{ code: "not-spreadsheet", row: null, key: null }] };
  }
  const header = records[0] ?? [];
  if (!header.some((h) => headerName(h) === "key")) return { ok: false, problems: [{ code: "not-spreadsheet", row: null, key: null }] };
  // csv-parse counts records, not lines: a quoted text with line breaks is one row, as in a spreadsheet.
  const rowNumbers = records.slice(1).map((_, i) => i + 2);
  return tableFromGrid("csv", (r, c) => ({ ok: true, text: records[r - 1]?.[c] ?? "" }), header, rowNumbers);
}

/** Reads an uploaded file (xlsx by its zip signature, otherwise CSV) into a table of texts. */
export async function readStringsUpload(bytes: Uint8Array): Promise<ReadResult<UploadTable>> {
  if (bytes.length > MAX_UPLOAD_BYTES) {
    return { ok: false, problems: [{ code: "too-large", row: null, key: null, detail: { max: MAX_UPLOAD_BYTES / 1024 / 1024 } }] };
  }
  if (bytes.length === 0) return { ok: false, problems: [{ code: "empty-file", row: null, key: null }] };
  if (isZip(bytes)) return readXlsx(bytes);
  return readCsv(bytes);
}

/**
 * The changes an upload makes to the draft, or every problem it has. Rows may be left
 * out (their strings stay as they are) but not invented, repeated or renamed; a cell
 * equal to the draft's text (after the draft's own normalisation) is no change. Texts are
 * judged by the same rules as the editor's (lib/questionnaire/strings/rules.ts).
 */
export function planStringChanges(table: UploadTable, strings: readonly WorkbookString[]): ReadResult<StringChange[]> {
  const byKey = new Map(strings.map((s) => [s.key, s]));
  const firstRow = new Map<string, number>();
  const problems: UploadProblem[] = [];
  const changes: StringChange[] = [];
  for (const row of table.rows) {
    const keyBad = row.bad.get("key");
    const key = (row.cells.get("key") ?? "").trim();
    if (keyBad) {
      problems.push({ code: keyBad.code, row: row.row, key: null, detail: { column: "key" } });
      continue;
    }
    if (key === "") {
      problems.push({ code: "missing-key", row: row.row, key: null });
      continue;
    }
    const site = byKey.get(key);
    if (!site) {
      problems.push({ code: "unknown-key", row: row.row, key });
      continue;
    }
    const earlier = firstRow.get(key);
    if (earlier !== undefined) {
      problems.push({ code: "duplicate-key", row: row.row, key, detail: { other: earlier } });
      continue;
    }
    firstRow.set(key, row.row);
    for (const locale of LOCALES) {
      const bad = row.bad.get(locale);
      if (bad) {
        problems.push({ code: bad.code, row: row.row, key, locale, detail: { column: locale } });
        continue;
      }
      const text = normaliseDraftText(row.cells.get(locale) ?? "");
      if (text === site.text[locale]) continue;
      const problem = stringProblem(text, site.limit, site.required[locale]);
      if (problem) {
        problems.push({ code: PROBLEM_OF_RULE[problem], row: row.row, key, locale, detail: { limit: site.limit, length: stringLength(text) } });
        continue;
      }
      changes.push({ key, locale, text, row: row.row });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: changes };
}

const PROBLEM_OF_RULE: Record<StringProblemCode, UploadProblemCode> = {
  empty: "empty-required",
  tooLong: "too-long",
  controlCharacters: "control-characters",
};
