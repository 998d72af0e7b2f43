import { describe, expect, it } from "vitest";
import {
  NOT_ANSWERED,
  NOT_ASKED,
  answerVariables,
  exportCell,
  exportColumns,
  exportRow,
  generateValidAnswers,
  mulberry32,
  questionnaire,
  validateSubmission,
} from "./index";

const def = questionnaire;
const columns = exportColumns(def);
const names = columns.map((c) => c.name);

describe("exportColumns", () => {
  it("lays out S1, Q1.. with option, sub-item, row and other columns in questionnaire order", () => {
    expect(names.slice(0, 7)).toEqual(["S1", "Q1", "Q2", "Q3", "Q4", "Q5", "Q5_other"]);
    const q10 = names.filter((n) => n.startsWith("Q10_"));
    expect(q10).toEqual(["Q10_1", "Q10_2", "Q10_3", "Q10_4", "Q10_5", "Q10_6", "Q10_7", "Q10_8", "Q10_9", "Q10_99", "Q10_other"]);
    expect(names.filter((n) => n.startsWith("Q26"))).toEqual(["Q26_1", "Q26_2", "Q26_3"]);
    expect(names.slice(-5)).toEqual(["Q32", "Q33", "Q34", "Q35", "Q36"]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("has a column for every answer variable", () => {
    const fed = new Set(columns.map((c) => c.variable));
    expect(answerVariables(def).map((v) => v.variable).filter((v) => !fed.has(v))).toEqual([]);
  });
});

describe("exportCell", () => {
  const col = (name: string) => {
    const found = columns.find((c) => c.name === name);
    if (!found) throw new Error(name);
    return found;
  };

  it("writes codes, 0/1 flags and text for a shown item", () => {
    const answers = { S1: 1, Q10: [2, 9], Q10_other: "ТӨЗІМДІЛІК", Q8: 3 };
    expect(exportCell(col("Q8"), answers)).toBe(3);
    expect(exportCell(col("Q10_2"), answers)).toBe(1);
    expect(exportCell(col("Q10_1"), answers)).toBe(0);
    expect(exportCell(col("Q10_other"), answers)).toBe("ТӨЗІМДІЛІК");
  });

  it("writes -1 for items skipped by routing, in numeric and text columns alike", () => {
    const answers = { S1: 2 };
    expect(exportCell(col("Q15"), answers)).toBe(NOT_ASKED);
    expect(exportCell(col("Q16_3"), answers)).toBe(NOT_ASKED);
    expect(exportCell(col("Q16_other"), answers)).toBe(NOT_ASKED);
  });

  it("writes -2 / empty for shown but unanswered cells", () => {
    expect(exportCell(col("Q8"), { S1: 1 })).toBe(NOT_ANSWERED);
    expect(exportCell(col("Q10_1"), { S1: 1 })).toBe(NOT_ANSWERED);
    expect(exportCell(col("Q22"), { S1: 1 })).toBe("");
    expect(exportCell(col("Q5_other"), { Q5: 1 })).toBe("");
  });

  it("exports a full validated response with no unanswered required cells", () => {
    const generated = generateValidAnswers(def, mulberry32(11), { S1: 2 }, { openRate: 0 });
    const result = validateSubmission(def, generated, "kk");
    if (!result.ok) throw new Error("invalid");
    const row = exportRow(columns, result.answers);
    expect(row).toHaveLength(columns.length);
    columns.forEach((c, i) => {
      if (c.part === "II" && /^Q1[5-9]/.test(c.name)) expect(row[i]).toBe(NOT_ASKED);
      else if (c.type === "numeric") expect(row[i]).not.toBe(NOT_ANSWERED);
    });
  });
});
