// "Other, please specify" on a single or multiple choice: the text is required exactly
// when the "Other" option is chosen, and is free text like any other.
import { OPEN_TEXT_MAX_LENGTH } from "../constants";
import { otherVariable } from "../structure";
import type { Locale, MultiItem, SingleItem } from "../types";
import { issue, type ItemCheck, type RuleIssue } from "./issue";
import { readText } from "./read";
import { textRules } from "./text";

export const OTHER_CODES = ["otherTextMissing", "otherTextUnexpected", "expectedText", "controlCharacters", "tooLong"] as const;

/** The rules on the normalised "Other" text (undefined: left blank). */
export function otherRules(variable: string, chosen: boolean, text: string | undefined): RuleIssue[] {
  if (!chosen) return text === undefined ? [] : [issue(variable, "otherTextUnexpected")];
  if (text === undefined) return [issue(variable, "otherTextMissing")];
  return textRules(variable, text, OPEN_TEXT_MAX_LENGTH);
}

/**
 * Checks the item's "Other" text. `chosen` is undefined when the main answer was rejected:
 * whether "Other" was meant is then unknown, and the main answer's error is the one to fix.
 */
export function checkOther(
  item: SingleItem | MultiItem,
  chosen: boolean | undefined,
  input: Readonly<Record<string, unknown>>,
  locale: Locale,
): ItemCheck {
  const variable = otherVariable(item);
  if (variable === undefined || chosen === undefined) return { issues: [], answers: {} };
  const read = readText(input[variable], locale);
  // Anything at all in the field is unexpected when "Other" is not chosen.
  if (!read.ok) return { issues: [issue(variable, chosen ? read.code : "otherTextUnexpected")], answers: {} };
  const issues = otherRules(variable, chosen, read.value);
  return { issues, answers: issues.length === 0 && read.value !== undefined ? { [variable]: read.value } : {} };
}
