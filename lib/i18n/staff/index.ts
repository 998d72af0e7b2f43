// UI strings of the staff area in Kazakh, Russian and English, one file per language
// (kk.ts, ru.ts, en.ts) with their shape in types.ts. Question texts, options and
// labels never appear here: they come from the questionnaire definition.
// Placeholders are written {name} and filled by `fill()`.
import { isLocale, type Locale } from "@/lib/questionnaire/locale";
import { en } from "./en";
import { kk } from "./kk";
import { ru } from "./ru";
import type { StaffMessages } from "./types";

export type { AnalysisMessages, StaffMessages } from "./types";

export const STAFF_MESSAGES: Record<Locale, StaffMessages> = { kk, ru, en };

export function staffMessages(locale: Locale): StaffMessages {
  return STAFF_MESSAGES[locale];
}

/** Fills {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Cookie holding the interface language chosen with the language switch. */
export const STAFF_UI_COOKIE = "tyndau_staff_ui";

export function parseStaffLocale(value: string | undefined | null): Locale | undefined {
  return isLocale(value) ? value : undefined;
}

/** Number formatting in the interface language (Kazakh uses the kk-KZ conventions). */
export function numberFormat(locale: Locale, digits = 0): Intl.NumberFormat {
  return new Intl.NumberFormat(locale === "kk" ? "kk-KZ" : locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function formatPercent(locale: Locale, pct: number | null): string {
  return pct === null ? "—" : `${numberFormat(locale, 1).format(pct)}%`;
}
