// The wide layout's column list, described once for every wide file so they can never
// disagree: name, type, label, value labels and the missing-data codes each column can
// hold. Derived from the questionnaire definition (its answer columns,
// lib/questionnaire/answer-columns.ts, plus the metadata columns), never from the data.
// Used by ./wide-rows (CSV, .xlsx, .sav cases), ./spss (.sps), ./sav/survey and ./levels.
import {
  NOT_ANSWERED,
  NOT_ASKED,
  OPEN_TEXT_MAX_LENGTH,
  SPECIAL_CODES,
  exportColumns,
  findItem,
  type ExportColumn,
  type Item,
  type ItemKind,
  type LocalizedText,
  type Option,
  type Questionnaire,
} from "@/lib/questionnaire";
import type { ExtraColumn } from "./extra-columns";
import { FLAG_LABELS, META_LABELS } from "./labels";

export type MetaName = keyof typeof META_LABELS;
export const META_COLUMNS: readonly MetaName[] = ["response_id", "submitted_on", "lang", "questionnaire_version"];

interface ColumnBase {
  name: string;
  /** Variable label: the question, or "Q10: <option>" for a column that is part of an item. */
  label: LocalizedText;
}

export type WideColumn =
  | (ColumnBase & { kind: "meta"; meta: MetaName; type: "text" | "date" })
  | (ColumnBase & {
      kind: "answer";
      type: "numeric" | "text";
      source: ExportColumn;
      itemKind: ItemKind;
      /** Value labels for codes (single, matrix) or 0/1 (multi flags); scale ends for ratings. */
      valueLabels: { code: number; label: LocalizedText }[];
      /** Codes of the missing-data convention that can occur in this column. */
      missing: number[];
      /** Largest text in UTF-8 bytes (text columns), for SPSS string widths. */
      maxBytes?: number;
    })
  /** A column added beyond the answers (./extra-columns); `missing` holds its user-missing codes. */
  | (ColumnBase & { kind: "extra"; type: "numeric"; extra: ExtraColumn; missing: number[] })
  | (ColumnBase & {
      kind: "combined";
      type: "text";
      item: Extract<Item, { kind: "multi" }>;
      missing: number[];
      maxBytes: number;
    });

export interface ColumnOptions {
  /** Add a `<VAR>` column per multi-choice item listing the chosen codes. */
  combined: boolean;
  /** Columns added after collection or derived from the answers (./extra-columns), after the answer columns. */
  extra?: readonly ExtraColumn[];
}

// Lengths are counted in code points (lib/questionnaire/text.ts textLength) and a code
// point is at most 4 bytes in UTF-8 (an emoji): a text of n characters never needs more
// than 4n bytes (999 emoji = 3,996 bytes). SPSS strings hold at most 32,767 bytes.
export const MAX_BYTES_PER_CHAR = 4;
export const SPSS_MAX_STRING_BYTES = 32767;

export function wideColumns(def: Questionnaire, options: ColumnOptions): WideColumn[] {
  const columns: WideColumn[] = META_COLUMNS.map((meta) => ({
    kind: "meta" as const,
    meta,
    name: meta,
    type: meta === "submitted_on" ? ("date" as const) : ("text" as const),
    label: META_LABELS[meta],
  }));
  const all = exportColumns(def);
  all.forEach((column, index) => {
    const item = findItem(def, column.itemVariable)?.item;
    if (!item) throw new RangeError(`Export column ${column.name} has no item`);
    columns.push(answerColumn(column, item));
    // Right after the item's last 0/1 column, before its "other" text.
    const next = all[index + 1];
    const lastFlag = column.source.from === "flag" && (next === undefined || next.source.from !== "flag" || next.itemVariable !== column.itemVariable);
    if (options.combined && lastFlag && item.kind === "multi") {
      columns.push({
        kind: "combined",
        name: item.variable,
        type: "text",
        item,
        label: item.text,
        missing: missingCodes(item, []),
        // "1;2;…;99": at most three characters per option.
        maxBytes: Math.max(8, item.options.length * 3),
      });
    }
  });
  for (const extra of options.extra ?? []) columns.push({ kind: "extra", name: extra.name, type: "numeric", label: extra.label, extra, missing: [...(extra.missing ?? [])] });
  return columns;
}

function answerColumn(column: ExportColumn, item: Item): WideColumn {
  const label = columnLabel(column, item);
  if (column.type === "text") {
    const maxLength = item.kind === "open" ? item.maxLength : OPEN_TEXT_MAX_LENGTH;
    return {
      kind: "answer",
      name: column.name,
      type: "text",
      source: column,
      itemKind: item.kind,
      label,
      valueLabels: [],
      missing: column.showIf ? [NOT_ASKED] : [],
      maxBytes: Math.min(SPSS_MAX_STRING_BYTES, Math.max(8, maxLength * MAX_BYTES_PER_CHAR)),
    };
  }
  const valueLabels = valueLabelsOf(column, item);
  return {
    kind: "answer",
    name: column.name,
    type: "numeric",
    source: column,
    itemKind: item.kind,
    label,
    valueLabels,
    missing: missingCodes(item, column.source.from === "code" ? (codedOptions(item) ?? []) : []),
  };
}

/** The options a numeric "code" cell is drawn from (single and matrix); none for ratings. */
export function codedOptions(item: Item): Option[] | undefined {
  if (item.kind === "single") return item.options;
  if (item.kind === "matrix") return item.scale;
  return undefined;
}

function valueLabelsOf(column: ExportColumn, item: Item): { code: number; label: LocalizedText }[] {
  if (column.source.from === "flag") return [0, 1].map((code) => ({ code, label: FLAG_LABELS[code as 0 | 1] }));
  if (item.kind === "rating") {
    return [
      { code: item.min, label: item.minLabel },
      { code: item.max, label: item.maxLabel },
    ];
  }
  return (codedOptions(item) ?? []).map((o) => ({ code: o.code, label: o.label }));
}

/** 98/99 where offered, -1 where routing can skip the item, -2 where it may be left blank. */
function missingCodes(item: Item, options: readonly Option[]): number[] {
  const codes = options.filter((o) => SPECIAL_CODES.includes(o.code)).map((o) => o.code);
  if (item.showIf) codes.push(NOT_ASKED);
  if (!item.required) codes.push(NOT_ANSWERED);
  return codes;
}

function prefixed(prefix: string, text: LocalizedText): LocalizedText {
  return { kk: `${prefix}: ${text.kk}`, ru: `${prefix}: ${text.ru}`, en: `${prefix}: ${text.en}` };
}

/**
 * The question text for a column that is the whole item; "Q10: <option>" for a column that
 * is one option, sub-item or "other" text of an item (the question itself is in the
 * codebook). Part IV's rows are questions in their own right and keep their text.
 */
function columnLabel(column: ExportColumn, item: Item): LocalizedText {
  if (column.name === item.variable) return item.text;
  if (item.kind === "matrix" && item.rowsAreQuestions) return column.label;
  return prefixed(item.variable, column.label);
}
