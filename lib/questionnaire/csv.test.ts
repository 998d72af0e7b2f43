import { describe, expect, it } from "vitest";
import { csvDocument, csvField, csvRecord } from "./csv";

describe("RFC 4180 quoting", () => {
  it("leaves plain fields alone", () => {
    expect(csvField("Q1")).toBe("Q1");
    expect(csvField(-1)).toBe("-1");
    expect(csvField("Жауап беруге қиналамын")).toBe("Жауап беруге қиналамын");
    expect(csvField(undefined)).toBe("");
    expect(csvField(null)).toBe("");
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
