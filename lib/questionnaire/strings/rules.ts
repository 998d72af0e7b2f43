// The rules every editable string of the questionnaire obeys, shared by the draft service
// (lib/questionnaire/editing/), the spreadsheet import and the editor's form in the
// browser, so the three cannot disagree. A limit is per kind of field: what fits the
// respondent's screen (an option label on a phone, a part's introduction) rather than a
// database column. The seed instrument stays well inside every limit (rules.test.ts).
// Plain data and pure functions: safe in client components.
import { z } from "zod";
import type { Locale } from "../locale";
import { hasControlCharacters, textLength } from "../text";

/** Maximum characters per field name (the last segment of a text site's field). */
export const STRING_LIMITS = {
  title: 150,
  intro: 900,
  text: 600,
  help: 400,
  label: 200,
  placeholder: 100,
  otherPlaceholder: 100,
  minLabel: 60,
  maxLabel: 60,
} as const satisfies Record<string, number>;

/** For a field not listed above (a new kind of string): the question text's limit. */
export const DEFAULT_STRING_LIMIT = STRING_LIMITS.text;

export function stringLimit(field: string): number {
  const last = field.split(".").at(-1) ?? field;
  return Object.hasOwn(STRING_LIMITS, last) ? STRING_LIMITS[last as keyof typeof STRING_LIMITS] : DEFAULT_STRING_LIMIT;
}

/** The answers' rule for control characters, plus line breaks and tabs: no string of the instrument is multi-line. */
export function hasForbiddenCharacters(text: string): boolean {
  return hasControlCharacters(text) || /[\r\n\t]/.test(text);
}

/** Characters as a person counts them (code points), as the editor's counter shows. */
export const stringLength = textLength;

export type StringProblemCode = "empty" | "tooLong" | "controlCharacters";

/**
 * What is wrong with one text, or null. `required` holds for the source language: a
 * translation may be emptied in a draft (it is then "missing" and blocks publishing).
 */
export function stringProblem(text: string, limit: number, required: boolean): StringProblemCode | null {
  if (hasForbiddenCharacters(text)) return "controlCharacters";
  if (text.trim() === "") return required ? "empty" : null;
  if (stringLength(text) > limit) return "tooLong";
  return null;
}

/** The English message the service returns (the editor shows its own translation of the code). */
export function describeStringProblem(code: StringProblemCode, limit: number, length: number): string {
  switch (code) {
    case "empty":
      return "must not be empty in the source language";
    case "tooLong":
      return `is ${length} characters long, over the limit of ${limit}`;
    case "controlCharacters":
      return "contains control characters (line breaks, tabs or invisible codes)";
    default: {
      const exhaustive: never = code;
      return exhaustive;
    }
  }
}

/** The zod schema of one text in one language, for the editor's form. */
export function draftTextSchema(limit: number, required: boolean) {
  return z.string().superRefine((text, ctx) => {
    const problem = stringProblem(text, limit, required);
    if (problem) ctx.addIssue({ code: "custom", message: problem, params: { limit, length: stringLength(text) } });
  });
}

/** Texts are stored trimmed and in NFC: a spreadsheet cell or a pasted line often ends in a space. */
export function normaliseText(text: string): string {
  return text.normalize("NFC").trim();
}

/** "Q9 · option 3 · label", "Part II · intro", "Questionnaire · title". */
export function describeWhere(owner: string, field: string): string {
  const head = owner === "questionnaire" ? "Questionnaire" : /^(I|II|III|IV)$/.test(owner) ? `Part ${owner}` : owner;
  const parts = field.split(".");
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i];
    const next = parts[i + 1];
    if ((name === "options" || name === "scale") && next !== undefined) {
      out.push(`${name === "options" ? "option" : "scale point"} ${next}`);
      i++;
    } else out.push(name ?? "");
  }
  return [head, ...out].join(" · ");
}

export type { Locale };
