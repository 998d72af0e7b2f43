// The filter dimensions copied onto each Response row (screening, gender, age group,
// region) so the dashboard can filter by index instead of joining the answer table.
// Which question feeds which column is declared in the definition
// (`filterDimension`) and checked the first time a definition is used (its tests run it
// on the seed): a missing or doubled marker fails loudly instead of silently writing nulls.
import { findItem, itemsInOrder } from "@/lib/questionnaire/structure";
import type { Answers, Questionnaire } from "@/lib/questionnaire/types";

export type FilterColumn = "screening" | "gender" | "ageGroup" | "region";

/**
 * Question variable per filter column, as the definition declares them: the
 * screening item, and the single-choice items marked with `filterDimension`.
 */
const cache = new WeakMap<Questionnaire, Record<FilterColumn, string>>();

export function filterVariables(def: Questionnaire): Record<FilterColumn, string> {
  let known = cache.get(def);
  if (!known) {
    known = findFilterVariables(def);
    checkFilterVariables(def, known);
    cache.set(def, known);
  }
  return known;
}

function findFilterVariables(def: Questionnaire): Record<FilterColumn, string> {
  const marked = (dimension: Exclude<FilterColumn, "screening">) =>
    itemsInOrder(def)
      .map((p) => p.item)
      .filter((item) => item.kind === "single" && item.filterDimension === dimension)
      .map((item) => item.variable);
  const one = (dimension: Exclude<FilterColumn, "screening">) => {
    const found = marked(dimension);
    if (found.length !== 1) throw new Error(`${def.id} must mark exactly one single-choice question with filterDimension "${dimension}" (found ${found.length})`);
    return found[0]!;
  };
  return { screening: def.screening.variable, gender: one("gender"), ageGroup: one("ageGroup"), region: one("region") };
}

function checkFilterVariables(def: Questionnaire, known: Record<FilterColumn, string>): void {
  for (const [column, variable] of Object.entries(known)) {
    const placed = findItem(def, variable);
    if (!placed || placed.item.kind !== "single" || placed.item.variable !== variable) {
      throw new Error(`Filter column ${column} expects ${variable} to be a single-choice question of ${def.id}`);
    }
  }
}

/** The filter column values of a (validated) response; null when not answered or not asked. */
export function filterColumns(def: Questionnaire, answers: Answers): Record<FilterColumn, number | null> {
  const vars = filterVariables(def);
  const code = (variable: string) => {
    const value = answers[variable];
    return typeof value === "number" ? value : null;
  };
  return {
    screening: code(vars.screening),
    gender: code(vars.gender),
    ageGroup: code(vars.ageGroup),
    region: code(vars.region),
  };
}
