// The dashboard filters that are answers to questions (region, gender, age group,
// screening) and the questionnaire variable each one is copied from at submission.
// Their options and labels are read from the definition, never written here.
import type { Option, Questionnaire } from "@/lib/questionnaire";
import { findItem, optionsOf } from "@/lib/questionnaire";
import { filterVariables } from "@/lib/responses/filter-columns";
import type { ResponseFilters } from "@/lib/responses/filters";

export type CodeFilterKey = "region" | "gender" | "ageGroup" | "screening";

/** Filter keys in display order, with their public query parameter names. */
export const CODE_FILTERS: readonly { key: CodeFilterKey; param: string }[] = [
  { key: "region", param: "region" },
  { key: "gender", param: "gender" },
  { key: "ageGroup", param: "age" },
  { key: "screening", param: "screening" },
] as const;

export type FilterDimension = { key: CodeFilterKey; variable: string; param: string; question: Questionnaire["title"]; options: Option[] };

/** The source variable of each filter comes from the write path, so both agree. */
export function filterDimensions(def: Questionnaire): FilterDimension[] {
  const variables = filterVariables(def);
  return CODE_FILTERS.map((f) => ({ ...f, variable: variables[f.key] })).flatMap((f) => {
    const placed = findItem(def, f.variable);
    const options = placed ? optionsOf(placed.item) : undefined;
    return placed && options ? [{ ...f, question: placed.item.text, options }] : [];
  });
}

/** How many filters are set (for the "n filters applied" summary). */
export function activeFilterCount(filters: ResponseFilters): number {
  return (
    CODE_FILTERS.filter((f) => (filters[f.key]?.length ?? 0) > 0).length +
    (filters.locale?.length ? 1 : 0) +
    (filters.from ? 1 : 0) +
    (filters.to ? 1 : 0)
  );
}
