import "server-only";
// What the respondent pages read on the server: the locale from the URL, whether the
// survey is open, and the definition in one language for the browser.
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { activeDraftScope, activeQuestionnaire } from "@/lib/questionnaire/active.server";
import { isLocale, type Locale } from "@/lib/questionnaire/locale";
import { localise } from "@/lib/questionnaire/localise";
import type { Questionnaire } from "@/lib/questionnaire/types";
import type { LocalisedQuestionnaire } from "./monolingual";
import { getSurveyStatus } from "./status";

/**
 * The active definition, read once per request: the layout, the metadata and the page of
 * one response all render the same version even when a publish lands in between.
 */
export const pageQuestionnaire: () => Promise<Questionnaire> = cache(() => activeQuestionnaire());

/** The key of the device draft (lib/survey/draft.ts): the same across text versions. */
export const pageDraftScope: () => Promise<string> = cache(() => activeDraftScope());

export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

export async function isSurveyOpen(): Promise<boolean> {
  return (await getSurveyStatus(await getDb())) === "open";
}

// Per definition object (one per stored version, kept by active.server.ts) and language.
const localised = new WeakMap<Questionnaire, Map<Locale, LocalisedQuestionnaire>>();

/** The definition in one language, computed once per version and language. */
export function clientDefinition(def: Questionnaire, locale: Locale): LocalisedQuestionnaire {
  let byLocale = localised.get(def);
  if (!byLocale) {
    byLocale = new Map();
    localised.set(def, byLocale);
  }
  let out = byLocale.get(locale);
  if (!out) {
    out = localise(def, locale);
    byLocale.set(locale, out);
  }
  return out;
}
