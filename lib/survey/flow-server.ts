// The server's side of the no-JS flow (see flow.ts): the carried answers and each posted
// part checked with the questionnaire's per-part validator.
import { pruneSkipped } from "@/lib/questionnaire/routing";
import { answerKeysOf, itemsInOrder } from "@/lib/questionnaire/structure";
import { validatePart } from "@/lib/questionnaire/validate";
import type { Answers, Item, Locale, Questionnaire } from "@/lib/questionnaire/types";
import { cleanAnswers, type FormValues } from "./answers";
import { friendlyErrors, type FieldError } from "./errors";
import { stepKeys, without } from "./flow";
import { readItems, type FieldSource } from "./form-data";
import { itemsOfStep, questionSteps, type Step } from "./steps";

/**
 * The carried answers, checked again: only known keys, and each part's answers only if the
 * part validates as a whole (a tampered or stale field cannot smuggle anything through).
 */
export function readCarried(def: Questionnaire, locale: Locale, json: unknown): Answers {
  let parsed: unknown;
  try {
    parsed = typeof json === "string" && json.length <= 200_000 ? JSON.parse(json) : {};
  } catch {
    parsed = {};
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return {};
  const known = new Set(itemsInOrder(def).flatMap((p) => answerKeysOf(p.item)));
  const input = Object.fromEntries(Object.entries(parsed).filter(([k]) => known.has(k))) as Answers;
  let out: Answers = {};
  for (const step of questionSteps(def)) {
    const keys = stepKeys(def, step);
    if (![...keys].some((k) => k in input)) continue;
    const verdict = validatePart(def, step, cleanAnswers(def, { ...input, ...out }), locale);
    if (verdict.ok) out = { ...out, ...verdict.answers };
  }
  return pruneSkipped(def, out);
}

export type StepVerdict = { ok: true; answers: Answers } | { ok: false; values: FormValues; errors: FieldError[] };

/**
 * Validates one step as posted (or as the browser holds it) against the answers of the
 * other steps: the same per-part validator everywhere. On success, returns all answers
 * with this step's replaced and anything routing now skips removed.
 */
export function checkStep(def: Questionnaire, locale: Locale, step: Step, others: Answers, values: FormValues): StepVerdict {
  const keys = stepKeys(def, step);
  const rest = without(others, keys);
  const input = cleanAnswers(def, { ...rest, ...values });
  const verdict = validatePart(def, step, input, locale);
  if (!verdict.ok) return { ok: false, values, errors: friendlyErrors(def, locale, verdict.errors) };
  return { ok: true, answers: pruneSkipped(def, { ...rest, ...verdict.answers }) };
}

/** Reads the step's fields from a posted form. */
export function readStep(def: Questionnaire, step: Step, form: FieldSource): FormValues {
  return readItems(itemsOfStep<Item>(def, step), form);
}

/** The steps whose answers are missing or invalid, in order (for the check page). */
export function unfinishedSteps(def: Questionnaire, locale: Locale, answers: Answers): Step[] {
  return questionSteps(def).filter((step) => !validatePart(def, step, answers, locale).ok);
}

