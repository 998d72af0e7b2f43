// The browser's instant check of a step. It runs the very rules the server's validator
// runs (lib/questionnaire/rules: one file per item kind, reading and normalising answers
// once) on the answers the page would send, without zod and without the server's message
// catalogue, so the page's JavaScript stays small. The server stays the authority and
// validates everything again with the per-part validator (no-JS posts) or the
// whole-response validator (the submission); rule-parity.test.ts holds the two to the
// same verdicts.
import type { Answers, Locale, Questionnaire, ValidationError } from "@/lib/questionnaire/types";
import { cleanAnswers, type FormValues } from "./answers";
import { friendlyErrors, type FieldError } from "./errors";
import { stepKeys, without } from "./flow";
import { stepErrors } from "./quick-unfinished";
import type { Step } from "./steps";

/**
 * The step's errors (code and variable) for the answers the page would send: the other
 * steps' answers with this step's replaced by the form's values, blanks and skipped
 * answers dropped, exactly as the server's checkStep prepares them.
 */
export function quickCheckErrors(def: Questionnaire, locale: Locale, step: Step, others: Answers, values: FormValues): ValidationError[] {
  const answers = cleanAnswers(def, { ...without(others, stepKeys(def, step)), ...values });
  return stepErrors(def, locale, step, answers);
}

/** The step's problems as the respondent reads them (none: the step may be left). */
export function quickCheckStep(def: Questionnaire, locale: Locale, step: Step, others: Answers, values: FormValues): FieldError[] {
  return friendlyErrors(def, locale, quickCheckErrors(def, locale, step, others, values));
}
