import { describe, expect, it } from "vitest";
import { evaluateCondition, isShown } from "./index";

describe("evaluateCondition", () => {
  it("compares single answers", () => {
    expect(evaluateCondition({ variable: "S1", op: "equals", value: 1 }, { S1: 1 })).toBe(true);
    expect(evaluateCondition({ variable: "S1", op: "equals", value: 1 }, { S1: 2 })).toBe(false);
    expect(evaluateCondition({ variable: "Q4", op: "in", values: [18, 19, 20] }, { Q4: 19 })).toBe(true);
    expect(evaluateCondition({ variable: "Q4", op: "notIn", values: [18, 19, 20] }, { Q4: 19 })).toBe(false);
    expect(evaluateCondition({ variable: "Q4", op: "notIn", values: [18, 19, 20] }, { Q4: 1 })).toBe(true);
  });

  it("treats multi answers as sets: equals = includes, in = any, notIn = none", () => {
    const answers = { Q16: [1, 3] };
    expect(evaluateCondition({ variable: "Q16", op: "equals", value: 3 }, answers)).toBe(true);
    expect(evaluateCondition({ variable: "Q16", op: "in", values: [2, 3] }, answers)).toBe(true);
    expect(evaluateCondition({ variable: "Q16", op: "notIn", values: [2, 4] }, answers)).toBe(true);
    expect(evaluateCondition({ variable: "Q16", op: "notIn", values: [1] }, answers)).toBe(false);
  });

  it("is false for a missing, empty or text answer, whatever the operator", () => {
    for (const answers of [{}, { Q16: [] }, { Q16: "1" }]) {
      expect(evaluateCondition({ variable: "Q16", op: "notIn", values: [9] }, answers)).toBe(false);
      expect(evaluateCondition({ variable: "Q16", op: "equals", value: 1 }, answers)).toBe(false);
    }
  });

  it("isShown shows items without a condition", () => {
    expect(isShown({}, {})).toBe(true);
    expect(isShown({ showIf: { variable: "S1", op: "equals", value: 1 } }, {})).toBe(false);
  });
});
