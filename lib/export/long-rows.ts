// The long CSV's rows (used by ./csv-export): `response_id, variable, code, label, text`,
// one row per answer given, the same rows the Answer table holds (a single code; each ticked multi-choice code; each
// rated sub-item or matrix row; each open or "other" text). Variables a response does not
// carry were either not asked or not answered; the wide file tells the two apart. The
// variables added after collection (./extra-columns: coded categories, the weight, quality
// flags, exclusion) follow each response's answers, one row each where it has a value.
import { answerVariables, type AnswerVariable, type Locale, type Questionnaire } from "@/lib/questionnaire";
import type { Cell } from "./csv-encoder";
import type { ExtraColumn } from "./extra-columns";
import { neutraliseFormula } from "./formula";
import { parseAnswers, type ResponseRecord } from "./record";

export const LONG_HEADER = ["response_id", "variable", "code", "label", "text"] as const;

export interface LongLayout {
  headerRows: string[][];
  rows(record: ResponseRecord): Cell[][];
}

export function longLayout(def: Questionnaire, lang: Locale, extra: readonly ExtraColumn[] = []): LongLayout {
  const variables = answerVariables(def).map((v) => ({ v, labels: optionLabels(v, lang) }));
  const added = extra.map((c) => ({ c, labels: new Map(c.valueLabels.map((l) => [l.code, l.label[lang]])) }));
  return {
    headerRows: [[...LONG_HEADER]],
    rows(record) {
      const answers = parseAnswers(record);
      const id = neutraliseFormula(record.id);
      const out: Cell[][] = [];
      for (const { v, labels } of variables) {
        const value = answers[v.variable];
        if (value === undefined) continue;
        if (typeof value === "string") {
          out.push([id, v.variable, "", "", neutraliseFormula(value)]);
        } else {
          for (const code of Array.isArray(value) ? value : [value]) {
            out.push([id, v.variable, code, labels.get(code) ?? "", ""]);
          }
        }
      }
      for (const { c, labels } of added) {
        const value = record.extra?.[c.name];
        if (value === undefined || value === null) continue;
        out.push([id, c.name, value, labels.get(value) ?? "", ""]);
      }
      return out;
    },
  };
}

/** Option labels by code, already neutralised (they are written once per answer). */
function optionLabels(v: AnswerVariable, lang: Locale): Map<number, string> {
  return new Map((v.options ?? []).map((o) => [o.code, neutraliseFormula(o.label[lang])]));
}
