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

  it("uses the chosen language for labels", () => {
    expect(spssSyntax(questionnaire, { ...DEFAULT_EXPORT_OPTIONS, lang: "kk" })).toContain('"Жынысыңыз"');
    expect(spssSyntax(questionnaire, { ...DEFAULT_EXPORT_OPTIONS, lang: "en" })).toContain('"Your gender"');
  });
});
