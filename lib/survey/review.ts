// The check-your-answers page as data, shared by its server markup
// (components/survey/ReviewSections.tsx) and the check page's enhancement module
// (lib/survey/enhance/check-page.ts), which fills the same rows from the device draft: the
// row's question number, the field "Change" opens, and the texts of the page's notices.
import type { LocalisedItem } from "@/components/survey/items/types";
import { format } from "@/lib/i18n/format";
import { assertNever } from "@/lib/questionnaire/assert-never";
import type { RespondentUi } from "@/lib/i18n/respondent";
import { fieldId } from "./fields";
import type { LocalisedQuestionnaire } from "./monolingual";
import type { SendOutcome } from "./send";
import type { Step } from "./steps";

export function stepTitle(def: LocalisedQuestionnaire, ui: RespondentUi, step: Step): string {
  return step === "screening" ? ui.screeningTitle : `${format(ui.partOf, { n: step + 1, total: def.parts.length })}. ${def.parts[step]?.title ?? ""}`;
}

/** "Q9" → "9", "Q32–Q36" → "32–36": the number as a person says it (the code stays visible). */
export function spokenNumber(number: string): string {
  return number.replace(/\bQ(?=\d)/g, "");
}

export interface ReviewRow {
  /** The number shown before the question ("Q9", or "Q32–Q36" for a grid of questions). */
  number: string;
  /** The intent of its "Change" button: the step, and the field to open it at. */
  change: string;
}

export function reviewRow(item: LocalisedItem, step: Step): ReviewRow {
  const first = item.kind === "rating" ? (item.subItems?.[0]?.variable ?? item.variable) : item.kind === "matrix" ? (item.rows[0]?.variable ?? item.variable) : item.variable;
  const number = item.kind === "matrix" && item.rowsAreQuestions ? `${item.rows[0]?.variable}–${item.rows[item.rows.length - 1]?.variable}` : item.variable;
  return { number, change: `change:${String(step)}:${fieldId(first)}` };
}

/** What went wrong with a send, as the check page's notice says it ("invitation" has a notice of its own). */
export type SendNotice = Exclude<SendOutcome, "sent" | "invitation">;

export const SEND_NOTICES: readonly SendNotice[] = ["invalid", "closed", "conflict", "rateLimited", "network", "server"];

export function sendNoticeText(ui: RespondentUi, notice: SendNotice): string {
  switch (notice) {
    case "closed":
      return ui.closedError;
    case "conflict":
      return ui.conflictError;
    case "rateLimited":
      return ui.rateLimitedError;
    case "network":
      return ui.networkError;
    case "invalid":
    case "server":
      return ui.serverError;
    default:
      return assertNever(notice, "send notice");
  }
}

/** Parses a "Change" intent: the step, and the field's id. */
export function parseChange(intent: string): { step: Step; field?: string } | undefined {
  const change = /^change:(screening|\d+)(?::(.+))?$/.exec(intent);
  if (!change) return undefined;
  return { step: change[1] === "screening" ? "screening" : Number(change[1]), field: change[2] };
}
