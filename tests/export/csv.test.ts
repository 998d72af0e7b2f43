// The CSV writer against csv-stringify on whole records (byte for byte) and csv-parse
// (round trip), for arbitrary text including quotes, separators, CR, LF and Cyrillic.
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { createCsvWriter, type Cell } from "@/lib/export/csv-encoder";
import { looksLikeFormula, neutraliseFormula } from "@/lib/export/formula";

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.integer({ min: -2, max: 99 }),
  fc.string({ unit: fc.constantFrom("a", "Ә", "ё", ",", ";", "\t", '"', "\r", "\n", " ", "=", "-", "'", "1") }),
  fc.string(),
);
const records = fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 });

describe("CSV writer", () => {
  for (const delimiter of [",", ";", "\t"]) {
    it(`matches csv-stringify byte for byte (delimiter ${JSON.stringify(delimiter)})`, () => {
      fc.assert(
        fc.property(records, (rows) => {
          const ours = createCsvWriter(delimiter).records(rows);
          const theirs = stringify(rows, { delimiter, record_delimiter: "\r\n", quote_record_delimiter: true });
          expect(ours).toBe(theirs);
        }),
      );
    });

    it(`parses back to the same cells (delimiter ${JSON.stringify(delimiter)})`, () => {
      fc.assert(
        fc.property(records, (rows) => {
          const text = createCsvWriter(delimiter).records(rows);
          // A record of one empty field is written as an empty line, which parsers skip.
          const kept = rows.filter((r) => !(r.length === 1 && r[0] === ""));
          const parsed = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, record_delimiter: "\r\n" }) as string[][];
          expect(parsed).toEqual(kept.map((r) => r.map(String)));
        }),
      );
    });
  }

  it("ends every record with CRLF and quotes only where RFC 4180 requires", () => {
    const w = createCsvWriter(",");
    expect(w.record(["ӘКІМДІК", 1, -1, "", 'a "b"', "x,y", "line\nbreak"])).toBe('ӘКІМДІК,1,-1,,"a ""b""","x,y","line\nbreak"\r\n');
  });

  it("refuses a non-finite number instead of writing NaN", () => {
    expect(() => createCsvWriter(",").record([Number.NaN])).toThrow(RangeError);
  });
});

describe("formula neutralisation (OWASP)", () => {
  it.each(["=1+2", "=cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "+1", "\t=1", "\r=1", "\n=1"])("prefixes %j", (payload) => {
    expect(looksLikeFormula(payload)).toBe(true);
    expect(neutraliseFormula(payload)).toBe(`'${payload}`);
  });
  it.each(["ӘКІМДІК", "1+2", "", " =1", "'=1", "ЕЩЁ"])("leaves %j alone", (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});
