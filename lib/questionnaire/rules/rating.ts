// A rating: a whole number from min to max, for the item itself or for each sub-item.
import { valueVariables } from "../structure";
import type { Answers, RatingItem } from "../types";
import { issue, type ItemCheck, type RuleIssue } from "./issue";
import { readScore } from "./read";

export const RATING_CODES = ["expectedInteger", "required", "outOfRange"] as const;

/** The rules on one score (undefined: not rated). */
export function ratingRules(item: RatingItem, variable: string, score: number | undefined): RuleIssue[] {
  if (score === undefined) return item.required ? [issue(variable, "required")] : [];
  const range = { min: item.min, max: item.max };
  if (!Number.isInteger(score) || score < item.min || score > item.max) return [issue(variable, "outOfRange", { ...range, value: score })];
  return [];
}

export function checkRating(item: RatingItem, input: Readonly<Record<string, unknown>>): ItemCheck {
  const issues: RuleIssue[] = [];
  const answers: Answers = {};
  for (const variable of valueVariables(item)) {
    const read = readScore(input[variable]);
    const found = read.ok ? ratingRules(item, variable, read.value) : [issue(variable, read.code, { min: item.min, max: item.max })];
    issues.push(...found);
    if (read.ok && found.length === 0 && read.value !== undefined) answers[variable] = read.value;
  }
  return { issues, answers };
}
