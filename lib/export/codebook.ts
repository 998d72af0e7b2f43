// The codebook downloads: the questionnaire library's generator, served as a file, plus
// the columns the exports add beyond the answers (./extra-columns: coded categories,
// weights, quality indicators, exclusion). The CSV is the codebook's table written with
// the export's separator, BOM and formula neutralisation ("-1 = not asked" would
// otherwise open in Excel as a broken formula).
import {
  CODEBOOK_CSV_HEADER,
  codebookMarkdown,
  codebookRows,
  codebookTable,
  type CodebookContext,
  type Questionnaire,
} from "@/lib/questionnaire";
import { LOCALES } from "@/lib/questionnaire/locale";
import { createCsvWriter, UTF8_BOM } from "./csv-encoder";
import type { ExtraColumn } from "./extra-columns";
import { neutraliseFormula } from "./formula";
import { SEPARATOR_CHARS, type ExportOptions } from "./options";

/** The user-missing codes of an added column, with their English labels; otherwise only system-missing. */
function missingText(column: ExtraColumn): string {
  const codes = column.missing ?? [];
  if (codes.length === 0) return "system-missing";
  return codes.map((code) => `${code} = ${column.valueLabels.find((v) => v.code === code)?.label.en ?? ""}`).join("; ");
}

/** A codebook row for a column added beyond the answers (./extra-columns), in the table's columns. */
export function extraCodebookRow(column: ExtraColumn): string[] {
  const cells: Record<string, string> = {
    variable: column.name,
    item_variable: column.name,
    part: "",
    kind: column.kind,
    value_type: column.decimals > 0 ? "number" : "code",
    required: "no",
    provenance: column.provenance,
    missing: missingText(column),
    export_columns: column.name,
    note: column.note,
  };
  for (const l of LOCALES) {
    cells[`question_${l}`] = column.label[l];
    cells[`codes_${l}`] = column.valueLabels.map((v) => `${v.code} = ${v.label[l]}`).join("; ");
  }
  return CODEBOOK_CSV_HEADER.map((h) => cells[h] ?? "");
}

export function codebookCsvFile(
  def: Questionnaire,
  options: Pick<ExportOptions, "sep" | "bom">,
  context: CodebookContext = {},
  extra: readonly ExtraColumn[] = [],
): string {
  const writer = createCsvWriter(SEPARATOR_CHARS[options.sep]);
  const body = writer.records([...codebookTable(def, context), ...extra.map(extraCodebookRow)].map((r) => r.map(neutraliseFormula)));
  return (options.bom ? UTF8_BOM : "") + body;
}

export function codebookMarkdownFile(def: Questionnaire, context: CodebookContext = {}, extra: readonly ExtraColumn[] = []): string {
  if (extra.length === 0) return codebookMarkdown(def, context);
  const out = ["", "## Variables added after collection", ""];
  out.push(
    "Not asked: computed by Tyndau from the answers (quality indicators; for the completion time, from a sealed token), or added by staff (coded categories, weights, exclusions).",
    "Quality indicators flag cases for review and never drop one; a case leaves the analysis only when staff exclude it, with a reason.",
    "",
  );
  for (const c of extra) {
    out.push(`### ${c.name}`, "", `- kind: ${c.kind}`, `- Rule: ${c.note}`, `- measurement level: ${c.measure}`, `- missing: ${missingText(c)}`, "");
    out.push("| | Label |", "| --- | --- |", ...LOCALES.map((l) => `| ${l} | ${c.label[l].replace(/\|/g, "\\|")} |`), "");
    if (c.valueLabels.length > 0) {
      out.push("| Code | kk | ru | en |", "| --- | --- | --- | --- |", ...c.valueLabels.map((v) => `| ${v.code} | ${v.label.kk} | ${v.label.ru} | ${v.label.en} |`), "");
    }
  }
  return `${codebookMarkdown(def, context).trimEnd()}\n${out.join("\n").trimEnd()}\n`;
}

/** Number of variables described, for the audit log. */
export function codebookSize(def: Questionnaire, extra: readonly ExtraColumn[] = []): number {
  return codebookRows(def).length + extra.length;
}
