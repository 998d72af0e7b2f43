// Turns a response reader into a web ReadableStream of CSV bytes with pull-based
// backpressure: the next batch is read from the database only when the consumer (the
// HTTP response) asks for more, so memory holds about one batch whatever the number of
// responses, and the header row goes out before the first query returns.
import { createCsvWriter, UTF8_BOM, type Cell } from "./csv";
import type { ResponseRecord } from "./record";
import type { ResponseReader } from "./source";

export type StreamOutcome = {
  status: "completed" | "aborted" | "failed";
  /** Responses read and written. */
  responses: number;
  /** CSV data rows written (equals responses for the wide file). */
  rows: number;
  error?: unknown;
};

export interface CsvStreamConfig {
  reader: ResponseReader;
  headerRows: readonly (readonly Cell[])[];
  /** The data rows of one response (one for the wide file, one per answer for the long). */
  toRows: (record: ResponseRecord) => Cell[][];
  delimiter: string;
  bom: boolean;
  /** Called exactly once, when the stream completes, is cancelled or fails. */
  onFinish?: (outcome: StreamOutcome) => void | Promise<void>;
}

export function csvResponseStream(config: CsvStreamConfig): ReadableStream<Uint8Array> {
  const { reader } = config;
  const writer = createCsvWriter(config.delimiter);
  const encoder = new TextEncoder();
  let headerSent = false;
  let finished = false;
  let responses = 0;
  let rows = 0;

  // Never throws: a failure to close the reader or to write the audit entry must not turn
  // a complete download into a broken one; it is reported on the server's log instead.
  const finish = async (status: StreamOutcome["status"], error?: unknown) => {
    if (finished) return;
    finished = true;
    await reader.close().catch((e: unknown) => console.warn("export: closing the reader failed", e));
    try {
      await config.onFinish?.({ status, responses, rows, ...(error === undefined ? {} : { error }) });
    } catch (e) {
      console.warn("export: recording the finished export failed", e);
    }
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (!headerSent) {
            headerSent = true;
            controller.enqueue(encoder.encode((config.bom ? UTF8_BOM : "") + writer.records(config.headerRows)));
            return;
          }
          const batch = await reader.next();
          if (batch.length === 0) {
            await finish("completed");
            controller.close();
            return;
          }
          let text = "";
          for (const record of batch) {
            const lines = config.toRows(record);
            text += writer.records(lines);
            rows += lines.length;
          }
          responses += batch.length;
          controller.enqueue(encoder.encode(text));
        } catch (error) {
          controller.error(error);
          await finish("failed", error);
        }
      },
      async cancel(reason) {
        await finish("aborted", reason);
      },
    },
    // One chunk (one batch) may wait in the queue while the next is being read.
    { highWaterMark: 1 },
  );
}
