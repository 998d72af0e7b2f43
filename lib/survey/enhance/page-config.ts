// What a respondent page served without the framework runtime tells its enhancement module
// (lib/survey/enhance/question-page.ts, check-page.ts, start-page.ts): a JSON script in the
// page, written on the server from the same state the page was rendered from
// (lib/survey/respondent-page.server.ts).
import type { Locale } from "@/lib/questionnaire/locale";
import type { LocalisedQuestionnaire } from "@/lib/survey/monolingual";
import type { OutboxMessages } from "@/lib/survey/outbox-messages";
import type { Step } from "@/lib/survey/steps";

export const PAGE_CONFIG_ID = "tyndau-page";

export interface QuestionPageConfig {
  locale: Locale;
  /** The device draft's key (lib/survey/draft.ts). */
  scope: string;
  /** The questionnaire version the page shows; the service worker keeps each version's pages apart. */
  version: string;
  step: Step;
  /**
   * The definition in the page's language (the shown step whole, the others without their
   * texts): routing, the per-part rules, the progress.
   */
  def: LocalisedQuestionnaire;
  ui: { chosenCount: string; answeredShare: string; errorSummaryTitle: string; errorTitlePrefix: string };
  /** The page's state came from a post or the answers cookie (the server knew the answers). */
  posted: boolean;
  carriedBy?: "cookie" | "form";
  /** The first page's sealed "started" token, kept on the device for the script's send. */
  started?: string;
  returnToCheck: boolean;
  /** Where Continue and Back lead when the device is offline (the service worker's kept pages). */
  nextHref: string;
  backHref: string;
  /** This language's pages, for the service worker to keep. */
  keep: string[];
}

/** Reads the page's configuration (null: none, or not readable). */
export function readPageConfig<T>(): T | null {
  try {
    return JSON.parse(document.getElementById(PAGE_CONFIG_ID)?.textContent ?? "null") as T | null;
  } catch {
    return null;
  }
}

export interface CheckPageConfig {
  locale: Locale;
  scope: string;
  version: string;
  /** The whole definition in the page's language: the rows, the rules, the routing. */
  def: LocalisedQuestionnaire;
  ui: { notAnswered: string; submitButton: string; retryButton: string; submitting: string; outbox: OutboxMessages };
  posted: boolean;
  carriedBy?: "cookie" | "form";
  keep: string[];
}

export interface StartPageConfig {
  locale: Locale;
  scope: string;
  version: string;
  /** The first question page's path below the language. */
  firstPath: string;
  keep: string[];
}
