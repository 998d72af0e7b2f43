import { describe, expect, it } from "vitest";
import { looksLikeFormula, neutraliseFormula } from "./formula";

describe("CSV formula neutralising", () => {
  it.each([
    "=1+1",
    "+1",
    "-1+cmd",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "\n=1",
    "＝HYPERLINK(\"http://evil.test\")", // full-width equals
    "＋1",
    "－1",
    "＠SUM(A1)",
    "﹦1", // small form
    "\u200B=HYPERLINK(\"http://evil.test\")", // zero-width space
    "\u200B\u200C\u200D\uFEFF=1", // several invisible characters
    "\u2060+1", // word joiner
    "\u00AD-1", // soft hyphen
    "\u202E=1", // right-to-left override
    "\u2066@x", // left-to-right isolate
    "\u200B＝1", // invisible in front of a full-width sign
    "\u200B\t=1",
  ])("neutralises %j", (text) => {
    expect(looksLikeFormula(text)).toBe(true);
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it.each(["Hello", "Ақпарат ашықтығы", "Открытость", "1+1", "a=b", " text", "email@example.org", "\u200Bplain", "", "'=quoted already"])(
    "leaves %j as it is",
    (text) => {
      expect(looksLikeFormula(text)).toBe(false);
      expect(neutraliseFormula(text)).toBe(text);
    },
  );
});
