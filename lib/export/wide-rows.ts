// The wide layout's rows: one row of cells per response over the columns of
// ./wide-columns. Codes mode writes the numbers statistics packages read (with -1/-2 for
// the two kinds of missing data); labels mode writes option labels in the chosen language
// for reading in a spreadsheet. Used by ./csv-export (wide CSV), ./xlsx-export (the Data
// sheet) and ./sav/survey (.sav cases); ./spss reads its SPSS text markers.
import {
  NOT_ANSWERED,
  NOT_ASKED,
  evaluateCondition,
  findItem,
  type Answers,
  type Questionnaire,
} from "@/lib/questionnaire";
import { codedOptions, wideColumns, type ColumnOptions, type WideColumn } from "./wide-columns";
import type { Cell } from "./csv-encoder";
import { neutraliseFormula } from "./formula";
import { missingLabel } from "./labels";
import type { ExportOptions } from "./options";
import { parseAnswers, type ResponseRecord } from "./record";
import { assertNever } from "@/lib/questionnaire/assert-never";

export interface WideLayout {
  columns: WideColumn[];
  /** The header row(s): variable names, then (header=text) the labels in the chosen language. */
  headerRows: string[][];
  row(record: ResponseRecord): Cell[];
}

type CellFn = (record: ResponseRecord, answers: Answers) => Cell;

export type WideOptions = Pick<ExportOptions, "values" | "lang" | "header" | "combined"> &
  Pick<ColumnOptions, "extra"> &
  Partial<Pick<ExportOptions, "spss">> & {
    /** Open texts exactly as stored (the .sav and .xlsx writers type their cells themselves). */
    rawText?: boolean;
  };

export function wideLayout(def: Questionnaire, requested: WideOptions): WideLayout {
  // The SPSS-bound file is always codes: that is what the .sps declares.
  const options = requested.spss ? { ...requested, values: "codes" as const } : requested;
  const columns = wideColumns(def, options);
  const headerRows = [columns.map((c) => c.name)];
  // GET DATA counts header lines to skip (FIRSTCASE): a label keeps to one line there.
  const headerText = (label: string) => text(options.spss ? label.replace(/\s*[\r\n]+\s*/g, " ") : label);
  if (options.header === "text") headerRows.push(columns.map((c) => headerText(c.label[options.lang])));
  const cells = columns.map((c) => cellFunction(def, c, options));
  return {
    columns,
    headerRows,
    row(record) {
      const answers = parseAnswers(record);
      return cells.map((cell) => cell(record, answers));
    },
  };
}

/** Text typed by a respondent (or a label) is neutralised; numbers are written as numbers. */
function text(value: string): string {
  return neutraliseFormula(value);
}

/** Stands for a line break in the SPSS-bound CSV (a control character no stored text can hold). */
export const SPSS_LINE_BREAK = "\u001f";
/** Starts every open text in the SPSS-bound CSV: no cell can open as a formula, and the .sps removes exactly one. */
export const SPSS_TEXT_PREFIX = "'";

/**
 * An open text as the SPSS-bound CSV carries it. PSPP's GET DATA reads one case per line
 * (it does not accept line breaks inside quoted fields), so line breaks travel as U+001F
 * and the .sps turns them back; the unconditional prefix keeps spreadsheets from reading
 * a formula without the ambiguity of OWASP's conditional apostrophe.
 */
export function spssText(value: string): string {
  return SPSS_TEXT_PREFIX + value.replace(/\r\n|\r|\n/g, SPSS_LINE_BREAK);
}

function cellFunction(def: Questionnaire, column: WideColumn, options: Pick<WideOptions, "values" | "lang" | "spss" | "rawText">): CellFn {
  const { lang } = options;
  const labels = options.values === "labels";
  // The two missing-data cells: codes, or their labels in the chosen language.
  const notAsked: Cell = labels ? (missingLabel(NOT_ASKED, lang) ?? NOT_ASKED) : NOT_ASKED;
  const notAnswered: Cell = labels ? (missingLabel(NOT_ANSWERED, lang) ?? NOT_ANSWERED) : NOT_ANSWERED;
  switch (column.kind) {
    case "meta":
      switch (column.meta) {
        case "response_id":
          return (r) => text(r.id);
        case "submitted_on":
          return (r) => text(r.submittedOn);
        case "lang":
          return (r) => text(r.locale);
        case "questionnaire_version":
          return (r) => text(r.questionnaireVersion);
        default:
          return assertNever(column.meta, "meta column");
      }
    case "extra": {
      // No value (not coded, no weight) is an empty cell: system-missing in the .sav.
      const { name, valueLabels } = column.extra;
      const byCode = new Map(labels ? valueLabels.map((v) => [v.code, text(v.label[lang])]) : []);
      return (r) => {
        const value = r.extra?.[name];
        return value === null || value === undefined ? "" : (byCode.get(value) ?? value);
      };
    }
    case "combined": {
      const { item } = column;
      const byCode = new Map(item.options.map((o) => [o.code, o.label[lang]]));
      return (_r, answers) => {
        // Same routing and missing-data rules as exportCell applies to the flag columns.
        if (item.showIf && !evaluateCondition(item.showIf, answers)) return notAsked;
        const value = answers[item.variable];
        if (!Array.isArray(value)) return notAnswered;
        return text(labels ? value.map((c) => byCode.get(c) ?? String(c)).join("; ") : value.join(";"));
      };
    }
    case "answer": {
      // Hot path (columns × responses cells): the same rules as exportCell in
      // lib/questionnaire, specialised per column once instead of dispatched per cell;
      // tests/export/roundtrip.test.ts holds both to the same expected cells.
      const { showIf } = column.source;
      const source = column.source.source;
      const variable = source.variable;
      const skipped = (answers: Answers) => showIf !== undefined && !evaluateCondition(showIf, answers);
      if (source.from === "text") {
        const openText = options.rawText ? (value: string) => value : options.spss ? spssText : text;
        return (_r, answers) => {
          if (skipped(answers)) return notAsked;
          const value = answers[variable];
          return typeof value === "string" ? openText(value) : "";
        };
      }
      if (source.from === "flag") {
        const { code } = source;
        return (_r, answers) => {
          if (skipped(answers)) return notAsked;
          const value = answers[variable];
          return Array.isArray(value) ? (value.includes(code) ? 1 : 0) : notAnswered;
        };
      }
      const item = findItem(def, column.source.itemVariable)?.item;
      const optionLabels = labels && item ? codedOptions(item) : undefined;
      const byCode = new Map((optionLabels ?? []).map((o) => [o.code, text(o.label[lang])]));
      return (_r, answers) => {
        if (skipped(answers)) return notAsked;
        const value = answers[variable];
        if (typeof value !== "number") return notAnswered;
        return byCode.get(value) ?? value;
      };
    }
    default:
      return assertNever(column, "column kind");
  }
}
