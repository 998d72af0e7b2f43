// The CSV exports' byte stream (used by ./csv-export): turns a response reader into a web
// ReadableStream of CSV bytes written by ./csv-encoder, through the same
// pull-based stream as the binary exports (./byte-stream): the next batch is read from the
// database only when the consumer (the HTTP response) asks for more, so memory holds about
// one batch whatever the number of responses, and the header row goes out before the
// first query returns.
import { byteResponseStream, type StreamOutcome } from "./byte-stream";
import { createCsvWriter, UTF8_BOM, type Cell } from "./csv-encoder";
import type { ResponseRecord } from "./record";
import type { ResponseReader } from "./source";

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
  const writer = createCsvWriter(config.delimiter);
  const encoder = new TextEncoder();
  let rows = 0;
  return byteResponseStream({
    reader: config.reader,
    encoder: {
      // The header row goes out before the first query returns.
      start: () => encoder.encode((config.bom ? UTF8_BOM : "") + writer.records(config.headerRows)),
      batch(records) {
        let text = "";
        for (const record of records) {
          const lines = config.toRows(record);
          text += writer.records(lines);
          rows += lines.length;
        }
        return encoder.encode(text);
      },
      end: () => new Uint8Array(0),
      rows: () => rows,
    },
    ...(config.onFinish ? { onFinish: config.onFinish } : {}),
  });
}
