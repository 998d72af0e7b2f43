import { describe, expect, it } from "vitest";
import {
  HARD_TO_SAY,
  PREFER_NOT,
  answerVariables,
  generateValidAnswers,
  mulberry32,
  questionnaire,
  validateSubmission,
} from "./index";

const def = questionnaire;

describe("mulberry32", () => {
  it("is deterministic per seed and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });
});

describe("generateValidAnswers", () => {
  it("is reproducible from a seed", () => {
    expect(generateValidAnswers(def, mulberry32(5))).toEqual(generateValidAnswers(def, mulberry32(5)));
    expect(generateValidAnswers(def, mulberry32(5))).not.toEqual(generateValidAnswers(def, mulberry32(6)));
  });

  it("covers every answer variable, 'other' texts, 98/99 codes and both routing paths across seeds", () => {
    const seen = new Set<string>();
    const codes = new Set<number>();
    const s1 = new Set<number>();
    let kazakhText = false;
    let russianText = false;
    for (let seed = 0; seed < 400; seed++) {
      const answers = generateValidAnswers(def, mulberry32(seed));
      for (const [key, value] of Object.entries(answers)) {
        seen.add(key);
        for (const v of Array.isArray(value) ? value : [value]) {
          if (typeof v === "number") codes.add(v);
          else {
            kazakhText ||= /[әғқңөұүһі]/.test(v);
            russianText ||= /[ёыэъ]/.test(v) && !/[әғқңөұүһі]/.test(v);
          }
        }
      }
      if (typeof answers.S1 === "number") s1.add(answers.S1);
    }
    expect([...s1].sort()).toEqual([1, 2]);
    expect(answerVariables(def).map((v) => v.variable).filter((v) => !seen.has(v))).toEqual([]);
    expect(codes.has(HARD_TO_SAY)).toBe(true);
    expect(codes.has(PREFER_NOT)).toBe(true);
    expect(kazakhText).toBe(true);
    expect(russianText).toBe(true);
  });

  it("applies overrides and keeps 'other' text consistent with them", () => {
    const answers = generateValidAnswers(def, mulberry32(1), { S1: 1, Q9: 1, Q5: 11 });
    expect(answers.Q9).toBe(1);
    expect(typeof answers.Q5_other).toBe("string");
    const plain = generateValidAnswers(def, mulberry32(1), { Q5: 1 }, { otherRate: 1 });
    expect(plain.Q5_other).toBeUndefined();
    const withText = generateValidAnswers(def, mulberry32(1), { Q5: 11, Q5_other: "Өз нұсқам" });
    expect(withText.Q5_other).toBe("Өз нұсқам");
  });

  it("follows routing: S1 = No yields no Q15–Q19", () => {
    const answers = generateValidAnswers(def, mulberry32(2), { S1: 2 });
    for (const key of ["Q15", "Q16", "Q17", "Q18", "Q19"]) expect(key in answers).toBe(false);
    expect(validateSubmission(def, answers, "kk").ok).toBe(true);
  });

  it("refuses overrides for skipped or undeclared variables", () => {
    expect(() => generateValidAnswers(def, mulberry32(1), { S1: 2, Q15: 1 })).toThrow(/routing skips/);
    expect(() => generateValidAnswers(def, mulberry32(1), { Q100: 1 })).toThrow(/undeclared/);
  });

  it("honours the text language and rates", () => {
    const kk = generateValidAnswers(def, mulberry32(3), {}, { textLocale: "kk", openRate: 1 });
    expect(kk.Q22).toMatch(/[әғқңөұүһі]/);
    const none = generateValidAnswers(def, mulberry32(3), {}, { openRate: 0 });
    expect("Q22" in none || "Q31" in none).toBe(false);
    const special = generateValidAnswers(def, mulberry32(3), { S1: 1 }, { specialRate: 1 });
    expect(special.Q8).toBe(HARD_TO_SAY);
    expect(special.Q10).toEqual([HARD_TO_SAY]);
    expect(special.Q19).toBe(PREFER_NOT);
    expect(validateSubmission(def, special, "en").ok).toBe(true);
    const other = generateValidAnswers(def, mulberry32(3), { S1: 1 }, { otherRate: 1, specialRate: 0 });
    expect(other.Q5).toBe(11);
    expect(typeof other.Q10_other).toBe("string");
    expect(validateSubmission(def, other, "en").ok).toBe(true);
  });
});
