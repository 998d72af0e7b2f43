// The codebook downloads: the questionnaire library's generator, served as a file, plus
// the variables the exports add beyond the answers (quality indicators, exclusion; the
// providers in ./extra-columns). The CSV is the codebook's table written with the
// export's separator, BOM and formula neutralisation ("-1 = not asked" would otherwise
// open in Excel as a broken formula).
import { CODEBOOK_CSV_HEADER, codebookMarkdown, codebookRows, codebookTable, LOCALES, type Questionnaire } from "@/lib/questionnaire";
import { createCsvWriter, UTF8_BOM } from "./csv-encoder";
import { extraVariables, type ExtraVariable } from "./extra-columns";
import { neutraliseFormula } from "./formula";
import { SEPARATOR_CHARS, type ExportOptions } from "./options";

const codesText = (v: ExtraVariable, locale: (typeof LOCALES)[number]) => v.values.map((c) => `${c.code} = ${c.label[locale]}`).join("; ");

/** One codebook table row per added variable, in the columns of CODEBOOK_CSV_HEADER. */
function extraRows(): string[][] {
  const header: readonly string[] = CODEBOOK_CSV_HEADER;
  return extraVariables().map((v) => {
    const cell: Record<string, string> = {
      variable: v.name,
      item_variable: v.name,
      part: "derived",
      kind: v.group,
      value_type: v.type === "numeric" ? "integer" : "text",
      required: "no",
      provenance: "added",
      missing: v.missing.map((code) => `${code} = ${v.values.find((x) => x.code === code)?.label.en ?? ""}`).join("; "),
      export_columns: v.name,
      note: v.rule,
    };
    for (const l of LOCALES) {
      cell[`question_${l}`] = v.label[l];
      cell[`codes_${l}`] = codesText(v, l);
    }
    return header.map((h) => cell[h] ?? "");
  });
}

/** The codebook table of the downloads: the answer variables, then the added ones. */
export function exportCodebookTable(def: Questionnaire): string[][] {
  return [...codebookTable(def), ...extraRows()];
}

export function codebookCsvFile(def: Questionnaire, options: Pick<ExportOptions, "sep" | "bom">): string {
  const writer = createCsvWriter(SEPARATOR_CHARS[options.sep]);
  const body = writer.records(exportCodebookTable(def).map((r) => r.map(neutraliseFormula)));
  return (options.bom ? UTF8_BOM : "") + body;
}

export function codebookMarkdownFile(def: Questionnaire): string {
  const out = [codebookMarkdown(def).trimEnd(), "", "## Derived variables", ""];
  out.push(
    "Computed by Tyndau from the answers (and, for the completion time, from a sealed token), not asked.",
    "Quality indicators flag cases for review and never drop one; a case leaves the analysis only when staff exclude it, with a reason.",
    "",
  );
  for (const v of extraVariables()) {
    out.push(`### ${v.name}`, "", `- kind: ${v.group}`, `- en: ${v.label.en}`, `- ru: ${v.label.ru}`, `- kk: ${v.label.kk}`, "", `Rule: ${v.rule}`, "");
    if (v.values.length > 0) {
      out.push("| Code | kk | ru | en |", "| --- | --- | --- | --- |");
      for (const c of v.values) out.push(`| ${c.code} | ${c.label.kk} | ${c.label.ru} | ${c.label.en} |`);
      out.push("");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** Number of variables described, for the audit log. */
export function codebookSize(def: Questionnaire): number {
  return codebookRows(def).length + extraVariables().length;
}
