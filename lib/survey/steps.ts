// The respondent's path through the questionnaire: the screening question, one page per
// part, then the check-your-answers page. Pure and shared by server pages (links, titles)
// and the client form (Back / Next).
import type { Locale } from "@/lib/questionnaire/locale";
import type { PartSelector } from "@/lib/questionnaire/types";

/** A question page: the screening item or a part by index (0 = Part I). */
export type Step = PartSelector;

export function questionSteps(def: { parts: readonly unknown[] }): Step[] {
  return ["screening", ...def.parts.map((_, index) => index)];
}

/** URL path of a step below the locale, e.g. "/screening", "/part/2" (parts are 1-based in URLs). */
export function stepPath(step: Step): string {
  return step === "screening" ? "/screening" : `/part/${step + 1}`;
}

export function stepHref(locale: Locale, step: Step): string {
  return `/${locale}${stepPath(step)}`;
}

export const CHECK_PATH = "/check";
export const THANKS_PATH = "/thanks";

/** Parses the 1-based part number of a URL segment; undefined when there is no such part. */
export function partFromSegment(def: { parts: readonly unknown[] }, segment: string): number | undefined {
  if (!/^[1-9][0-9]?$/.test(segment)) return undefined;
  const index = Number(segment) - 1;
  return index < def.parts.length ? index : undefined;
}

/** Where Back and Next lead from a step (Next after the last part is the check page). */
export function neighbours(def: { parts: readonly unknown[] }, step: Step): { previous?: Step; next?: Step } {
  const steps = questionSteps(def);
  const at = steps.indexOf(step);
  return { previous: at > 0 ? steps[at - 1] : undefined, next: steps[at + 1] };
}

export function itemsOfStep<I>(def: { screening: I; parts: { items: I[] }[] }, step: Step): I[] {
  return step === "screening" ? [def.screening] : (def.parts[step]?.items ?? []);
}
