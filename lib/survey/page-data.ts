import "server-only";
// What the respondent pages read on the server: the locale from the URL, whether the
// survey is open, and the definition in one language for the browser.
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { questionnaire, questionnaireVersion } from "@/lib/questionnaire/definition";
import { isLocale, type Locale } from "@/lib/questionnaire/locale";
import { localise } from "@/lib/questionnaire/localise";
import type { LocalisedQuestionnaire } from "./monolingual";
import { getSurveyStatus } from "./status";

export { questionnaire, questionnaireVersion };

export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

export async function isSurveyOpen(): Promise<boolean> {
  return (await getSurveyStatus(await getDb())) === "open";
}

const localised = new Map<Locale, LocalisedQuestionnaire>();

/** The definition in one language, computed once per process and language. */
export function clientDefinition(locale: Locale): LocalisedQuestionnaire {
  let def = localised.get(locale);
  if (!def) {
    def = localise(questionnaire, locale);
    localised.set(locale, def);
  }
  return def;
}
