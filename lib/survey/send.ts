// Sending the finished response from the browser (the check page with JavaScript): the
// same idempotent POST /api/responses as any client, keyed by the draft's id. On success
// the draft is cleared, the device remembers it has answered, and the thank-you page is
// told (by a content-free cookie) that a response was just sent. The offline outbox
// (lib/survey/outbox*) may wrap this: it is the one seam between the page and the sending.
import type { Answers, Locale } from "@/lib/questionnaire/types";
import { clearDraft, markSubmitted } from "./draft";
import { forgetStarted, startedToken } from "./started";
import { markThanks } from "./thanks";

export type SendOutcome = "sent" | "invalid" | "closed" | "conflict" | "rateLimited" | "invitation" | "server" | "network";

/** `version` is recorded with the response; `scope` keys the device draft (lib/survey/draft.ts). */
export async function sendResponse(version: string, locale: Locale, id: string, answers: Answers, scope = version): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetch("/api/responses", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ id, questionnaireVersion: version, locale, answers, ...startedToken(scope) }),
    });
  } catch {
    return "network";
  }
  if (response.status === 201 || response.status === 200) {
    markSubmitted(scope);
    clearDraft(scope);
    forgetStarted(scope);
    markThanks(locale);
    return "sent";
  }
  if (response.status === 400) return "invalid";
  // 403 is "closed", or an invitation code the survey needs was missing or refused.
  if (response.status === 403) return ((await response.json().catch(() => null)) as { invitation?: string } | null)?.invitation ? "invitation" : "closed";
  if (response.status === 409) return "conflict";
  if (response.status === 429) return "rateLimited";
  return "server";
}
