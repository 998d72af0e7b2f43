// The filter dimensions copied onto each Response row (screening, gender, age group,
// region) so the dashboard can filter by index instead of joining the answer table.
// Which question feeds which column is decided here, once, and checked against the
// definition at load time: a renamed or re-typed question fails the first import
// instead of silently writing nulls.
import { questionnaire } from "@/lib/questionnaire/definition";
import { findItem } from "@/lib/questionnaire/structure";
import type { Answers, Questionnaire } from "@/lib/questionnaire/types";

export type FilterColumn = "screening" | "gender" | "ageGroup" | "region";

/** Question variable per filter column. Screening is whatever the definition screens with. */
export function filterVariables(def: Questionnaire): Record<FilterColumn, string> {
  return { screening: def.screening.variable, gender: "Q1", ageGroup: "Q2", region: "Q4" };
}

function checkFilterVariables(def: Questionnaire): void {
  for (const [column, variable] of Object.entries(filterVariables(def))) {
    const placed = findItem(def, variable);
    if (!placed || placed.item.kind !== "single" || placed.item.variable !== variable) {
      throw new Error(`Filter column ${column} expects ${variable} to be a single-choice question of ${def.id}`);
    }
  }
}
checkFilterVariables(questionnaire);

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
