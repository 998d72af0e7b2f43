import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LOCALES,
  buildPartSchema,
  buildSubmissionSchema,
  generateValidAnswers,
  getItem,
  mulberry32,
  pruneSkipped,
  questionnaire,
  validatePart,
  validateSubmission,
  type Answers,
  type Locale,
  type ValidationErrorCode,
} from "./index";

const def = questionnaire;
const valid = (overrides: Answers = {}, seed = 1): Answers =>
  generateValidAnswers(def, mulberry32(seed), overrides, { specialRate: 0, otherRate: 0 });

function otherCodeOf(variable: string): number {
  const item = getItem(def, variable).item;
  if ((item.kind !== "single" && item.kind !== "multi") || item.otherCode === undefined) throw new Error("no other");
  return item.otherCode;
}

/** Asserts a rejection with this code on this variable, named in the message in every locale. */
function expectError(answers: unknown, variable: string, code: ValidationErrorCode) {
  for (const locale of LOCALES) {
    const result = validateSubmission(def, answers, locale);
    expect(result.ok, `${locale}: expected ${code} on ${variable}`).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((e) => e.variable === variable && e.code === code);
    expect(error, `${locale}: got ${JSON.stringify(result.errors)}`).toBeDefined();
    expect(error?.message.startsWith(`${variable}: `)).toBe(true);
  }
}

describe("validateSubmission accepts valid responses", () => {
  it("on both routing paths, for many generated responses, in every locale", () => {
    for (let seed = 0; seed < 150; seed++) {
      for (const s1 of [1, 2]) {
        const answers = generateValidAnswers(def, mulberry32(seed), { S1: s1 });
        const locale: Locale = LOCALES[seed % 3] ?? "kk";
        const result = validateSubmission(def, answers, locale);
        expect(result.ok ? [] : result.errors).toEqual([]);
      }
    }
  });

  it("for any seed and path (property)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(1, 2), fc.constantFrom(...LOCALES), (seed, s1, locale) => {
        const answers = generateValidAnswers(def, mulberry32(seed), { S1: s1 }, { otherRate: 0.5, specialRate: 0.3 });
        return validateSubmission(def, answers, locale).ok;
      }),
      { numRuns: 300 },
    );
  });

  it("returns answers normalised: trimmed, upper-cased text; codes in display order; blanks dropped", () => {
    const q5other = otherCodeOf("Q5");
    const answers = valid({ S1: 1, Q5: q5other, Q5_other: "  қоғамдық   бақылау ", Q13: [3, 1], Q22: " ашық болу\r\nжәне ёмкий ответ " });
    answers.Q31 = "   ";
    const result = validateSubmission(def, answers, "kk");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers.Q5_other).toBe("ҚОҒАМДЫҚ БАҚЫЛАУ");
    expect(result.answers.Q13).toEqual([1, 3]);
    expect(result.answers.Q22).toBe("АШЫҚ БОЛУ\nЖӘНЕ ЁМКИЙ ОТВЕТ");
    expect("Q31" in result.answers).toBe(false);
    expect(Object.keys(result.answers)[0]).toBe("S1");
  });

  it("accepts open answers left out, and exactly 1,000 characters", () => {
    const answers = valid({ Q22: "ә".repeat(1000) });
    delete answers.Q31;
    expect(validateSubmission(def, answers, "kk").ok).toBe(true);
  });

  it("accepts an exclusive option alone and 98/99 codes", () => {
    expect(validateSubmission(def, valid({ S1: 1, Q10: [99], Q19: 98, Q27_1: 99 }), "ru").ok).toBe(true);
  });

  it("treats blank values of skipped items as absent (forms send empty fields)", () => {
    const answers = { ...valid({ S1: 2 }), Q15: "", Q16: [], Q16_other: " " };
    expect(validateSubmission(def, answers, "en").ok).toBe(true);
  });
});

describe("validateSubmission rejects each class of bad input, naming the variable", () => {
  it("a payload that is not an object", () => {
    for (const bad of [null, [], "S1=1", 42]) {
      const result = validateSubmission(def, bad, "kk");
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]?.code).toBe("notObject");
    }
  });

  it("an unknown variable", () => {
    expectError({ ...valid(), Q99: 1 }, "Q99", "unknownVariable");
    expectError({ ...valid(), Q32_Q36: 1 }, "Q32_Q36", "unknownVariable");
    expectError({ ...valid(), __proto__x: 1 }, "__proto__x", "unknownVariable");
  });

  it("a value of the wrong type", () => {
    expectError(valid({ Q8: "1" }), "Q8", "expectedCode");
    expectError(valid({ Q8: 1.5 }), "Q8", "expectedCode");
    expectError(valid({ Q10: 3 }), "Q10", "expectedCodes");
    expectError(valid({ Q10: ["3"] as unknown as number[] }), "Q10", "expectedCodes");
    expectError(valid({ Q22: 5 }), "Q22", "expectedText");
    expectError(valid({ Q26_1: "7" }), "Q26_1", "expectedInteger");
    expectError(valid({ Q33: "2" }), "Q33", "expectedCode");
    expectError({ ...valid(), Q8: null }, "Q8", "expectedCode");
  });

  it("an unknown code or an out-of-range rating", () => {
    expectError(valid({ Q8: 7 }), "Q8", "unknownCode");
    expectError(valid({ Q1: 99 }), "Q1", "unknownCode");
    expectError(valid({ Q10: [1, 42] }), "Q10", "unknownCode");
    expectError(valid({ Q27_1: 4 }), "Q27_1", "unknownCode");
    expectError(valid({ Q36: 0 }), "Q36", "unknownCode");
    expectError(valid({ Q26_1: 11 }), "Q26_1", "outOfRange");
    expectError(valid({ Q26_3: 0 }), "Q26_3", "outOfRange");
    expectError(valid({ Q26_2: 5.5 }), "Q26_2", "outOfRange");
  });

  it("too many selections, or the same option twice", () => {
    expectError(valid({ Q10: [1, 2, 3, 4] }), "Q10", "tooMany");
    expectError(valid({ Q28: [1, 2, 3] }), "Q28", "tooMany");
    expectError(valid({ Q13: [1, 1] }), "Q13", "duplicateCode");
  });

  it("an exclusive option combined with others", () => {
    expectError(valid({ Q10: [1, 99] }), "Q10", "exclusiveCombined");
    expectError(valid({ Q25: [99, 2] }), "Q25", "exclusiveCombined");
    // hearing-state@2: "Hard to say" on Q28 stands alone.
    expectError(valid({ Q28: [1, 99] }), "Q28", "exclusiveCombined");
  });

  it("accepts the options added in version 2 and rejects codes that do not exist", () => {
    for (const overrides of [{ S1: 1, Q18: 5 }, { Q24: 5 }, { Q28: [99] }, { Q30: 5 }] as Answers[]) {
      expect(validateSubmission(def, valid(overrides), "kk").ok).toBe(true);
    }
    expectError(valid({ S1: 1, Q18: 6 }), "Q18", "unknownCode");
    expectError(valid({ Q30: 6 }), "Q30", "unknownCode");
  });

  it("a missing required answer", () => {
    for (const variable of ["S1", "Q1", "Q8", "Q10", "Q26_2", "Q27_4", "Q33"]) {
      const answers = valid({ S1: 1 });
      delete answers[variable];
      expectError(answers, variable, "required");
    }
    const withExperience = valid({ S1: 1 });
    delete withExperience.Q15;
    expectError(withExperience, "Q15", "required");
    expectError({ ...valid({ S1: 1 }), Q16: [] }, "Q16", "required");
  });

  it("'Other' without its text, and text without 'Other'", () => {
    const q5 = otherCodeOf("Q5");
    const noText = valid({ Q5: q5 });
    delete noText.Q5_other;
    expectError(noText, "Q5_other", "otherTextMissing");
    expectError(valid({ Q10: [otherCodeOf("Q10")], Q10_other: "   " }), "Q10_other", "otherTextMissing");
    expectError(valid({ Q5: 1, Q5_other: "Басқа бағыт" }), "Q5_other", "otherTextUnexpected");
  });

  it("an answer to an item that routing skipped", () => {
    const skipped = valid({ S1: 2 });
    expectError({ ...skipped, Q15: 1 }, "Q15", "skipped");
    expectError({ ...skipped, Q16: [1, 2] }, "Q16", "skipped");
    expectError({ ...skipped, Q16_other: "Телеграм" }, "Q16_other", "skipped");
    expectError({ ...skipped, Q19: 98 }, "Q19", "skipped");
  });

  it("over-long text and control characters", () => {
    expectError(valid({ Q22: "ә".repeat(1001) }), "Q22", "tooLong");
    expectError(valid({ Q31: "жауап\u0000" }), "Q31", "controlCharacters");
    expectError(valid({ Q5: otherCodeOf("Q5"), Q5_other: "\u001b[31mred" }), "Q5_other", "controlCharacters");
    expectError(valid({ Q5: otherCodeOf("Q5"), Q5_other: "x".repeat(1001) }), "Q5_other", "tooLong");
  });

  it("reports the invalid routing answer only, not a cascade of 'skipped' errors", () => {
    const answers = { ...valid({ S1: 1 }), S1: 7 };
    const result = validateSubmission(def, answers, "en");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => `${e.variable}:${e.code}`)).toEqual(["S1:unknownCode"]);
  });

  it("collects every error, not just the first", () => {
    const answers = { ...valid(), Q8: 7, Q10: [1, 2, 3, 4], Q99: 1 };
    const result = validateSubmission(def, answers, "ru");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.variable).sort()).toEqual(["Q10", "Q8", "Q99"]);
  });

  it("translates messages", () => {
    const answers = valid({ Q10: [1, 2, 3, 4] });
    const message = (l: Locale) => {
      const r = validateSubmission(def, answers, l);
      return r.ok ? "" : (r.errors[0]?.message ?? "");
    };
    expect(message("en")).toBe("Q10: select no more than 3 options.");
    expect(message("ru")).toBe("Q10: выберите не более 3 вариантов.");
    expect(message("kk")).toBe("Q10: ең көбі 3 нұсқа таңдаңыз.");
  });
});

describe("zod schemas", () => {
  it("the submission schema parses to normalised answers and reports issues by variable", () => {
    const schema = buildSubmissionSchema(def, "ru");
    const ok = schema.safeParse(valid({ Q22: "  ещё  " }));
    expect(ok.success).toBe(true);
    if (ok.success) expect(ok.data.Q22).toBe("ЕЩЁ");
    const bad = schema.safeParse(valid({ Q8: 7 }));
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error.issues[0]?.path).toEqual(["Q8"]);
      expect(bad.error.issues[0]?.message).toMatch(/^Q8: /);
    }
  });

  it("a part schema validates only its part, using earlier answers for routing", () => {
    const full = valid({ S1: 2 });
    const part2 = buildPartSchema(def, 1, "kk");
    const parsed = part2.safeParse(full);
    expect(parsed.success).toBe(true);
    if (parsed.success) {
      expect(Object.keys(parsed.data)[0]).toBe("Q8");
      expect("S1" in parsed.data).toBe(false);
      expect("Q23" in parsed.data).toBe(false);
    }
    expect(part2.safeParse({ ...full, Q15: 1 }).success).toBe(false);
    expect(part2.safeParse({ ...full, Q77: 1 }).success).toBe(false);
  });

  it("a part schema takes routing answers from context when the form holds one part", () => {
    const part2Only = Object.fromEntries(
      Object.entries(valid({ S1: 1 })).filter(([k]) => getItem(def, k).part === "II"),
    );
    expect(validatePart(def, 1, part2Only, "en", { S1: 1 }).ok).toBe(true);
    const asIfNo = validatePart(def, 1, part2Only, "en", { S1: 2 });
    expect(asIfNo.ok).toBe(false);
    if (!asIfNo.ok) expect(asIfNo.errors.every((e) => e.code === "skipped")).toBe(true);
  });

  it("the screening schema checks S1 alone", () => {
    const screening = buildPartSchema(def, "screening", "en");
    expect(screening.safeParse({ S1: 1 }).success).toBe(true);
    expect(screening.safeParse({}).success).toBe(false);
    expect(() => buildPartSchema(def, 4, "en")).toThrow(RangeError);
  });
});

describe("pruneSkipped", () => {
  it("drops stale answers when the screening answer changes", () => {
    const yes = generateValidAnswers(def, mulberry32(7), { S1: 1, Q16: [1, otherCodeOf("Q16")] });
    const switched = { ...yes, S1: 2 };
    expect(validateSubmission(def, switched, "kk").ok).toBe(false);
    const pruned = pruneSkipped(def, switched);
    for (const key of ["Q15", "Q16", "Q16_other", "Q17", "Q18", "Q19"]) expect(key in pruned).toBe(false);
    expect(validateSubmission(def, pruned, "kk").ok).toBe(true);
  });
});
