// Validation of responses, derived entirely from the definition. One core routine walks
// the items in order; the zod schemas (whole submission, one part) are thin wrappers so
// that react-hook-form, route handlers and scripts all get identical verdicts and
// identical, translated messages keyed by variable.
import { z } from "zod";
import { validationMessage, type MessageParams } from "./messages";
import { isShown } from "./routing";
import { answerKeysOf, itemsInOrder, otherVariable } from "./structure";
import { hasControlCharacters, normaliseBlockLetters, textLength } from "./text";
import { OPEN_TEXT_MAX_LENGTH } from "./constants";
import type {
  AnswerValue,
  Answers,
  Item,
  Locale,
  PartSelector,
  PlacedItem,
  Questionnaire,
  ValidationError,
  ValidationErrorCode,
  ValidationResult,
} from "./types";

interface Scope {
  /** Items validated and returned. */
  items: PlacedItem[];
  /** Keys that may be present but belong elsewhere: ignored, used only for routing. */
  foreignKeys: ReadonlySet<string>;
  /** Answers from outside the scope used to evaluate routing (e.g. earlier parts). */
  context: Readonly<Partial<Answers>>;
}

/**
 * Validates a whole response: only declared variables, valid codes and ranges, selection
 * limits, exclusive options, required items, "other" text exactly when "Other" is
 * chosen, nothing answered that routing skipped, and safe, bounded free text.
 * On success the answers come back normalised: blank values dropped, multi-choice codes
 * in display order, free text trimmed and upper-cased with `locale`'s rules.
 */
export function validateSubmission(def: Questionnaire, answers: unknown, locale: Locale): ValidationResult {
  return validateScope(answers, locale, { items: itemsInOrder(def), foreignKeys: new Set(), context: {} });
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
  return validateScope(answers, locale, partScope(def, part, context));
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
  return asSchema((input) => validateScope(input, locale, scope));
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

function partScope(def: Questionnaire, part: PartSelector, context: Readonly<Partial<Answers>>): Scope {
  const all = itemsInOrder(def);
  if (part !== "screening" && (!Number.isInteger(part) || part < 0 || part >= def.parts.length)) {
    throw new RangeError(`No part with index ${part}; the questionnaire has ${def.parts.length} parts`);
  }
  const inScope = (p: PlacedItem) => (part === "screening" ? p.partIndex === null : p.partIndex === part);
  const foreignKeys = new Set(all.filter((p) => !inScope(p)).flatMap((p) => answerKeysOf(p.item)));
  return { items: all.filter(inScope), foreignKeys, context };
}

/** Absent for all purposes: undefined, a blank string or an empty selection. */
function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    (typeof value === "string" && value.trim() === "") ||
    (Array.isArray(value) && value.length === 0)
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const isInteger = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value);

function validateScope(input: unknown, locale: Locale, scope: Scope): ValidationResult {
  const errors: ValidationError[] = [];
  const fail = (code: ValidationErrorCode, params: MessageParams) =>
    errors.push({ variable: params.variable, code, message: validationMessage(locale, code, params) });

  if (!isPlainObject(input)) {
    fail("notObject", { variable: "" });
    return { ok: false, errors };
  }

  const owned = new Set(scope.items.flatMap((p) => answerKeysOf(p.item)));
  // Routing sees the context, other blocks' raw numeric answers, then this block's
  // answers as they pass validation (so an invalid answer never drives routing).
  const routing: Partial<Answers> = { ...scope.context };
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (value === undefined || owned.has(key)) continue;
    if (!scope.foreignKeys.has(key)) fail("unknownVariable", { variable: key });
    else if (isInteger(value) || (Array.isArray(value) && value.every(isInteger))) routing[key] = value;
  }

  const out: Answers = {};
  const errored = new Set<string>();
  for (const { item } of scope.items) {
    const keys = answerKeysOf(item);
    // If the answer routing depends on is itself invalid, the verdict on this item would
    // be a guess; the earlier error is what the respondent must fix.
    if (item.showIf && errored.has(item.showIf.variable)) {
      keys.forEach((k) => errored.add(k));
      continue;
    }
    const before = errors.length;
    if (!isShown(item, routing)) {
      for (const key of keys) if (!isBlank(input[key])) fail("skipped", { variable: key });
    } else {
      const accepted = validateItem(item, input, locale, fail);
      Object.assign(out, accepted);
      Object.assign(routing, accepted);
    }
    if (errors.length > before) keys.forEach((k) => errored.add(k));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: out };
}

type Fail = (code: ValidationErrorCode, params: MessageParams) => void;

/** Validates one shown item; returns its normalised answers (possibly partial on error). */
function validateItem(item: Item, input: Record<string, unknown>, locale: Locale, fail: Fail): Answers {
  const out: Answers = {};
  const { variable } = item;
  const raw = input[variable];
  switch (item.kind) {
    case "single": {
      if (isBlank(raw)) {
        if (item.required) fail("required", { variable });
      } else if (!isInteger(raw)) {
        fail("expectedCode", { variable });
      } else if (!item.options.some((o) => o.code === raw)) {
        fail("unknownCode", { variable, code: raw });
      } else {
        out[variable] = raw;
      }
      checkOther(item, input, out[variable], locale, fail, out);
      break;
    }
    case "multi": {
      const codes = validateSelection(item, raw, locale, fail);
      if (codes) out[variable] = codes;
      checkOther(item, input, out[variable], locale, fail, out);
      break;
    }
    case "open": {
      if (isBlank(raw)) {
        if (item.required) fail("required", { variable });
      } else {
        const text = validateText(variable, raw, item.maxLength, locale, fail);
        if (text !== undefined) out[variable] = text;
      }
      break;
    }
    case "rating": {
      const variables = item.subItems ? item.subItems.map((s) => s.variable) : [variable];
      for (const key of variables) {
        const value = input[key];
        const range = { variable: key, min: item.min, max: item.max };
        if (isBlank(value)) {
          if (item.required) fail("required", { variable: key });
        } else if (typeof value !== "number") {
          fail("expectedInteger", range);
        } else if (!Number.isInteger(value) || value < item.min || value > item.max) {
          fail("outOfRange", { ...range, value });
        } else {
          out[key] = value;
        }
      }
      break;
    }
    case "matrix": {
      for (const row of item.rows) {
        const value = input[row.variable];
        if (isBlank(value)) {
          if (item.required) fail("required", { variable: row.variable });
        } else if (!isInteger(value)) {
          fail("expectedCode", { variable: row.variable });
        } else if (!item.scale.some((o) => o.code === value)) {
          fail("unknownCode", { variable: row.variable, code: value });
        } else {
          out[row.variable] = value;
        }
      }
      break;
    }
  }
  return out;
}

/** Checks a multi-choice answer; returns the codes in display order when valid. */
function validateSelection(
  item: Extract<Item, { kind: "multi" }>,
  raw: unknown,
  locale: Locale,
  fail: Fail,
): number[] | undefined {
  const { variable } = item;
  if (isBlank(raw)) {
    if (item.required) fail("required", { variable });
    return undefined;
  }
  if (!Array.isArray(raw) || !raw.every(isInteger)) {
    fail("expectedCodes", { variable });
    return undefined;
  }
  const codes: number[] = raw;
  let valid = true;
  const seen = new Set<number>();
  for (const code of codes) {
    if (seen.has(code)) {
      fail("duplicateCode", { variable, code });
      valid = false;
    } else if (!item.options.some((o) => o.code === code)) {
      fail("unknownCode", { variable, code });
      valid = false;
    }
    seen.add(code);
  }
  if (!valid) return undefined;

  const exclusive = item.options.find((o) => item.exclusiveCodes.includes(o.code) && seen.has(o.code));
  if (exclusive) {
    if (codes.length > 1) {
      fail("exclusiveCombined", { variable, label: exclusive.label[locale] });
      return undefined;
    }
  } else if (codes.length < item.minSelections) {
    fail("tooFew", { variable, min: item.minSelections });
    return undefined;
  } else if (item.maxSelections !== undefined && codes.length > item.maxSelections) {
    fail("tooMany", { variable, max: item.maxSelections });
    return undefined;
  }
  return item.options.filter((o) => seen.has(o.code)).map((o) => o.code);
}

/** "Other, please specify": text is required exactly when the other option is chosen. */
function checkOther(
  item: Extract<Item, { kind: "single" | "multi" }>,
  input: Record<string, unknown>,
  accepted: AnswerValue | undefined,
  locale: Locale,
  fail: Fail,
  out: Answers,
) {
  const key = otherVariable(item);
  if (key === undefined) return;
  const raw = input[key];
  const mainRaw = input[item.variable];
  // If the main answer was rejected we cannot tell whether "Other" was meant; its own
  // error is the one to fix first.
  if (accepted === undefined && !isBlank(mainRaw)) return;
  const chosen = Array.isArray(accepted) ? accepted.includes(item.otherCode ?? NaN) : accepted === item.otherCode;
  if (chosen) {
    if (isBlank(raw)) {
      fail("otherTextMissing", { variable: key });
      return;
    }
    const text = validateText(key, raw, OPEN_TEXT_MAX_LENGTH, locale, fail);
    if (text !== undefined) out[key] = text;
  } else if (!isBlank(raw)) {
    fail("otherTextUnexpected", { variable: key });
  }
}

function validateText(variable: string, raw: unknown, maxLength: number, locale: Locale, fail: Fail) {
  if (typeof raw !== "string") {
    fail("expectedText", { variable });
    return undefined;
  }
  if (hasControlCharacters(raw)) {
    fail("controlCharacters", { variable });
    return undefined;
  }
  const text = normaliseBlockLetters(raw, locale);
  const length = textLength(text);
  if (length > maxLength) {
    fail("tooLong", { variable, length, max: maxLength });
    return undefined;
  }
  return text;
}
