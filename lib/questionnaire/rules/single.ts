// A single choice: one option code, from the item's options; "Other" may ask for a text.
import type { Locale, SingleItem } from "../types";
import { issue, type ItemCheck, type RuleIssue } from "./issue";
import { checkOther, OTHER_CODES } from "./other";
import { readCode } from "./read";

export const SINGLE_CODES = ["expectedCode", "required", "unknownCode", ...OTHER_CODES] as const;

/** The rules on the chosen code (undefined: nothing chosen). */
export function singleRules(item: SingleItem, code: number | undefined): RuleIssue[] {
  if (code === undefined) return item.required ? [issue(item.variable, "required")] : [];
  if (!item.options.some((o) => o.code === code)) return [issue(item.variable, "unknownCode", { option: code })];
  return [];
}

export function checkSingle(item: SingleItem, input: Readonly<Record<string, unknown>>, locale: Locale): ItemCheck {
  const { variable } = item;
  const read = readCode(input[variable]);
  const issues = read.ok ? singleRules(item, read.value) : [issue(variable, read.code)];
  const accepted = read.ok && issues.length === 0 ? read.value : undefined;
  const rejected = issues.some((i) => i.variable === variable && i.code !== "required");
  const other = checkOther(item, rejected ? undefined : accepted !== undefined && accepted === item.otherCode, input, locale);
  return {
    issues: [...issues, ...other.issues],
    answers: { ...(accepted !== undefined ? { [variable]: accepted } : {}), ...other.answers },
  };
}
