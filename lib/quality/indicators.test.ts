import { describe, expect, it } from "vitest";
import { demoResponses } from "@/lib/demo/demo";
import {
  generateValidAnswers,
  itemsInOrder,
  mulberry32,
  questionnaire as def,
  SPECIAL_CODES,
  validateSubmission,
  type Answers,
} from "@/lib/questionnaire";
import { qualityFlags, qualityIndicators, specialPercent } from "./indicators";
import { GRID_MIN_ROWS } from "./rules";

function valid(answers: Answers): Answers {
  const checked = validateSubmission(def, answers, "en");
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return checked.answers;
}

/** The grids of the instrument with at least GRID_MIN_ROWS rows (Q11, Q27, Q32–Q36). */
const grids = itemsInOrder(def).filter(({ item }) => item.kind === "matrix" && item.rows.length >= GRID_MIN_ROWS);

describe("quality indicators on constructed responses", () => {
  it("a straight-liner: every row of every long grid the same", () => {
    const overrides: Answers = {};
    for (const { item } of grids) if (item.kind === "matrix") for (const r of item.rows) overrides[r.variable] = 2;
    const answers = valid(generateValidAnswers(def, mulberry32(1), { S1: 1, ...overrides }, { specialRate: 0 }));
    const ind = qualityIndicators(def, answers);
    expect(ind.straightLinedGrids).toEqual(grids.map((g) => g.item.variable));
    expect(qualityFlags(ind, false, false)).toContain("straightline");
  });

  it("one differing row is not straight-lining", () => {
    const overrides: Answers = {};
    for (const { item } of grids) if (item.kind === "matrix") for (const r of item.rows) overrides[r.variable] = 2;
    const first = grids[0]?.item;
    if (first?.kind !== "matrix") throw new Error("no grid");
    overrides[first.rows[0]?.variable ?? ""] = 1;
    const answers = valid(generateValidAnswers(def, mulberry32(2), { S1: 1, ...overrides }, { specialRate: 0 }));
    expect(qualityIndicators(def, answers).straightLinedGrids).not.toContain(first.variable);
  });

  it("“hard to say” on everything that offers it: 100%", () => {
    const answers = valid(generateValidAnswers(def, mulberry32(3), { S1: 1 }, { specialRate: 1 }));
    const ind = qualityIndicators(def, answers);
    expect(ind.special.offered).toBeGreaterThan(10);
    expect(ind.special.chosen).toBe(ind.special.offered);
    expect(specialPercent(ind)).toBe(100);
    expect(qualityFlags(ind, false, false)).toEqual(expect.arrayContaining(["special"]));
  });

  it("no special answer at all: 0%, and a duplicate or a speeder is flagged as such", () => {
    const answers = valid(generateValidAnswers(def, mulberry32(4), { S1: 1 }, { specialRate: 0 }));
    const ind = qualityIndicators(def, answers);
    expect(ind.special.chosen).toBe(0);
    expect(specialPercent(ind)).toBe(0);
    expect(qualityFlags(ind, true, true)).toEqual(expect.arrayContaining(["duplicate", "speeder"]));
  });

  it("counts optional items shown and left blank, not those routing skipped", () => {
    const optional = itemsInOrder(def).filter(({ item }) => !item.required);
    expect(optional.length).toBeGreaterThan(0);
    const answers = valid(generateValidAnswers(def, mulberry32(5), { S1: 1 }, { openRate: 0 }));
    const ind = qualityIndicators(def, answers);
    const shownOptional = optional.filter(({ item }) => !item.showIf || answers[item.showIf.variable] !== undefined);
    expect(ind.blankOptional.length).toBeGreaterThan(0);
    expect(ind.blankOptional.length).toBeLessThanOrEqual(shownOptional.length);
    for (const v of ind.blankOptional) expect(answers[v]).toBeUndefined();
  });
});

describe("quality indicators on the demo data", () => {
  const responses = demoResponses(def, { count: 600, seed: 11, endDate: "2026-03-01" });
  const all = responses.map((r) => qualityIndicators(def, r.answers));

  it("every share is a percentage of answers offering a special code", () => {
    for (const ind of all) {
      expect(ind.special.chosen).toBeLessThanOrEqual(ind.special.offered);
      const pct = specialPercent(ind);
      expect(pct === -1 || (pct >= 0 && pct <= 100)).toBe(true);
    }
  });

  it("flags a minority, not the sample", () => {
    // Measured: about a quarter, nearly all on Q27 (four rows on a three-point scale,
    // answered through one latent attitude in the demo generator).
    const flagged = all.filter((ind) => qualityFlags(ind, false, false).length > 0).length;
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(responses.length * 0.5);
  });

  it("agrees with a direct count of the special codes in the answers", () => {
    const ind = all[0];
    const answers = responses[0]?.answers ?? {};
    let chosen = 0;
    for (const value of Object.values(answers)) {
      const codes = Array.isArray(value) ? value : [value];
      if (codes.some((c) => typeof c === "number" && SPECIAL_CODES.includes(c))) chosen++;
    }
    expect(ind?.special.chosen).toBe(chosen);
  });
});
