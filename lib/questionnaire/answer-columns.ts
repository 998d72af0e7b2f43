// The answer columns of the wide layout, as the definition gives them: one per cell an
// answer can fill (multi-choice flags, rating sub-items, matrix rows, "other" texts), and
// the reference rule for one cell with the missing-data codes of the codebook. The
// codebook lists these column names; lib/export/wide-columns.ts adds the metadata
// columns, labels and value labels on top, and lib/export/wide-rows.ts applies the same
// cell rule specialised per column (tests/export/roundtrip.test.ts holds the two equal).
import { NOT_ANSWERED, NOT_ASKED } from "./constants";
import { evaluateCondition } from "./routing";
import { itemsInOrder, otherVariable } from "./structure";
import type { Answers, ExportColumn, Item, Questionnaire, SectionId } from "./types";
import { assertNever } from "./assert-never";

/**
 * Columns in questionnaire order: S1, Q1…; multi-choice items as one 0/1 column per
 * option `<VAR>_<code>`; rating sub-items and matrix rows as their own variables;
 * "other" text right after its item as `<VAR>_other`.
 */
export function exportColumns(def: Questionnaire): ExportColumn[] {
  return itemsInOrder(def).flatMap(({ item, part }) => columnsOf(item, part));
}

function columnsOf(item: Item, part: SectionId): ExportColumn[] {
  const base = { itemVariable: item.variable, part, ...(item.showIf ? { showIf: item.showIf } : {}) };
  const numeric = (variable: string, label = item.text): ExportColumn => ({
    ...base,
    name: variable,
    variable,
    type: "numeric",
    label,
    source: { from: "code", variable },
  });
  const columns: ExportColumn[] = [];
  switch (item.kind) {
    case "single":
      columns.push(numeric(item.variable));
      break;
    case "multi":
      for (const option of item.options) {
        columns.push({
          ...base,
          name: `${item.variable}_${option.code}`,
          variable: item.variable,
          type: "numeric",
          label: option.label,
          source: { from: "flag", variable: item.variable, code: option.code },
        });
      }
      break;
    case "open":
      columns.push({
        ...base,
        name: item.variable,
        variable: item.variable,
        type: "text",
        label: item.text,
        source: { from: "text", variable: item.variable },
      });
      break;
    case "rating":
      if (item.subItems) for (const sub of item.subItems) columns.push(numeric(sub.variable, sub.text));
      else columns.push(numeric(item.variable));
      break;
    case "matrix":
      for (const row of item.rows) columns.push(numeric(row.variable, row.text));
      break;
    default:
      assertNever(item);
  }
  const other = otherVariable(item);
  if (other !== undefined && (item.kind === "single" || item.kind === "multi") && item.otherCode !== undefined) {
    const option = item.options.find((o) => o.code === item.otherCode);
    columns.push({
      ...base,
      name: other,
      variable: other,
      type: "text",
      label: option?.label ?? item.text,
      source: { from: "text", variable: other },
      otherCode: item.otherCode,
    });
  }
  return columns;
}

/**
 * The cell of one column for one (validated) response:
 * NOT_ASKED (-1) when routing skipped the item; for a shown item a code, a 0/1 flag or
 * the text; NOT_ANSWERED (-2) for an unanswered numeric cell and "" for unanswered text
 * (including "other" text when "Other" was not chosen).
 */
export function exportCell(column: ExportColumn, answers: Readonly<Answers>): number | string {
  if (column.showIf && !evaluateCondition(column.showIf, answers)) return NOT_ASKED;
  const value = answers[column.source.variable];
  switch (column.source.from) {
    case "code":
      return typeof value === "number" ? value : NOT_ANSWERED;
    case "flag":
      return Array.isArray(value) ? (value.includes(column.source.code) ? 1 : 0) : NOT_ANSWERED;
    case "text":
      return typeof value === "string" ? value : "";
    default:
      return assertNever(column.source);
  }
}

/** All cells of one response, in column order. */
export function exportRow(columns: readonly ExportColumn[], answers: Readonly<Answers>): (number | string)[] {
  return columns.map((column) => exportCell(column, answers));
}
