import { describe, expect, it } from "vitest";
import { questionnaire } from "@/lib/questionnaire";
import { answeredShare, cleanAnswers } from "./answers";

describe("answers as the form holds them", () => {
  it("drops blanks, skipped questions and a specify text whose Other is no longer chosen", () => {
    const cleaned = cleanAnswers(questionnaire, {
      S1: 2,
      Q1: 1,
      Q3: undefined,
      Q5: 3,
      Q5_other: "STALE",
      Q10: [],
      Q15: 1, // asked only when S1 = 1
      Q22: "  ",
    });
    expect(cleaned).toEqual({ S1: 2, Q1: 1, Q5: 3 });
  });

  it("keeps the specify text while Other is chosen", () => {
    const q5 = questionnaire.parts[0]?.items.find((i) => i.variable === "Q5");
    if (!q5 || q5.kind !== "single" || q5.otherCode === undefined) throw new Error("Q5 offers Other");
    expect(cleanAnswers(questionnaire, { Q5: q5.otherCode, Q5_other: "X" })).toEqual({ Q5: q5.otherCode, Q5_other: "X" });
  });

  it("counts the share of shown answer slots answered", () => {
    const none = answeredShare(questionnaire, {});
    const some = answeredShare(questionnaire, { S1: 1, Q1: 1 });
    expect(none.answered).toBe(0);
    expect(some.answered).toBe(2);
    expect(some.total).toBeGreaterThan(none.total); // S1 = Yes shows Q15–Q19
  });
});
