// A multiple choice: distinct codes from the item's options, between minSelections and
// maxSelections of them, an exclusive option ("Hard to say") only on its own; "Other" may
// ask for a text. Accepted codes are stored in display order.
import type { Locale, MultiItem } from "../types";
import { issue, type ItemCheck, type RuleIssue } from "./issue";
import { checkOther, OTHER_CODES } from "./other";
import { readCodes } from "./read";

export const MULTI_CODES = [
  "expectedCodes",
  "required",
  "duplicateCode",
  "unknownCode",
  "exclusiveCombined",
  "tooFew",
  "tooMany",
  ...OTHER_CODES,
] as const;

/** The rules on the chosen codes (undefined: nothing chosen). */
export function multiRules(item: MultiItem, codes: readonly number[] | undefined): RuleIssue[] {
  const { variable } = item;
  if (codes === undefined) return item.required ? [issue(variable, "required")] : [];
  const issues: RuleIssue[] = [];
  const seen = new Set<number>();
  for (const code of codes) {
    if (seen.has(code)) issues.push(issue(variable, "duplicateCode", { option: code }));
    else if (!item.options.some((o) => o.code === code)) issues.push(issue(variable, "unknownCode", { option: code }));
    seen.add(code);
  }
  if (issues.length > 0) return issues;
  const exclusive = item.options.find((o) => item.exclusiveCodes.includes(o.code) && seen.has(o.code));
  if (exclusive) return codes.length > 1 ? [issue(variable, "exclusiveCombined", { option: exclusive.code })] : [];
  if (codes.length < item.minSelections) return [issue(variable, "tooFew", { min: item.minSelections })];
  if (item.maxSelections !== undefined && codes.length > item.maxSelections) {
    return [issue(variable, "tooMany", { max: item.maxSelections })];
  }
  return [];
}

/** The chosen codes as the options list them (storage and exports rely on the order). */
export function inDisplayOrder(item: MultiItem, codes: readonly number[]): number[] {
  return item.options.filter((o) => codes.includes(o.code)).map((o) => o.code);
}

export function checkMulti(item: MultiItem, input: Readonly<Record<string, unknown>>, locale: Locale): ItemCheck {
  const { variable } = item;
  const read = readCodes(input[variable]);
  const issues = read.ok ? multiRules(item, read.value) : [issue(variable, read.code)];
  const accepted = read.ok && issues.length === 0 && read.value !== undefined ? inDisplayOrder(item, read.value) : undefined;
  const rejected = issues.some((i) => i.variable === variable && i.code !== "required");
  const chosen = rejected ? undefined : accepted !== undefined && item.otherCode !== undefined && accepted.includes(item.otherCode);
  const other = checkOther(item, chosen, input, locale);
  return {
    issues: [...issues, ...other.issues],
    answers: { ...(accepted !== undefined ? { [variable]: accepted } : {}), ...other.answers },
  };
}
