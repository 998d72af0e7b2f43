// The survey as an SPSS system file: the wide layout's columns (./wide-columns, the same as the
// CSV and the .sps) turned into system-file variables with labels in the chosen language,
// value labels, user-missing values and measurement levels; each response into one case
// with open texts exactly as stored.
import { findItem, versionOf, type NOT_ANSWERED, type NOT_ASKED, type Questionnaire } from "@/lib/questionnaire";
import type { ColumnOptions, WideColumn } from "../wide-columns";
import { MISSING_LABELS } from "../labels";
import { measureOf } from "../levels";
import type { ExportOptions } from "../options";
import { parseAnswers, type ResponseRecord } from "../record";
import { missingSpec, numericFormat, truncateBytes } from "../spss";
import { wideLayout } from "../wide-rows";
import { CaseEncoder, type SavValue } from "./cases";
import { writeDictionary, type SavDictionary, type SavMissing, type SavVariable } from "./dictionary";
import { LOWEST } from "./format";
import { stringWidth, type TextWidths } from "./widths";

export type SavOptions = Pick<ExportOptions, "lang" | "combined"> & Pick<ColumnOptions, "extra">;

const META_WIDTHS = { response_id: 64, lang: 8, questionnaire_version: 64 } as const;

/** Seconds from 14 October 1582 (SPSS's date origin) to midnight UTC of a YYYY-MM-DD day. */
export function spssDate(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - Date.UTC(1582, 9, 14);
  return ms / 1000;
}

// The same limits and cuts as the .sps (SPSS: variable labels 255 bytes, value labels 120).
function flat(text: string): string {
  return truncateBytes(text.replace(/\s*[\r\n]+\s*/g, " "), 255);
}

function valueLabel(text: string): string {
  return truncateBytes(text.replace(/\s*[\r\n]+\s*/g, " "), 120);
}

function numericMissing(codes: readonly number[]): SavMissing {
  if (codes.length === 0) return { kind: "none" };
  const { undeclared } = missingSpec(codes);
  if (codes.length <= 3) return { kind: "discrete", values: [...codes] };
  const kept = codes.filter((c) => c > 0 && !undeclared.includes(c)).sort((a, b) => a - b)[0];
  return { kind: "range", low: LOWEST, high: -1, ...(kept === undefined ? {} : { value: kept }) };
}

/**
 * `widths` (largest text in bytes per answer variable among the exported responses) sizes
 * the open-text strings from the data; without it they keep the definition's safe maximum.
 */
export function savVariable(def: Questionnaire, column: WideColumn, lang: SavOptions["lang"], widths?: TextWidths): SavVariable {
  const label = flat(column.label[lang]);
  if (column.kind === "extra") {
    const { decimals, valueLabels } = column.extra;
    return {
      name: column.name,
      label,
      measure: column.extra.measure,
      type: "numeric",
      format: { kind: "F", width: 8 + decimals, decimals },
      valueLabels: valueLabels.map((v) => ({ value: v.code, label: valueLabel(v.label[lang]) })),
      missing: numericMissing(column.missing),
    };
  }
  const item = column.kind === "meta" ? undefined : findItem(def, column.kind === "answer" ? column.source.itemVariable : column.item.variable)?.item;
  const measure = measureOf(column, item);
  if (column.kind === "meta") {
    if (column.meta === "submitted_on") return { name: column.name, label, measure, type: "numeric", format: { kind: "SDATE" }, displayWidth: 10 };
    return { name: column.name, label, measure, type: "string", width: META_WIDTHS[column.meta] };
  }
  if (column.kind === "combined" || column.type === "text") {
    const missing = column.missing.filter((m) => m < 0).map(String);
    const width = column.kind === "answer" && widths ? stringWidth(widths.get(column.source.variable), missing) : (column.maxBytes ?? 4000);
    return { name: column.name, label, measure, type: "string", width, ...(missing.length > 0 ? { missing } : {}) };
  }
  const format = numericFormat(column);
  const width = Number(/^F(\d+)/.exec(format)?.[1] ?? 8);
  const valueLabels = [
    ...column.valueLabels.map((v) => ({ value: v.code, label: valueLabel(v.label[lang]) })),
    ...column.missing.filter((m) => m < 0).map((m) => ({ value: m, label: valueLabel(MISSING_LABELS[m as typeof NOT_ASKED | typeof NOT_ANSWERED][lang]) })),
  ];
  return { name: column.name, label, measure, type: "numeric", format: { kind: "F", width, decimals: 0 }, valueLabels, missing: numericMissing(column.missing) };
}

export interface SavSurvey {
  dictionary: SavDictionary;
  /** The case of one stored response, values in dictionary order. */
  toCase(record: ResponseRecord): SavValue[];
}

/** The answer variables of the layout's open and "other" text columns (what queryTextWidths measures). */
export function textVariables(def: Questionnaire, options: SavOptions): string[] {
  return wideLayout(def, { values: "codes", lang: options.lang, header: "names", combined: options.combined, rawText: true })
    .columns.flatMap((c) => (c.kind === "answer" && c.type === "text" ? [c.source.variable] : []));
}

export function savSurvey(def: Questionnaire, options: SavOptions, caseCount = -1, widths?: TextWidths): SavSurvey {
  const layout = wideLayout(def, { values: "codes", lang: options.lang, header: "names", combined: options.combined, rawText: true, ...(options.extra ? { extra: options.extra } : {}) });
  const variables = layout.columns.map((c) => savVariable(def, c, options.lang, widths));
  const converters = variables.map((v): ((cell: string | number) => SavValue) => {
    if (v.type === "string") return (cell) => String(cell);
    if (v.format.kind === "SDATE") return (cell) => (typeof cell === "string" ? spssDate(cell) : null);
    return (cell) => (typeof cell === "number" ? cell : cell === "" ? null : Number(cell));
  });
  return {
    dictionary: { variables, caseCount, fileLabel: `Tyndau ${versionOf(def)} (${options.lang})` },
    toCase(record) {
      const row = layout.row(record);
      return row.map((cell, i) => converters[i]?.(cell) ?? null);
    },
  };
}

/** The whole file for a list of responses, for tests and small exports. */
export function savFile(def: Questionnaire, options: SavOptions, records: readonly ResponseRecord[]): Uint8Array {
  const survey = savSurvey(def, options, records.length, recordTextWidths(records));
  const encoder = new CaseEncoder(survey.dictionary.variables);
  for (const record of records) encoder.write(survey.toCase(record));
  return Buffer.concat([writeDictionary(survey.dictionary), encoder.take(), encoder.end()]);
}

/** The same measure as queryTextWidths, over records in memory. */
export function recordTextWidths(records: readonly ResponseRecord[]): TextWidths {
  const widths = new Map<string, number>();
  for (const record of records) {
    for (const [variable, value] of Object.entries(parseAnswers(record))) {
      if (typeof value === "string") widths.set(variable, Math.max(widths.get(variable) ?? 0, Buffer.byteLength(value, "utf8")));
    }
  }
  return widths;
}
