import "server-only";
// The answers cookie in a request: read by the respondent pages (GET), written and cleared
// by the respondent step (see answers-cookie.server.ts for what it holds and why), in the
// request context of whichever router received the request.
import { isHttpsRequest } from "@/lib/auth/cookie";
import type { RequestContext } from "@/lib/http/request-context.server";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/questionnaire/locale";
import type { Questionnaire } from "@/lib/questionnaire/types";
import { ANSWERS_COOKIE, ANSWERS_COOKIE_MAX_BYTES, answersCookieKey, answersCookieOptions, openAnswers, sealAnswers, type CarriedAnswers } from "./answers-cookie.server";
import { carriedJson, initialState, stepValues, viewValue, type FlowState, type FlowView } from "./flow";
import { checkStep, readCarried } from "./flow-server";

export async function readAnswersCookie(ctx: RequestContext, locale: Locale): Promise<CarriedAnswers | null> {
  const value = ctx.cookie(ANSWERS_COOKIE);
  if (!value) return null;
  return openAnswers(await answersCookieKey(await getDb()), locale, value);
}

/** Seals and sets the cookie; false (and the cookie cleared) when it would not fit. */
export async function writeAnswersCookie(ctx: RequestContext, locale: Locale, carried: CarriedAnswers): Promise<boolean> {
  const value = sealAnswers(await answersCookieKey(await getDb()), locale, carried);
  const options = answersCookieOptions(locale, isHttpsRequest(ctx.headers));
  if (ANSWERS_COOKIE.length + 1 + value.length > ANSWERS_COOKIE_MAX_BYTES) {
    ctx.setCookie(ANSWERS_COOKIE, "", { ...options, maxAge: 0 });
    return false;
  }
  ctx.setCookie(ANSWERS_COOKIE, value, options);
  return true;
}

export function clearAnswersCookie(ctx: RequestContext, locale: Locale): void {
  ctx.setCookie(ANSWERS_COOKIE, "", { ...answersCookieOptions(locale, isHttpsRequest(ctx.headers)), maxAge: 0 });
}

/**
 * The state a page opens with: the answers the cookie carries (checked again, as any
 * answers from the client), this step's values, and — right after a failed "Continue" on
 * this step — what was posted with its errors. Without a cookie, a fresh state.
 */
export async function pageState(ctx: RequestContext, def: Questionnaire, locale: Locale, view: FlowView, returnToCheck: boolean): Promise<FlowState> {
  const fresh = initialState(view, returnToCheck);
  const carried = await readAnswersCookie(ctx, locale);
  if (!carried) return fresh;
  const answers = readCarried(def, locale, carriedJson(carried.answers));
  const base: FlowState = { ...fresh, answers, attempt: 1, version: carried.version, started: carried.started, carriedBy: "cookie" };
  if (view.kind === "check") return { ...base, responseId: carried.responseId };
  if (view.kind !== "step") return base;
  if (carried.pending?.step === viewValue(view)) {
    const verdict = checkStep(def, locale, view.step, answers, carried.pending.values);
    if (!verdict.ok) return { ...base, values: verdict.values, errors: verdict.errors };
  }
  return { ...base, values: stepValues(def, view.step, answers) };
}
