// The rule every free text obeys (open answers and "Other, please specify"): at most
// `max` characters as a person counts them, on the normalised text.
import { textLength } from "../text";
import { issue, type RuleIssue } from "./issue";

export function textRules(variable: string, text: string, max: number): RuleIssue[] {
  const length = textLength(text);
  return length > max ? [issue(variable, "tooLong", { length, max })] : [];
}
