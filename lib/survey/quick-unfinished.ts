// The browser's verdict on whole steps, without the messages: which steps still need
// answers (the check page with JavaScript). The rules are the server's own
// (lib/questionnaire/rules); quick-check.ts adds the respondent's messages for one step.
import { checkScope, partScope } from "@/lib/questionnaire/rules";
import type { Answers, Locale, Questionnaire, ValidationError } from "@/lib/questionnaire/types";
import { questionSteps, type Step } from "./steps";

/** The step's errors (code and variable; no message) for complete answers. */
export function stepErrors(def: Questionnaire, locale: Locale, step: Step, answers: Answers): ValidationError[] {
  return checkScope(partScope(def, step), answers, locale).issues.map(({ variable, code }) => ({ variable, code, message: "" }));
}

/** The steps that still need answers (for the check page with JavaScript). */
export function quickUnfinishedSteps(def: Questionnaire, answers: Answers, locale: Locale): Step[] {
  return questionSteps(def).filter((step) => stepErrors(def, locale, step, answers).length > 0);
}
