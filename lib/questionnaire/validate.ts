// Validation of responses, derived entirely from the definition. The rules live in
// ./rules (one file per item kind, shared with the browser's instant check); this module
// adds what only the server needs: the payload's shape, translated messages keyed by
// variable, and zod schemas so that react-hook-form, route handlers and scripts all get
// identical verdicts.
import { z } from "zod";
import { validationMessage, type MessageParams } from "./messages";
import { checkScope, partScope, submissionScope, type RuleIssue, type Scope } from "./rules";
import { findItem, optionsOf } from "./structure";
import type { Answers, Locale, PartSelector, Questionnaire, ValidationError, ValidationResult } from "./types";

/**
 * Validates a whole response: only declared variables, valid codes and ranges, selection
 * limits, exclusive options, required items, "other" text exactly when "Other" is
 * chosen, nothing answered that routing skipped, and safe, bounded free text.
 * On success the answers come back normalised: blank values dropped, multi-choice codes
 * in display order, free text trimmed and upper-cased with `locale`'s rules.
 */
export function validateSubmission(def: Questionnaire, answers: unknown, locale: Locale): ValidationResult {
  return validateScope(def, answers, locale, submissionScope(def));
}

/**
 * Validates one block: the screening item or one part. Keys of other blocks may be
 * present (a form that holds all answers) and are ignored except for routing; answers
 * given in `context` are also used for routing (e.g. S1 when validating Part II alone).
 * Returns only the block's normalised answers.
 */
export function validatePart(
  def: Questionnaire,
  part: PartSelector,
  answers: unknown,
  locale: Locale,
  context: Readonly<Partial<Answers>> = {},
): ValidationResult {
  return validateScope(def, answers, locale, partScope(def, part, context));
}

/** A zod schema for a whole submission; output is the normalised `Answers`. */
export function buildSubmissionSchema(def: Questionnaire, locale: Locale): z.ZodType<Answers, unknown> {
  return asSchema((input) => validateSubmission(def, input, locale));
}

/** A zod schema for one block (see validatePart), for per-step validation in the UI. */
export function buildPartSchema(
  def: Questionnaire,
  part: PartSelector,
  locale: Locale,
  context: Readonly<Partial<Answers>> = {},
): z.ZodType<Answers, unknown> {
  const scope = partScope(def, part, context);
  return asSchema((input) => validateScope(def, input, locale, scope));
}

function asSchema(run: (input: unknown) => ValidationResult): z.ZodType<Answers, unknown> {
  return z.unknown().transform((input, ctx): Answers => {
    const result = run(input);
    if (result.ok) return result.answers;
    for (const error of result.errors) {
      ctx.addIssue({
        code: "custom",
        message: error.message,
        path: error.variable ? [error.variable] : [],
        params: { code: error.code },
      });
    }
    return z.NEVER;
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function validateScope(def: Questionnaire, input: unknown, locale: Locale, scope: Scope): ValidationResult {
  if (!isPlainObject(input)) {
    return { ok: false, errors: [{ variable: "", code: "notObject", message: validationMessage(locale, "notObject", { variable: "" }) }] };
  }
  const { issues, answers } = checkScope(scope, input, locale);
  if (issues.length === 0) return { ok: true, answers };
  return { ok: false, errors: issues.map((i) => withMessage(def, i, locale)) };
}

/** The issue with its message, quoting the option's label where the message names one. */
function withMessage(def: Questionnaire, found: RuleIssue, locale: Locale): ValidationError {
  const { variable, code, option, ...numbers } = found;
  const params: MessageParams = { variable, ...numbers, ...(option !== undefined ? { code: option } : {}) };
  if (code === "exclusiveCombined") {
    const item = findItem(def, variable)?.item;
    params.label = (item && optionsOf(item)?.find((o) => o.code === option))?.label[locale];
  }
  return { variable, code, message: validationMessage(locale, code, params) };
}
