// The SPSS syntax as text: structure, options honoured, and every missing-data code of
// every column declared (PSPP itself runs it in pspp.test.ts).
import { describe, expect, it } from "vitest";
import { wideColumns } from "@/lib/export/wide-columns";
import { DEFAULT_EXPORT_OPTIONS } from "@/lib/export/options";
import { spssSyntax } from "@/lib/export/spss";
import { NOT_ASKED, questionnaire } from "@/lib/questionnaire";

describe("SPSS syntax", () => {
  const syntax = spssSyntax(questionnaire, DEFAULT_EXPORT_OPTIONS);

  it("reads responses.csv from the working folder, comma-separated, after one header row", () => {
    expect(syntax).toContain("/FILE='responses.csv'");
    expect(syntax).toContain('/DELIMITERS=","');
    expect(syntax).toContain("/FIRSTCASE=2");
    expect(syntax).toContain("/ENCODING='UTF8'");
    expect(syntax.endsWith("EXECUTE.\r\n")).toBe(true);
  });

  it("follows sep, header, file and combined", () => {
    const other = spssSyntax(questionnaire, { ...DEFAULT_EXPORT_OPTIONS, sep: "semicolon", header: "text", file: "C:\\Data\\x.csv", combined: true });
    expect(other).toContain('/DELIMITERS=";"');
    expect(other).toContain("/FIRSTCASE=3");
    expect(other).toContain("/FILE='C:\\Data\\x.csv'");
    expect(other).toMatch(/^ {4}Q10 A\d+$/m);
  });

  it("declares every missing-data code each column can hold, within SPSS's limits", () => {
    expect(syntax).not.toContain("not declared missing");
    const block = syntax.slice(syntax.indexOf("MISSING VALUES"), syntax.indexOf(".", syntax.indexOf("MISSING VALUES")));
    for (const column of wideColumns(questionnaire, { combined: false })) {
      if (column.kind === "meta" || column.missing.length === 0) continue;
      const line = block.split("\r\n").find((l) => l.replace(/^\s*\//, "").trim().startsWith(`${column.name} (`));
      expect(line, column.name).toBeDefined();
      if (column.type === "text") expect(line).toContain(`('${NOT_ASKED}')`);
      else for (const code of column.missing) expect(line, column.name).toContain(String(code));
    }
  });

  it("declares ordered scales ORDINAL and categories NOMINAL in VARIABLE LEVEL", () => {
    const start = syntax.indexOf("VARIABLE LEVEL");
    expect(start).toBeGreaterThan(-1);
    const block = syntax.slice(start, syntax.indexOf("\r\n.", start));
    const levelOf = new Map<string, string>();
    for (const line of block.split("\r\n").slice(1)) {
      const match = /^\s*\/?(.+) \((NOMINAL|ORDINAL|SCALE)\)$/.exec(line);
      if (match) for (const name of match[1]!.split(" ")) levelOf.set(name, match[2]!);
    }
    // Age bands, education levels, years in the sector, yes/no scales, frequencies.
    for (const name of ["Q2", "Q3", "Q7", "Q14", "Q15", "Q19", "Q21"]) expect(levelOf.get(name), name).toBe("ORDINAL");
    for (const name of ["Q8", "Q12", "Q20", "Q23", "Q24", "Q11_1"]) expect(levelOf.get(name), name).toBe("ORDINAL");
    for (const name of ["Q1", "Q4", "Q9", "Q10_1"]) expect(levelOf.get(name), name).toBe("NOMINAL");
    expect(levelOf.get("Q26_1")).toBe("SCALE");
  });

  it("uses the chosen language for labels", () => {
    expect(spssSyntax(questionnaire, { ...DEFAULT_EXPORT_OPTIONS, lang: "kk" })).toContain('"Жынысыңыз"');
    expect(spssSyntax(questionnaire, { ...DEFAULT_EXPORT_OPTIONS, lang: "en" })).toContain('"Your gender"');
  });
});
