import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { questionnaire } from "@/lib/questionnaire";
import { codebookCsvFile, codebookMarkdownFile } from "./codebook";
import { extraVariables } from "./extra-columns";

describe("the codebook downloads state the derived variables' rules", () => {
  const names = extraVariables().map((v) => v.name);

  it("lists every quality indicator and the exclusion variables", () => {
    expect(names).toEqual(["quality_straightline", "quality_special_pct", "quality_blank_optional", "quality_duplicate", "quality_time_band", "excluded", "exclusion_reason"]);
  });

  it("in the Markdown, each with its rule and value labels", () => {
    const md = codebookMarkdownFile(questionnaire);
    expect(md).toContain("## Derived variables");
    for (const name of names) expect(md).toContain(`### ${name}`);
    expect(md).toMatch(/Rule: Number of grids \(a matrix, or a rating block, of at least 4 rows/);
    expect(md).toContain("| 2 | Басқа жауаптың көшірмесі | Дубликат другой анкеты | Duplicate of another response |");
  });

  it("in the CSV, one row each after the answer variables, the rule in the note", () => {
    const [header = [], ...rows] = parse(codebookCsvFile(questionnaire, { sep: "comma", bom: false })) as string[][];
    const byName = new Map(rows.map((r) => [r[0], Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))]));
    for (const name of names) expect(byName.get(name)?.note, name).not.toBe("");
    expect(byName.get("quality_time_band")?.codes_en).toContain("1 = Under 5 minutes");
    // Neutralised like every cell that would open as a formula in a spreadsheet.
    expect(byName.get("quality_special_pct")?.missing).toBe("'-1 = Not applicable");
  });
});
