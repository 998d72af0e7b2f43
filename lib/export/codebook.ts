// The codebook downloads: the questionnaire library's generator, served as a file. The CSV
// is the codebook's table written with the export's separator, BOM and formula
// neutralisation ("-1 = not asked" would otherwise open in Excel as a broken formula).
import { codebookMarkdown, codebookRows, codebookTable, type CodebookContext, type Questionnaire } from "@/lib/questionnaire";
import { createCsvWriter, UTF8_BOM } from "./csv-encoder";
import { neutraliseFormula } from "./formula";
import { SEPARATOR_CHARS, type ExportOptions } from "./options";

export function codebookCsvFile(
  def: Questionnaire,
  options: Pick<ExportOptions, "sep" | "bom">,
  context: CodebookContext = {},
): string {
  const writer = createCsvWriter(SEPARATOR_CHARS[options.sep]);
  const body = writer.records(codebookTable(def, context).map((r) => r.map(neutraliseFormula)));
  return (options.bom ? UTF8_BOM : "") + body;
}

export function codebookMarkdownFile(def: Questionnaire, context: CodebookContext = {}): string {
  return codebookMarkdown(def, context);
}

/** Number of variables described, for the audit log. */
export function codebookSize(def: Questionnaire): number {
  return codebookRows(def).length;
}
