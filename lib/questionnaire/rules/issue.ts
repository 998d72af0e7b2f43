// What a broken rule reports: the answer key, the rule's error code, and the numbers a
// message may quote. Messages themselves are written elsewhere (the server's catalogue in
// ../messages.ts, the respondent's in lib/survey/errors.ts), so the rules stay small
// enough for the respondent's page.
import type { Answers, ValidationErrorCode } from "../types";

export interface RuleIssue {
  /** The answer key that breaks the rule ("Q10", "Q26_2", "Q5_other"). */
  variable: string;
  code: ValidationErrorCode;
  /** The option concerned: an unknown or repeated code, or the exclusive option chosen. */
  option?: number;
  /** The value given (a rating off the scale). */
  value?: number;
  min?: number;
  max?: number;
  /** The text's length in characters, counted after normalisation. */
  length?: number;
}

export type IssueDetail = Omit<RuleIssue, "variable" | "code">;

export function issue(variable: string, code: ValidationErrorCode, detail: IssueDetail = {}): RuleIssue {
  return { variable, code, ...detail };
}

/** One item's verdict: what it breaks, and its answers as accepted (normalised). */
export interface ItemCheck {
  issues: RuleIssue[];
  answers: Answers;
}
