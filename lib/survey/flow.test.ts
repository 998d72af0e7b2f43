import { describe, expect, it } from "vitest";
import { questionnaire } from "@/lib/questionnaire/definition";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire";
import { readItems } from "./form-data";
import { carriedJson, checkStep, readCarried, unfinishedSteps } from "./flow";
import { itemsOfStep } from "./steps";
import type { Item } from "@/lib/questionnaire/types";

const full = generateValidAnswers(questionnaire, mulberry32(5), { S1: 1 }, { textLocale: "en", openRate: 1, otherRate: 1 });

describe("the no-JS flow", () => {
  it("writes errors from the definition, in sentence case and without variable codes", () => {
    for (const locale of ["kk", "ru", "en"] as const) {
      const verdict = checkStep(questionnaire, locale, 1, { S1: 1 }, {});
      expect(verdict.ok).toBe(false);
      if (verdict.ok) continue;
      for (const { message } of verdict.errors) {
        expect(message).not.toMatch(/\b[QS]\d+(_\w+)?\b/);
        expect(message.charAt(0)).toBe(message.charAt(0).toLocaleUpperCase(locale));
      }
    }
    const en = checkStep(questionnaire, "en", 1, { S1: 1 }, {});
    if (en.ok) throw new Error("expected errors");
    expect(en.errors.find((e) => e.variable === "Q11_1")?.message).toBe("Select how you rate ‘Professional knowledge’");
  });

  it("accepts a valid part read from form fields and carries it as canonical JSON", () => {
    const items = itemsOfStep<Item>(questionnaire, 0);
    const fields = new URLSearchParams();
    for (const [key, value] of Object.entries(full)) for (const v of Array.isArray(value) ? value : [value]) fields.append(key, String(v));
    const values = readItems(items, fields);
    const verdict = checkStep(questionnaire, "en", 0, { S1: 1 }, values);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    const json = carriedJson(verdict.answers);
    expect(readCarried(questionnaire, "en", json)).toEqual(verdict.answers);
    expect(unfinishedSteps(questionnaire, "en", verdict.answers)).toEqual([1, 2, 3]);
  });

  it("drops carried answers that do not validate, and unknown keys", () => {
    expect(readCarried(questionnaire, "en", JSON.stringify({ S1: 7, evil: "x" }))).toEqual({});
    expect(readCarried(questionnaire, "en", "not json")).toEqual({});
    expect(readCarried(questionnaire, "en", JSON.stringify({ S1: 2 }))).toEqual({ S1: 2 });
  });

  it("a whole valid response has no unfinished parts", () => {
    expect(unfinishedSteps(questionnaire, "en", readCarried(questionnaire, "en", carriedJson(full)))).toEqual([]);
  });
});
