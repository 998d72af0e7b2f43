import { describe, expect, it } from "vitest";
import { questionnaire } from "@/lib/questionnaire";
import { parseMargins } from "./margins";

describe("population margins CSV", () => {
  it("reads shares as fractions or percentages and scales them to sum to 1", () => {
    const parsed = parseMargins("\uFEFFvariable,code,share\nQ1,1,48\nQ1,2,52\n", questionnaire);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect([...parsed.margins[0]!.shares]).toEqual([[1, 0.48], [2, 0.52]]);
  });

  it("refuses what cannot be a margin", () => {
    expect(parseMargins("a,b,c\nQ1,1,1\n", questionnaire)).toMatchObject({ ok: false, problem: "header" });
    expect(parseMargins("variable,code,share\nQ22,1,1\n", questionnaire)).toMatchObject({ ok: false, problem: "variable", variable: "Q22" });
    expect(parseMargins("variable,code,share\nQ1,7,1\n", questionnaire)).toMatchObject({ ok: false, problem: "code" });
    expect(parseMargins("variable,code,share\nQ1,1,0.3\nQ1,2,0.3\n", questionnaire)).toMatchObject({ ok: false, problem: "sum" });
    expect(parseMargins("variable,code,share\nQ1,x,0.3\n", questionnaire)).toMatchObject({ ok: false, problem: "row", line: 2 });
    expect(parseMargins("variable,code,share\nQ1,1,0.5\nQ1,1,0.5\n", questionnaire)).toMatchObject({ ok: false, problem: "row", line: 3 });
  });
});
