// Validation errors as a respondent reads them: the validator's verdict (code + variable)
// turned into a message written from the definition (lib/questionnaire/messages.ts), in
// the page's language, without variable codes. Used by the server (no-JS pages) and the
// browser (instant checks) alike, so both show the same words.
import { respondentMessage, wholeQuote, type FieldSubject } from "@/lib/questionnaire/messages";
import { OPEN_TEXT_MAX_LENGTH } from "@/lib/questionnaire/constants";
import { findItem, otherVariable } from "@/lib/questionnaire/structure";
import type { Item, Locale, Questionnaire, ValidationError } from "@/lib/questionnaire/types";
import { assertNever } from "@/lib/questionnaire/assert-never";

export interface FieldError {
  variable: string;
  message: string;
}

function subjectOf(item: Item, variable: string, locale: Locale): FieldSubject {
  const question = wholeQuote(item.text[locale]);
  if (variable === otherVariable(item)) return { control: "other", subject: question };
  switch (item.kind) {
    case "single":
      return { control: "choice", subject: question };
    case "multi":
      return { control: "choices", subject: question, min: item.minSelections, max: item.maxSelections };
    case "open":
      return { control: "text", subject: question, max: item.maxLength };
    case "rating": {
      const sub = item.subItems?.find((s) => s.variable === variable);
      return { control: "rating", subject: sub ? wholeQuote(sub.text[locale]) : question, min: item.min, max: item.max };
    }
    case "matrix": {
      const row = item.rows.find((r) => r.variable === variable);
      return { control: "scale", subject: row ? wholeQuote(row.text[locale]) : question };
    }
    default:
      return assertNever(item);
  }
}

/** One respondent-facing message per failing field (the first error of each). */
export function friendlyErrors(def: Questionnaire, locale: Locale, errors: readonly ValidationError[]): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (seen.has(error.variable)) continue;
    seen.add(error.variable);
    const placed = findItem(def, error.variable);
    if (!placed) continue;
    const subject = subjectOf(placed.item, error.variable, locale);
    if (error.code === "exclusiveCombined" && (placed.item.kind === "multi")) {
      const exclusive = placed.item.options.find((o) => placed.item.kind === "multi" && placed.item.exclusiveCodes.includes(o.code));
      subject.label = exclusive?.label[locale];
    }
    if (error.code === "tooLong" && subject.control === "other") subject.max = OPEN_TEXT_MAX_LENGTH;
    out.push({ variable: error.variable, message: respondentMessage(locale, error.code, subject) });
  }
  return out;
}
