// Opens a streamed Excel workbook (.xlsx) of responses: sheet 1 "Data" holds the wide
// layout (codes or labels, like the CSV, same options) with the header row(s) frozen;
// sheet 2 "Codebook" the codebook. Written with exceljs' streaming WorkbookWriter: rows
// are committed batch by batch, each batch waits for the deflater to catch up (see
// zipCaughtUp), and the zip is handed on as it is produced, so memory stays flat.
// Respondent text is written as string cells (inline strings, never a formula: exceljs
// makes a formula only from a { formula } object), so no apostrophe is needed or added.
import "server-only";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { codebookTable } from "@/lib/questionnaire";
import { byteResponseStream } from "./byte-stream";
import { extraCodebookRow } from "./codebook";
import { extraColumnsOf, finishOf, openExportReader, type ResponseExportConfig } from "./open-reader";
import type { ExportOptions } from "./options";
import { wideLayout } from "./wide-rows";

export const XLSX_DATA_SHEET = "Data";
export const XLSX_CODEBOOK_SHEET = "Codebook";
export const XLSX_TEXT_VERSIONS_SHEET = "Text versions";
const TEXT_VERSIONS_HEADER = ["version", "previous_version", "string", "item", "field", "language", "before", "after"];

export interface XlsxExportConfig extends ResponseExportConfig {
  options: Pick<ExportOptions, "values" | "lang" | "header" | "combined">;
}

/** Sheet XML allowed to wait for the deflater before the next batch is written. */
const ZIP_BACKLOG_BYTES = 2 << 20;
/** Longest wait for the deflater per batch, so an unexpected internal change slows a download, never hangs it. */
const ZIP_WAIT_MS = 5000;

type StreamState = { length?: number };
type Piped = { _writableState?: StreamState; _readableState?: StreamState };

/** Bytes queued between exceljs' sheet stream and the zip deflater (stream internals, read defensively). */
function zipBacklog(sheet: unknown): number {
  const pipes = ((sheet as { stream?: { pipes?: unknown[] } }).stream?.pipes ?? []) as Piped[];
  return pipes.reduce((sum, p) => sum + (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0), 0);
}

/**
 * Backpressure for exceljs' streaming writer: its sheet stream hands 64 KB buffers to the
 * archiver without waiting for it (stream-buf.js ignores write()'s result), and deflate
 * runs on the thread pool, so a fast producer piles XML up in memory. Wait (polling every
 * few milliseconds) until the deflater has caught up.
 */
async function zipCaughtUp(sheet: unknown): Promise<void> {
  const started = performance.now();
  while (zipBacklog(sheet) > ZIP_BACKLOG_BYTES && performance.now() - started < ZIP_WAIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Lets the zip writer run, then takes what it has produced. */
function drain(chunks: Buffer[]): Promise<Uint8Array> {
  return new Promise((resolve) =>
    setImmediate(() => {
      const out = Buffer.concat(chunks.splice(0));
      resolve(new Uint8Array(out.buffer, out.byteOffset, out.length));
    }),
  );
}

export async function openXlsxExport(config: XlsxExportConfig): Promise<ReadableStream<Uint8Array>> {
  const def = config.def;
  const layout = wideLayout(def, { ...config.options, rawText: true, ...extraColumnsOf(config) });
  const reader = await openExportReader(config);

  const output = new PassThrough();
  const chunks: Buffer[] = [];
  const ended = new Promise<void>((resolve, reject) => {
    output.on("end", resolve);
    output.on("error", reject);
  });
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: false, useSharedStrings: false });
  workbook.creator = "Tyndau";
  const headerRows = layout.headerRows.length;
  const data = workbook.addWorksheet(XLSX_DATA_SHEET, { views: [{ state: "frozen", xSplit: 0, ySplit: headerRows }] });
  for (const row of layout.headerRows) data.addRow(row).commit();

  return byteResponseStream({
    reader,
    encoder: {
      start: () => new Uint8Array(0),
      async batch(records) {
        for (const record of records) data.addRow(layout.row(record)).commit();
        await zipCaughtUp(data);
        return drain(chunks);
      },
      async end() {
        data.commit();
        const codebook = workbook.addWorksheet(XLSX_CODEBOOK_SHEET, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
        for (const row of codebookTable(def, config.codebook)) codebook.addRow(row).commit();
        for (const column of config.extra?.columns ?? []) codebook.addRow(extraCodebookRow(column)).commit();
        codebook.commit();
        // Every published text change, one row each: which wording respondents of each version saw.
        const versions = workbook.addWorksheet(XLSX_TEXT_VERSIONS_SHEET, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
        versions.addRow(TEXT_VERSIONS_HEADER).commit();
        for (const v of config.codebook?.textHistory ?? []) {
          for (const c of v.changes) versions.addRow([v.version, v.previous, c.key, c.owner, c.field, c.locale, c.before, c.after]).commit();
        }
        versions.commit();
        await workbook.commit();
        await ended;
        return drain(chunks);
      },
    },
    ...finishOf(config),
  });
}
