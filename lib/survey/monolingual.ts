// Respondent pages ship the definition to the browser in one language only (about a third
// of the bytes). The shared validator reads texts as `LocalizedText`, though, so the
// browser turns the single-language copy back into that shape with the one language in
// every slot. The translatable fields are named here; a unit test checks the round trip
// against the real definition so a new text field cannot be missed silently.
import type { Locale, LocalizedText } from "@/lib/questionnaire/locale";
import type { Localised } from "@/lib/questionnaire/localise";
import type { Questionnaire } from "@/lib/questionnaire/types";

export const TEXT_FIELDS: ReadonlySet<string> = new Set([
  "title",
  "intro",
  "paperText",
  "text",
  "help",
  "label",
  "placeholder",
  "otherPlaceholder",
  "minLabel",
  "maxLabel",
]);

export type LocalisedQuestionnaire = Localised<Questionnaire>;

function everywhere(text: string): LocalizedText {
  return { kk: text, ru: text, en: text };
}

function rewrap(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewrap);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [
        key,
        TEXT_FIELDS.has(key) && typeof child === "string" ? everywhere(child) : rewrap(child),
      ]),
    );
  }
  return value;
}

/** A definition whose every text holds the given single-language string in all locales. */
export function monolingual(localised: LocalisedQuestionnaire): Questionnaire {
  return rewrap(localised) as Questionnaire;
}

/**
 * A copy whose translatable texts are empty: the parts of the definition a page does not
 * show still route and count (codes, conditions, rules) without their words.
 */
export function withoutTexts<T>(value: T): T {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === "object") {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, TEXT_FIELDS.has(key) && typeof child === "string" ? "" : walk(child)]));
    }
    return node;
  };
  return walk(value) as T;
}

/** The same projection computed from the full definition (used to test `monolingual`). */
export function projectToLocale(def: Questionnaire, locale: Locale): Questionnaire {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 3 && ["kk", "ru", "en"].every((l) => typeof record[l] === "string")) {
        return everywhere(record[locale] as string);
      }
      return Object.fromEntries(keys.map((k) => [k, walk(record[k])]));
    }
    return value;
  };
  return walk(def) as Questionnaire;
}
