// A single-language view of a definition, for the API and for any client that renders one
// language: every trilingual string becomes a plain string; everything else is unchanged.
import { LOCALES, type Locale, type LocalizedText } from "./locale";

/** T with every LocalizedText replaced by string. */
export type Localised<T> = T extends LocalizedText
  ? string
  : T extends readonly (infer U)[]
    ? Localised<U>[]
    : T extends object
      ? { [K in keyof T]: Localised<T[K]> }
      : T;

function isLocalizedText(value: object): value is LocalizedText {
  const keys = Object.keys(value);
  return (
    keys.length === LOCALES.length &&
    LOCALES.every((l) => typeof (value as Record<string, unknown>)[l] === "string")
  );
}

export function localise<T>(value: T, locale: Locale): Localised<T>;
export function localise(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((v: unknown) => localise(v, locale));
  if (value !== null && typeof value === "object") {
    if (isLocalizedText(value)) return value[locale];
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localise(v, locale)]));
  }
  return value;
}
