// "One term, one translation": every option of every closed item and every matrix scale
// point with one label in a language must have one label in each other language, and
// back, so a scale point reads alike everywhere. translations.test.ts holds the seed to
// it; the questionnaire editor shows the same conflicts as warnings on a draft.
// Pure: safe in client components.
import { LOCALES, type Locale } from "../locale";
import { itemsInOrder } from "../structure";
import type { Option, Questionnaire } from "../types";

export interface TermConflict {
  /** The language whose label is shared ("kk" "Иә"). */
  from: Locale;
  term: string;
  /** The language whose labels disagree for it. */
  to: Locale;
  /** Text site keys of the first use and of the disagreeing one, e.g. "Q9.options.3.label". */
  firstKey: string;
  otherKey: string;
  firstText: string;
  otherText: string;
  /** The same, as the test has always printed it. */
  message: string;
}

/** Every option label of the definition with its text site key, in order. */
export function optionLabels(def: Questionnaire): { key: string; where: string; option: Option }[] {
  const out: { key: string; where: string; option: Option }[] = [];
  for (const { item } of itemsInOrder(def)) {
    const [field, list] =
      item.kind === "single" || item.kind === "multi" ? ["options", item.options] : item.kind === "matrix" ? ["scale", item.scale] : ["", []];
    for (const option of list) {
      out.push({ key: `${item.variable}.${field}.${option.code}.label`, where: `${item.variable}/${option.code}`, option });
    }
  }
  return out;
}

export function termConflicts(def: Questionnaire): TermConflict[] {
  const options = optionLabels(def);
  const conflicts: TermConflict[] = [];
  for (const from of LOCALES) {
    for (const to of LOCALES) {
      if (from === to) continue;
      const seen = new Map<string, { text: string; where: string; key: string }>();
      for (const { key, where, option } of options) {
        const term = option.label[from];
        if (term.trim() === "" || option.label[to].trim() === "") continue;
        const first = seen.get(term);
        if (!first) seen.set(term, { text: option.label[to], where, key });
        else if (first.text !== option.label[to]) {
          conflicts.push({
            from,
            term,
            to,
            firstKey: first.key,
            otherKey: key,
            firstText: first.text,
            otherText: option.label[to],
            message: `${from} "${term}": ${to} "${first.text}" (${first.where}) vs "${option.label[to]}" (${where})`,
          });
        }
      }
    }
  }
  return conflicts;
}
