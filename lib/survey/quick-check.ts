// The browser's instant check of a step, from the definition alone: what a respondent can
// get wrong with the page's own controls (a question left blank, too many or too few
// choices, "Hard to say" with other options, "Other" without its text, text too long).
// It keeps the validator and its message catalogues out of the page's JavaScript; the
// server stays the authority and validates everything again with the per-part validator
// (no-JS posts) or the whole-response validator (the submission).
import { isShown } from "@/lib/questionnaire/routing";
import { otherVariable } from "@/lib/questionnaire/structure";
import type { Answers, Item, Locale, Questionnaire, ValidationError, ValidationErrorCode } from "@/lib/questionnaire/types";
import { cleanAnswers, isBlankValue, type FormValues } from "./answers";
import { friendlyErrors, type FieldError } from "./errors";
import { itemsOfStep, questionSteps, type Step } from "./steps";

function itemErrors(item: Item, answers: Answers, push: (variable: string, code: ValidationErrorCode) => void) {
  const { variable } = item;
  switch (item.kind) {
    case "single":
    case "multi": {
      const value = answers[variable];
      const codes = Array.isArray(value) ? value : typeof value === "number" ? [value] : [];
      if (codes.length === 0) {
        if (item.required) push(variable, "required");
      } else if (item.kind === "multi") {
        const exclusive = codes.some((c) => item.exclusiveCodes.includes(c));
        if (exclusive && codes.length > 1) push(variable, "exclusiveCombined");
        else if (!exclusive && codes.length < item.minSelections) push(variable, "tooFew");
        else if (!exclusive && item.maxSelections !== undefined && codes.length > item.maxSelections) push(variable, "tooMany");
      }
      const other = otherVariable(item);
      if (other !== undefined && codes.includes(item.otherCode ?? Number.NaN) && isBlankValue(answers[other])) push(other, "otherTextMissing");
      return;
    }
    case "open": {
      const text = answers[variable];
      if (isBlankValue(text)) {
        if (item.required) push(variable, "required");
      } else if (typeof text === "string" && [...text.trim()].length > item.maxLength) push(variable, "tooLong");
      return;
    }
    case "rating":
      for (const key of item.subItems ? item.subItems.map((s) => s.variable) : [variable]) if (item.required && isBlankValue(answers[key])) push(key, "required");
      return;
    case "matrix":
      for (const row of item.rows) if (item.required && isBlankValue(answers[row.variable])) push(row.variable, "required");
      return;
  }
}

function stepErrors(def: Questionnaire, step: Step, answers: Answers): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const item of itemsOfStep<Item>(def, step)) {
    if (!isShown(item, answers)) continue;
    itemErrors(item, answers, (variable, code) => errors.push({ variable, code, message: "" }));
  }
  return errors;
}

/** The step's problems as the respondent reads them (none: the step may be left). */
export function quickCheckStep(def: Questionnaire, locale: Locale, step: Step, others: Answers, values: FormValues): FieldError[] {
  const answers = cleanAnswers(def, { ...others, ...values });
  return friendlyErrors(def, locale, stepErrors(def, step, answers));
}

/** The steps that still need answers (for the check page with JavaScript). */
export function quickUnfinishedSteps(def: Questionnaire, answers: Answers): Step[] {
  return questionSteps(def).filter((step) => stepErrors(def, step, answers).length > 0);
}
