import { describe, expect, it } from "vitest";
import { questionnaire } from "@/lib/questionnaire/definition";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire";
import { readItems } from "./form-data";
import { carriedJson } from "./flow";
import { checkStep, readCarried, unfinishedSteps } from "./flow-server";
import { quickCheckStep } from "./quick-check";
import { quickUnfinishedSteps } from "./quick-unfinished";
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
    expect(en.errors.find((e: { variable: string }) => e.variable === "Q11_1")?.message).toBe("Select how you rate ‘Professional knowledge’");
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
    const answers = readCarried(questionnaire, "en", carriedJson(full));
    expect(unfinishedSteps(questionnaire, "en", answers)).toEqual([]);
    expect(quickUnfinishedSteps(questionnaire, answers, "en")).toEqual([]);
    expect(quickUnfinishedSteps(questionnaire, { S1: 1 }, "en")).toEqual([0, 1, 2, 3]);
  });

  it("the browser's quick check gives the server's messages for a blank part", () => {
    for (const locale of ["kk", "ru", "en"] as const) {
      const server = checkStep(questionnaire, locale, 1, { S1: 1 }, {});
      if (server.ok) throw new Error("expected errors");
      expect(quickCheckStep(questionnaire, locale, 1, { S1: 1 }, {})).toEqual(server.errors);
    }
    // Too many choices, and "Other" without its text.
    const multi = questionnaire.parts[1]?.items.find((i) => i.kind === "multi" && i.maxSelections !== undefined);
    if (!multi || multi.kind !== "multi" || multi.maxSelections === undefined) throw new Error("Part II limits a choice");
    const codes = multi.options.filter((o) => !multi.exclusiveCodes.includes(o.code)).map((o) => o.code).slice(0, multi.maxSelections + 1);
    const quick = quickCheckStep(questionnaire, "en", 1, { S1: 1 }, { [multi.variable]: codes });
    expect(quick.find((e) => e.variable === multi.variable)?.message).toMatch(/^Select no more than/);
  });
});
