import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { questionnaire } from "@/lib/questionnaire";
import { QUALITY_EXPORT_COLUMNS } from "@/lib/quality/export-columns.server";
import { EXCLUSION_EXPORT_COLUMNS } from "@/lib/review/export-columns.server";
import { codebookCsvFile, codebookMarkdownFile } from "./codebook";

describe("the codebook downloads state the derived variables' rules", () => {
  const extra = [...QUALITY_EXPORT_COLUMNS, ...EXCLUSION_EXPORT_COLUMNS];
  const names = extra.map((v) => v.name);

  it("lists every quality indicator and the exclusion variables", () => {
    expect(names).toEqual(["quality_straightline", "quality_special_pct", "quality_blank_optional", "quality_duplicate", "quality_time_band", "excluded", "exclusion_reason"]);
  });

  it("in the Markdown, each with its rule and value labels", () => {
    const md = codebookMarkdownFile(questionnaire, {}, extra);
    expect(md).toContain("## Variables added after collection");
    for (const name of names) expect(md).toContain(`### ${name}`);
    expect(md).toMatch(/Rule: Number of grids \(a matrix, or a rating block, of at least 4 rows/);
    expect(md).toContain("| 2 | Басқа жауаптың көшірмесі | Дубликат другой анкеты | Duplicate of another response |");
  });

  it("in the CSV, one row each after the answer variables, the rule in the note", () => {
    const [header = [], ...rows] = parse(codebookCsvFile(questionnaire, { sep: "comma", bom: false }, {}, extra)) as string[][];
    const byName = new Map(rows.map((r) => [r[0], Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))]));
    for (const name of names) expect(byName.get(name)?.note, name).not.toBe("");
    expect(byName.get("quality_time_band")?.codes_en).toContain("1 = Under 5 minutes");
    expect(byName.get("quality_time_band")?.kind).toBe("quality");
    expect(byName.get("excluded")?.kind).toBe("review");
    // Neutralised like every cell that would open as a formula in a spreadsheet.
    expect(byName.get("quality_special_pct")?.missing).toBe("'-1 = Not applicable");
  });
});
