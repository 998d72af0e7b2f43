import { describe, expect, it } from "vitest";
import { seedQuestionnaire } from "../definition";
import { LOCALES } from "../locale";
import { describeWhere, draftTextSchema, stringLength, stringLimit, stringProblem } from "./rules";
import { textSites } from "./walk";

describe("string rules", () => {
  it("keeps every seed string inside its limit, with room to edit", () => {
    const over = textSites(seedQuestionnaire).flatMap((s) =>
      LOCALES.filter((l) => stringLength(s.text[l]) > stringLimit(s.field) * 0.8).map((l) => `${s.key} ${l}`),
    );
    expect(over).toEqual([]);
  });

  it("judges empty, long and control characters", () => {
    expect(stringProblem("", 10, true)).toBe("empty");
    expect(stringProblem("  ", 10, false)).toBeNull();
    expect(stringProblem("абвгдеёжзий", 10, true)).toBe("tooLong");
    expect(stringProblem("ә".normalize("NFD").repeat(5), 10, true)).toBeNull();
    expect(stringProblem("a\tb", 10, true)).toBe("controlCharacters");
    expect(stringProblem("a\u202Eb", 10, true)).toBe("controlCharacters");
    expect(draftTextSchema(5, true).safeParse("123456").success).toBe(false);
    expect(draftTextSchema(5, true).safeParse("12345").success).toBe(true);
  });

  it("says where a string appears", () => {
    expect(describeWhere("Q9", "options.3.label")).toBe("Q9 · option 3 · label");
    expect(describeWhere("Q27", "scale.2.label")).toBe("Q27 · scale point 2 · label");
    expect(describeWhere("II", "intro")).toBe("Part II · intro");
    expect(describeWhere("questionnaire", "title")).toBe("Questionnaire · title");
  });
});
