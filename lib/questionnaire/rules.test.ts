// The rule table itself: lengths are counted on the text as it will be stored (block
// letters), and each kind's rules judge normalised values. What the server and the browser
// make of these is held equal in lib/survey/rule-parity.test.ts.
import { describe, expect, it } from "vitest";
import { getItem, questionnaire } from "./index";
import { checkItem, KIND_CODES, multiRules, openRules, otherRules, ratingRules, readText } from "./rules";
import type { Item, ItemKind } from "./types";

const item = (variable: string): Item => getItem(questionnaire, variable).item;
const codes = (found: { variable: string; code: string }[]) => found.map((i) => `${i.variable}:${i.code}`);

describe("free text is normalised once, before its length is counted", () => {
  const q22 = item("Q22");
  const cases: [string, string, string[], string | undefined][] = [
    ["spaces around the limit are trimmed", `  ${"ә".repeat(1000)}  `, [], "Ә".repeat(1000)],
    ["runs of spaces count as one", "a     ".repeat(400), [], Array(400).fill("A").join(" ")],
    ["a decomposed й counts as one letter", "и\u0306".repeat(1000), [], "Й".repeat(1000)],
    ["ß becomes SS, two letters", "ß".repeat(501), ["Q22:tooLong"], undefined],
    ["an emoji is one character", "👍".repeat(1000), [], "👍".repeat(1000)],
    ["one over the limit", "x".repeat(1001), ["Q22:tooLong"], undefined],
    ["a control character", "жауап\u0007", ["Q22:controlCharacters"], undefined],
  ];
  for (const [name, text, expected, stored] of cases) {
    it(name, () => {
      const verdict = checkItem(q22, { Q22: text }, "kk");
      expect(codes(verdict.issues)).toEqual(expected);
      expect(verdict.answers.Q22).toEqual(stored);
    });
  }

  it("reports the length it counted", () => {
    expect(checkItem(q22, { Q22: "ß".repeat(501) }, "en").issues).toEqual([{ variable: "Q22", code: "tooLong", length: 1002, max: 1000 }]);
  });

  it("the 'Other' text obeys the same limit", () => {
    expect(codes(checkItem(item("Q5"), { Q5: 11, Q5_other: "x".repeat(1001) }, "ru").issues)).toEqual(["Q5_other:tooLong"]);
    expect(checkItem(item("Q5"), { Q5: 11, Q5_other: ` ${"x".repeat(1000)} ` }, "ru").answers).toEqual({ Q5: 11, Q5_other: "X".repeat(1000) });
  });
});

describe("each kind's rules on normalised values", () => {
  it("multi: exclusive, too few, too many, repeated and unknown codes", () => {
    const q10 = item("Q10");
    if (q10.kind !== "multi") throw new Error("Q10 is a multiple choice");
    expect(codes(multiRules(q10, [1, 99]))).toEqual(["Q10:exclusiveCombined"]);
    expect(codes(multiRules(q10, [1, 2, 3, 4]))).toEqual(["Q10:tooMany"]);
    expect(codes(multiRules({ ...q10, minSelections: 2 }, [1]))).toEqual(["Q10:tooFew"]);
    expect(codes(multiRules(q10, [1, 1, 42]))).toEqual(["Q10:duplicateCode", "Q10:unknownCode"]);
    expect(multiRules(q10, [99])).toEqual([]);
    expect(multiRules(q10, [1, 2, 3])).toEqual([]);
  });

  it("other, open and rating", () => {
    expect(codes(otherRules("Q5_other", true, undefined))).toEqual(["Q5_other:otherTextMissing"]);
    expect(codes(otherRules("Q5_other", false, "TEXT"))).toEqual(["Q5_other:otherTextUnexpected"]);
    const q31 = item("Q31");
    if (q31.kind !== "open") throw new Error("Q31 is open");
    expect(openRules(q31, undefined)).toEqual([]);
    expect(codes(openRules({ ...q31, required: true }, undefined))).toEqual(["Q31:required"]);
    const q26 = item("Q26");
    if (q26.kind !== "rating") throw new Error("Q26 is a rating");
    expect(ratingRules(q26, "Q26_1", 10)).toEqual([]);
    expect(codes(ratingRules(q26, "Q26_1", 10.5))).toEqual(["Q26_1:outOfRange"]);
  });

  it("reading refuses what is not text before normalising", () => {
    expect(readText(5, "en")).toEqual({ ok: false, code: "expectedText" });
    expect(readText("\u000Babc", "en")).toEqual({ ok: false, code: "controlCharacters" });
    expect(readText("  ", "en")).toEqual({ ok: true, value: undefined });
  });

  it("lists the codes of every kind the definition uses", () => {
    const kinds = new Set<ItemKind>(
      [questionnaire.screening, ...questionnaire.parts.flatMap((p) => p.items)].map((i) => i.kind),
    );
    for (const kind of kinds) expect(KIND_CODES[kind].length).toBeGreaterThan(0);
  });
});
