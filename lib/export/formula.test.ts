import fc from "fast-check";
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
    // Nine that a hand list of invisible characters missed:
    "\uFE0F=1+1", // variation selector-16
    "\u{E0001}=1+1", // language tag
    "\u180B=1+1", // Mongolian free variation selector
    "\u{1D173}=1+1", // musical symbol begin beam
    "\u2800=1+1", // Braille pattern blank
    "\uFFF9=1+1", // interlinear annotation anchor
    "\u0600=1+1", // Arabic number sign
    "\u{1BCA0}=1+1", // shorthand format letter overlap
    "\u0332=1+1", // combining low line
    "\uFE0F\u{E0001}\u180B\u{1D173}\u2800\uFFF9\u0600\u{1BCA0}\u0332=1+1", // all nine in a row
    "\u2028=1", // line separator
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

  // Every code point of the invisible kinds (format, combining mark, variation selector,
  // tag, default-ignorable), in runs of any length and mix, in front of any sign.
  const INVISIBLE_POINTS = (() => {
    const points: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (/[\p{Cf}\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}]/u.test(c)) points.push(c);
    }
    return points;
  })();
  const SIGN = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠", "﹦", "﹢", "﹣", "﹫");

  it("knows thousands of invisible code points, the nine among them", () => {
    expect(INVISIBLE_POINTS.length).toBeGreaterThan(4_000);
    for (const cp of [0xfe0f, 0xe0001, 0x180b, 0x1d173, 0xfff9, 0x0600, 0x1bca0, 0x0332]) expect(INVISIBLE_POINTS).toContain(String.fromCodePoint(cp));
  });

  it("neutralises any run of invisible characters in front of a sign (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...INVISIBLE_POINTS), { maxLength: 6 }), SIGN, fc.string(), (run, sign, tail) => {
        const text = `${run.join("")}${sign}${tail}`;
        expect(looksLikeFormula(text)).toBe(true);
        expect(neutraliseFormula(text)).toBe(`'${text}`);
      }),
      { numRuns: 2_000 },
    );
  });

  it("each invisible code point alone in front of =1+1 is neutralised (exhaustive)", () => {
    const missed = INVISIBLE_POINTS.filter((c) => neutraliseFormula(`${c}=1+1`) !== `'${c}=1+1`);
    expect(missed.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`)).toEqual([]);
  });

  it("never leaves a cell a spreadsheet would read as a formula, and changes only such cells (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const out = neutraliseFormula(text);
        expect(looksLikeFormula(out)).toBe(false);
        expect(out === text || out === `'${text}`).toBe(true);
        expect(neutraliseFormula(out)).toBe(out);
      }),
      { numRuns: 2_000 },
    );
  });

  it("leaves visible text in front of a sign as it is (property)", () => {
    const visibleStart = fc.constantFrom("a", "Ә", "Ж", "1", "'", "(", "\"", "€", "中");
    fc.assert(
      fc.property(visibleStart, SIGN, fc.string(), (start, sign, tail) => {
        const text = `${start}${sign}${tail}`;
        expect(neutraliseFormula(text)).toBe(text);
      }),
    );
  });
});
