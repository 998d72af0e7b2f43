// Opens a streamed CSV export of responses (wide or long) over a database target. The
// HTTP route, the tests and the benchmark all go through this one function.
import { longLayout } from "./long-rows";
import { extraColumnsOf, finishOf, openExportReader, type ResponseExportConfig } from "./open-reader";
import { SEPARATOR_CHARS, type ExportOptions } from "./options";
import { csvResponseStream } from "./csv-stream";
import { wideLayout } from "./wide-rows";

export type CsvExportFile = "responses.csv" | "responses-long.csv";

export interface CsvExportConfig extends ResponseExportConfig {
  file: CsvExportFile;
  options: ExportOptions;
}

/**
 * Opens the reader first, so a database failure becomes an error before any byte is
 * sent (a 500, not a truncated file), then returns the stream.
 */
export async function openCsvExport(config: CsvExportConfig): Promise<ReadableStream<Uint8Array>> {
  const def = config.def;
  const { options } = config;
  const reader = await openExportReader(config);
  const layout =
    config.file === "responses.csv"
      ? (() => {
          const wide = wideLayout(def, { ...options, ...extraColumnsOf(config) });
          return { headerRows: wide.headerRows, toRows: (r: Parameters<typeof wide.row>[0]) => [wide.row(r)] };
        })()
      : (() => {
          const long = longLayout(def, options.lang, extraColumnsOf(config).extra);
          return { headerRows: long.headerRows, toRows: long.rows };
        })();
  return csvResponseStream({
    reader,
    headerRows: layout.headerRows,
    toRows: layout.toRows,
    delimiter: SEPARATOR_CHARS[options.sep],
    bom: options.bom,
    ...finishOf(config),
  });
}
