// The one CSV encoder: records for the CSV exports (./csv-stream), the codebook download
// (./codebook) and the questionnaire's codebook CSV (lib/questionnaire/codebook.ts).
// Quoting is csv-stringify's (RFC 4180: a field holding the delimiter, a double quote, CR
// or LF is quoted, inner quotes doubled); records end in CRLF.
//
// Why not one stringify() call per batch: csv-stringify's sync API spends ~300 ns per
// field on casting and option handling, i.e. ~3 s for 100,000 rows of 95 columns, most of
// them small integers. A number or an empty string never needs quoting, so those are
// written as they are and only non-empty text goes through the library, one field at a
// time, with a small cache for the labels that repeat in every row. A property test
// (tests/export/csv.test.ts) checks the result is byte-identical to stringify() on
// whole records.
import { stringify } from "csv-stringify/sync";

export type Cell = string | number;

export const RECORD_DELIMITER = "\r\n";
export const UTF8_BOM = "\uFEFF";

/** Bounded so a huge export of distinct texts cannot grow the cache without limit. */
const CACHE_LIMIT = 4096;

export interface CsvWriter {
  /** One record, terminated by CRLF. */
  record(cells: readonly Cell[]): string;
  /** Several records, each terminated by CRLF. */
  records(rows: readonly (readonly Cell[])[]): string;
}

// Codes, flags and missing-data markers are small integers: their text is looked up.
const SMALL_MIN = -2;
const SMALL = Array.from({ length: 102 }, (_, i) => String(i + SMALL_MIN));

export function createCsvWriter(delimiter: string): CsvWriter {
  // quote_record_delimiter: with an explicit record_delimiter csv-stringify would otherwise
  // quote only fields containing the whole CRLF, leaving a lone LF (a multi-line open
  // answer) unquoted and splitting the record.
  const options = { delimiter, eof: false, record_delimiter: RECORD_DELIMITER, quote_record_delimiter: true } as const;
  const cache = new Map<string, string>();
  const text = (value: string): string => {
    const hit = cache.get(value);
    if (hit !== undefined) return hit;
    const quoted = stringify([[value]], options);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(value, quoted);
    return quoted;
  };
  const record = (cells: readonly Cell[]): string => {
    let line = "";
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (i > 0) line += delimiter;
      if (typeof cell === "number") {
        if (!Number.isFinite(cell)) throw new RangeError(`Non-finite number in CSV column ${i + 1}`);
        line += (Number.isInteger(cell) ? SMALL[cell - SMALL_MIN] : undefined) ?? String(cell);
      } else if (cell !== undefined && cell !== "") {
        line += text(cell);
      }
    }
    return line + RECORD_DELIMITER;
  };
  return {
    record,
    records: (rows) => {
      let out = "";
      for (const row of rows) out += record(row);
      return out;
    },
  };
}
