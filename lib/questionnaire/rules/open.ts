// An open question: optional unless the definition says otherwise, at most maxLength
// characters once normalised to block letters.
import type { Locale, OpenItem } from "../types";
import { issue, type ItemCheck, type RuleIssue } from "./issue";
import { readText } from "./read";
import { textRules } from "./text";

export const OPEN_CODES = ["expectedText", "controlCharacters", "required", "tooLong"] as const;

/** The rules on the normalised text (undefined: left blank). */
export function openRules(item: OpenItem, text: string | undefined): RuleIssue[] {
  if (text === undefined) return item.required ? [issue(item.variable, "required")] : [];
  return textRules(item.variable, text, item.maxLength);
}

export function checkOpen(item: OpenItem, input: Readonly<Record<string, unknown>>, locale: Locale): ItemCheck {
  const { variable } = item;
  const read = readText(input[variable], locale);
  const issues = read.ok ? openRules(item, read.value) : [issue(variable, read.code)];
  const accepted = read.ok && issues.length === 0 ? read.value : undefined;
  return { issues, answers: accepted !== undefined ? { [variable]: accepted } : {} };
}
