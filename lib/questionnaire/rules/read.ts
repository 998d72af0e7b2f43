// Reading raw answers (a JSON payload, or form fields read by lib/survey/form-data.ts)
// into the values the rules judge: a code, a list of codes, a score, or text. This is the
// one place free text is normalised to block letters, so every length rule, on the server
// and in the browser, counts the characters that will be stored.
import { hasControlCharacters, normaliseBlockLetters } from "../text";
import type { Locale, ValidationErrorCode } from "../types";

/** A value read from the input: absent (blank), the value, or why it cannot be read. */
export type Reading<T> = { ok: true; value: T | undefined } | { ok: false; code: ValidationErrorCode };

const absent = { ok: true, value: undefined } as const;

/** Absent for all purposes: undefined, a blank string or an empty selection. */
export function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    (typeof value === "string" && value.trim() === "") ||
    (Array.isArray(value) && value.length === 0)
  );
}

export const isInteger = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value);

/** One option code (single choice, matrix row). */
export function readCode(raw: unknown): Reading<number> {
  if (isBlank(raw)) return absent;
  return isInteger(raw) ? { ok: true, value: raw } : { ok: false, code: "expectedCode" };
}

/** A list of option codes (multiple choice). */
export function readCodes(raw: unknown): Reading<number[]> {
  if (isBlank(raw)) return absent;
  return Array.isArray(raw) && raw.every(isInteger) ? { ok: true, value: raw } : { ok: false, code: "expectedCodes" };
}

/** A number on a rating scale; whether it is a whole number on the scale is the rating's rule. */
export function readScore(raw: unknown): Reading<number> {
  if (isBlank(raw)) return absent;
  return typeof raw === "number" ? { ok: true, value: raw } : { ok: false, code: "expectedInteger" };
}

/**
 * Free text, normalised to block letters with `locale`'s casing (see ../text.ts). Control
 * characters are refused before normalisation, since trimming could otherwise hide one.
 */
export function readText(raw: unknown, locale: Locale): Reading<string> {
  if (isBlank(raw)) return absent;
  if (typeof raw !== "string") return { ok: false, code: "expectedText" };
  if (hasControlCharacters(raw)) return { ok: false, code: "controlCharacters" };
  return { ok: true, value: normaliseBlockLetters(raw, locale) };
}
