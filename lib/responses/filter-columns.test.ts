import { describe, expect, it } from "vitest";
import { questionnaire, type Questionnaire } from "@/lib/questionnaire";
import { filterColumns, filterVariables } from "./filter-columns";

describe("filter columns", () => {
  it("come from the definition: the screening item and the items marked filterDimension", () => {
    expect(filterVariables(questionnaire)).toEqual({ screening: "S1", gender: "Q1", ageGroup: "Q2", region: "Q4" });
    expect(filterColumns(questionnaire, { S1: 2, Q1: 1, Q4: 20 })).toEqual({ screening: 2, gender: 1, ageGroup: null, region: 20 });
  });

  it("refuse a definition without exactly one question per dimension", () => {
    const copy = structuredClone(questionnaire) as Questionnaire;
    const q2 = copy.parts[0]!.items.find((i) => i.variable === "Q2");
    if (q2?.kind === "single") delete q2.filterDimension;
    expect(() => filterVariables(copy)).toThrow(/filterDimension "ageGroup" \(found 0\)/);
  });
});
