// The three working languages of the instrument. Kazakh comes first because it is the
// state language and the default for respondents; the order is also the column order
// wherever all three appear side by side (codebook, API).
export type Locale = "kk" | "ru" | "en";

export const LOCALES: readonly Locale[] = ["kk", "ru", "en"] as const;

/** A string that exists in every working language. */
export type LocalizedText = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
