// Opens a streamed CSV export of responses (wide or long) over a database target. The
// HTTP route, the tests and the benchmark all go through this one function.
import { questionnaire as defaultQuestionnaire, type Questionnaire } from "@/lib/questionnaire";
import type { Db } from "@/lib/db/client";
import type { DatabaseTarget } from "@/lib/db/url";
import { responseFilterSql, type ResponseFilters } from "@/lib/responses/filters";
import { longLayout } from "./long";
import { SEPARATOR_CHARS, type ExportOptions } from "./options";
import { openResponseReader, type ReaderEngine } from "./source";
import { csvResponseStream, type StreamOutcome } from "./stream";
import { wideLayout } from "./wide";

export type CsvExportFile = "responses.csv" | "responses-long.csv";

export interface CsvExportConfig {
  file: CsvExportFile;
  options: ExportOptions;
  filters: ResponseFilters;
  target: DatabaseTarget;
  /** For the prisma engine. */
  db?: Db;
  engine?: ReaderEngine;
  batchSize?: number;
  def?: Questionnaire;
  onFinish?: (outcome: StreamOutcome) => void | Promise<void>;
}

/**
 * Opens the reader first, so a database failure becomes an error before any byte is
 * sent (a 500, not a truncated file), then returns the stream.
 */
export async function openCsvExport(config: CsvExportConfig): Promise<ReadableStream<Uint8Array>> {
  const def = config.def ?? defaultQuestionnaire;
  const { options } = config;
  const reader = await openResponseReader({
    target: config.target,
    filter: responseFilterSql(config.filters),
    ...(config.db ? { db: config.db } : {}),
    ...(config.engine ? { engine: config.engine } : {}),
    ...(config.batchSize ? { batchSize: config.batchSize } : {}),
  });
  const layout =
    config.file === "responses.csv"
      ? (() => {
          const wide = wideLayout(def, options);
          return { headerRows: wide.headerRows, toRows: (r: Parameters<typeof wide.row>[0]) => [wide.row(r)] };
        })()
      : (() => {
          const long = longLayout(def, options.lang);
          return { headerRows: long.headerRows, toRows: long.rows };
        })();
  return csvResponseStream({
    reader,
    headerRows: layout.headerRows,
    toRows: layout.toRows,
    delimiter: SEPARATOR_CHARS[options.sep],
    bom: options.bom,
    ...(config.onFinish ? { onFinish: config.onFinish } : {}),
  });
}
