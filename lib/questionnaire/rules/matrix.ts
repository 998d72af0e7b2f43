// A matrix: one code from the shared scale for each row.
import type { Answers, MatrixItem } from "../types";
import { issue, type ItemCheck, type RuleIssue } from "./issue";
import { readCode } from "./read";

export const MATRIX_CODES = ["expectedCode", "required", "unknownCode"] as const;

/** The rules on one row's code (undefined: the row is not answered). */
export function matrixRowRules(item: MatrixItem, variable: string, code: number | undefined): RuleIssue[] {
  if (code === undefined) return item.required ? [issue(variable, "required")] : [];
  if (!item.scale.some((o) => o.code === code)) return [issue(variable, "unknownCode", { option: code })];
  return [];
}

export function checkMatrix(item: MatrixItem, input: Readonly<Record<string, unknown>>): ItemCheck {
  const issues: RuleIssue[] = [];
  const answers: Answers = {};
  for (const { variable } of item.rows) {
    const read = readCode(input[variable]);
    const found = read.ok ? matrixRowRules(item, variable, read.value) : [issue(variable, read.code)];
    issues.push(...found);
    if (read.ok && found.length === 0 && read.value !== undefined) answers[variable] = read.value;
  }
  return { issues, answers };
}
