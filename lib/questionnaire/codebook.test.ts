import { describe, expect, it } from "vitest";
import {
  CODEBOOK_CSV_HEADER,
  answerVariables,
  codebookCsv,
  codebookJson,
  codebookMarkdown,
  codebookRows,
  exportColumns,
  parseCodebookArgs,
  questionnaire,
  renderCodebook,
} from "./index";

const def = questionnaire;
const declared = answerVariables(def).map((v) => v.variable);

/** A strict RFC 4180 reader, only to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  if (field !== "" || row.length > 0) throw new Error("unterminated last record");
  return rows;
}

describe("codebook", () => {
  it("has one row per declared answer variable, in order", () => {
    expect(codebookRows(def).map((r) => r.variable)).toEqual(declared);
    expect(declared).toContain("Q16_other");
    expect(declared).toContain("Q26_3");
    expect(declared).toContain("Q36");
  });

  it("records routing, missing-value codes and export columns", () => {
    const row = (v: string) => codebookRows(def).find((r) => r.variable === v);
    expect(row("Q15")?.routing).toBe("S1 = 1 (Yes)");
    expect(row("Q15")?.missing).toContain("-1 = not asked (routing)");
    expect(row("Q19")?.missing).toEqual(["98 = Prefer not to answer", "-1 = not asked (routing)"]);
    expect(row("Q22")?.missing).toEqual(["empty = not answered"]);
    expect(row("Q8")?.routing).toBeUndefined();
    expect(row("Q10")?.exportColumns).toEqual(exportColumns(def).filter((c) => c.variable === "Q10").map((c) => c.name));
    expect(row("Q26_1")?.range).toMatchObject({ min: 1, max: 10 });
    expect(row("Q33")?.itemVariable).toBe("Q32_Q36");
    expect(row("Q33")?.codes.map((c) => c.code)).toEqual([1, 2, 3, 4, 5, 99]);
  });

  it("Markdown lists every variable with all three languages and the missing-data convention", () => {
    const md = codebookMarkdown(def);
    for (const v of declared) expect(md).toContain(`### ${v}\n`);
    expect(md).toContain("## Missing-data convention");
    expect(md).toMatch(/\| -1 \| Not asked/);
    expect(md).toMatch(/\| -2 \| Asked but not answered/);
    expect(md).toContain("hearing-state@2");
    expect(md).toContain(def.parts[1]?.items[1]?.text.kk);
  });

  it("CSV is valid RFC 4180 and reads back with one row per variable", () => {
    const csv = codebookCsv(def);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CODEBOOK_CSV_HEADER]);
    const body = rows.slice(1);
    expect(body.map((r) => r[0])).toEqual(declared);
    for (const r of body) expect(r).toHaveLength(CODEBOOK_CSV_HEADER.length);
    const q9 = body.find((r) => r[0] === "Q9");
    const col = (name: (typeof CODEBOOK_CSV_HEADER)[number]) => CODEBOOK_CSV_HEADER.indexOf(name);
    expect(q9?.[col("question_en")]).toBe(def.parts[1]?.items[1]?.text.en);
    expect(q9?.[col("codes_en")]).toMatch(/^1 = A person who focuses on people; /);
    expect(body.find((r) => r[0] === "Q15")?.[col("missing")]).toContain("-1 = not asked");
  });

  it("JSON carries the questionnaire identity, the convention and every variable", () => {
    const json = JSON.parse(codebookJson(def)) as {
      questionnaire: { questionnaireVersion: string };
      missingValues: { code: number | string }[];
      variables: { variable: string }[];
    };
    expect(json.questionnaire.questionnaireVersion).toBe("hearing-state@2");
    expect(json.missingValues.map((m) => m.code)).toEqual([98, 99, -1, -2]);
    expect(json.variables.map((v) => v.variable)).toEqual(declared);
  });

  it("states each variable's and each differing code's provenance in every format", () => {
    const row = (v: string) => codebookRows(def).find((r) => r.variable === v);
    for (const r of codebookRows(def)) expect(["paper", "paper-derived", "added"]).toContain(r.provenance);
    expect(row("S1")?.provenance).toBe("paper");
    expect(row("Q14")?.provenance).toBe("added");
    expect(row("Q6")?.provenance).toBe("added");
    expect(row("Q27_1")?.provenance).toBe("paper");
    expect(row("Q27_2")?.provenance).toBe("paper-derived");
    expect(row("Q28_other")?.provenance).toBe("added");
    expect(row("Q9")?.codes.map((c) => c.provenance)).toEqual(["paper", "added", "added", "added", "added"]);
    expect(row("Q26_1")?.paperQuestion?.en).toBe("Which of the following features of a “Hearing state” do you consider the most important?");

    const md = codebookMarkdown(def);
    expect(md).toContain("## Provenance");
    expect(md).toMatch(/### Q14\n\n- provenance: added\n/);
    expect(md).toMatch(/### Q28\n\n- provenance: paper \(codes added: 4, 5, 6, 99\)\n/);
    expect(md).toContain("The paper's wording of the question");

    const rows = parseCsv(codebookCsv(def)).slice(1);
    const col = (name: (typeof CODEBOOK_CSV_HEADER)[number]) => CODEBOOK_CSV_HEADER.indexOf(name);
    const q28 = rows.find((r) => r[0] === "Q28");
    expect(q28?.[col("provenance")]).toBe("paper");
    expect(q28?.[col("codes_provenance")]).toBe("added: 4, 5, 6, 99");
    expect(rows.find((r) => r[0] === "Q26_2")?.[col("paper_question_ru")]).toMatch(/наиболее важными/);

    const json = JSON.parse(codebookJson(def)) as { variables: { variable: string; provenance: string; codes: { provenance: string }[] }[] };
    expect(json.variables.find((v) => v.variable === "Q14")?.provenance).toBe("added");
    expect(json.variables.find((v) => v.variable === "Q30")?.codes.map((c) => c.provenance)).toEqual(["paper-derived", "paper-derived", "paper-derived", "paper-derived", "added", "paper-derived"]);
  });

  it("lists what changed between versions and the decisions, in every format", () => {
    const md = codebookMarkdown(def);
    expect(md).toContain("## Changes between versions");
    expect(md).toContain("### Version 2");
    expect(md).toMatch(/Note: Decision: Q24 stays asked of every respondent/);
    const json = JSON.parse(codebookJson(def)) as { versions: { version: number; changes: string[] }[]; variables: { variable: string; note?: string }[] };
    expect(json.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(json.versions[1]?.changes.join(" ")).toMatch(/only appended/);
    expect(json.variables.find((v) => v.variable === "Q28")?.note).toMatch(/106%/);
    expect(json.variables.find((v) => v.variable === "Q30")?.note).toMatch(/Natzhe/);
    const rows = parseCsv(codebookCsv(def)).slice(1);
    expect(rows.find((r) => r[0] === "Q24")?.[CODEBOOK_CSV_HEADER.indexOf("note")]).toMatch(/I do not deal with government bodies/);
  });

  it("renders each format", () => {
    expect(renderCodebook(def, "md")).toMatch(/^# Codebook/);
    expect(renderCodebook(def, "csv")).toMatch(/^variable,/);
    expect(renderCodebook(def, "json")).toMatch(/^\{/);
  });
});

describe("parseCodebookArgs", () => {
  it("reads --format in both spellings and defaults to Markdown", () => {
    expect(parseCodebookArgs([])).toEqual({ format: "md" });
    expect(parseCodebookArgs(["--format", "csv"])).toEqual({ format: "csv" });
    expect(parseCodebookArgs(["--", "--format=json"])).toEqual({ format: "json" });
  });

  it("rejects unknown formats and arguments", () => {
    expect(parseCodebookArgs(["--format", "xml"])).toHaveProperty("error");
    expect(parseCodebookArgs(["--format"])).toHaveProperty("error");
    expect(parseCodebookArgs(["--lang", "kk"])).toHaveProperty("error");
  });
});
