import { describe, expect, it } from "vitest";
import { createCsvWriter, type Cell } from "./csv-encoder";

// The codebook's CSV and every export go through this one encoder; these are the RFC 4180
// cases the codebook's own writer was held to before the two were merged.
const writer = createCsvWriter(",");
const csvField = (cell: Cell) => writer.record([cell]).replace(/\r\n$/, "");
const csvRecord = (cells: readonly Cell[]) => writer.record(cells).replace(/\r\n$/, "");
const csvDocument = (rows: readonly (readonly Cell[])[]) => writer.records(rows);

describe("RFC 4180 quoting", () => {
  it("leaves plain fields alone", () => {
    expect(csvField("Q1")).toBe("Q1");
    expect(csvField(-1)).toBe("-1");
    expect(csvField("Жауап беруге қиналамын")).toBe("Жауап беруге қиналамын");
    expect(csvField("")).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField("«ашық», “open”")).toBe('"«ашық», “open”"');
  });

  it("joins records with commas and terminates lines with CRLF", () => {
    expect(csvRecord(["a", 1, "b,c"])).toBe('a,1,"b,c"');
    expect(csvDocument([["h1", "h2"], ["x", 'y"z']])).toBe('h1,h2\r\nx,"y""z"\r\n');
  });
});
