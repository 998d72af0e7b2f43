// What can be wrong with an uploaded strings workbook, and how to say it to staff in
// their language. Plain data and text: the server module reads files, this one (safe
// for any bundle) names the problems.
import { fill } from "@/lib/i18n/staff";
import type { QuestionnaireStringsMessages } from "@/lib/i18n/staff/types";
import type { Locale } from "../locale";

export type { StringStatus } from "../editing/types";

export const UPLOAD_PROBLEM_CODES = [
  "too-large",
  "unzips-too-large",
  "empty-file",
  "not-spreadsheet",
  "unreadable-xlsx",
  "no-sheet",
  "missing-columns",
  "duplicate-column",
  "missing-key",
  "unknown-key",
  "duplicate-key",
  "formula",
  "not-text",
  "too-long",
  "empty-required",
  "control-characters",
  "rejected",
] as const;

export type UploadProblemCode = (typeof UPLOAD_PROBLEM_CODES)[number];

export interface UploadProblem {
  code: UploadProblemCode;
  /** The row in the file (1 is the header row), or null for the whole file. */
  row: number | null;
  key: string | null;
  locale?: Locale;
  /** Facts for the message: a limit, a length, the column names, the other row, the draft's own message… */
  detail?: Record<string, string | number>;
}

/** "Row 12 (Q9.options.3.label), kk: longer than 120 characters (134)." */
export function describeUploadProblem(problem: UploadProblem, m: QuestionnaireStringsMessages): string {
  const values: Record<string, string | number> = { ...(problem.detail ?? {}), row: problem.row ?? "", key: problem.key ?? "", locale: problem.locale ?? "" };
  const what = fill(m.problems[problem.code], values);
  if (problem.row === null) return problem.key ? `${problem.key}: ${what}` : `${m.where.file} ${what}`;
  const where = problem.key ? fill(m.where.rowKey, values) : fill(m.where.row, values);
  return problem.locale ? `${where}, ${problem.locale}: ${what}` : `${where}: ${what}`;
}
