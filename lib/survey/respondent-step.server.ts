import "server-only";
// One post of a respondent page, whichever router received it: the server action of the
// App Router pages and the Pages Router pages that ship no framework script (decision 018)
// both run this, so the no-JavaScript path has one writer. After each part it answers with
// the next page's own address (post/redirect/get), the answers so far sealed in a cookie on
// the device (lib/survey/answers-cookie.server.ts, docs/decisions/014-respondent-pages-rendering.md);
// when they no longer fit, the state to render in place, with the answers carried by the
// form alone. Nothing is stored before the final submission, which goes through the same
// lib/responses/submit path (and idempotency key) as POST /api/responses.
import { isHttpsRequest } from "@/lib/auth/cookie";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import type { RequestContext } from "@/lib/http/request-context.server";
import { CODE_COOKIE, codeCookies } from "@/lib/invitations/cookie";
import { activeQuestionnaire, recordedVersion } from "@/lib/questionnaire/active.server";
import { isLocale, type Locale } from "@/lib/questionnaire/locale";
import { submissionDate } from "@/lib/responses/release";
import { submitResponse } from "@/lib/responses/submit";
import { clearAnswersCookie, readAnswersCookie, writeAnswersCookie } from "./answers-carry.server";
import { carriedJson, FIELD, viewValue, type FlowState } from "./flow";
import { navigate } from "./flow-navigate";
import { unfinishedSteps } from "./flow-server";
import { getSurveyStatus } from "./status";
import { CHECK_PATH, stepHref } from "./steps";
import { THANKS_COOKIE, THANKS_MAX_AGE } from "./thanks";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export type StepOutcome =
  /** Post/redirect/get: the page to load next (a 303). */
  | { kind: "redirect"; to: string }
  /** The view to render in place: the answers no longer fit the cookie, or the check page's own notice. */
  | { kind: "render"; state: FlowState };

export async function respondentStepIn(ctx: RequestContext, localeArg: unknown, previous: FlowState | undefined, form: FormData): Promise<StepOutcome> {
  const locale: Locale = isLocale(localeArg) ? localeArg : "kk";
  const def = await activeQuestionnaire();
  const carried = await readAnswersCookie(ctx, locale);
  // The page rendered its hidden fields from the cookie; the cookie is the device's copy
  // that survives reload and Back, so it wins when both are there. The version begun under
  // is then read, as without the cookie, from its form field by navigate().
  if (carried) {
    form.set(FIELD.answers, carriedJson(carried.answers));
    if (carried.version !== undefined) form.set(FIELD.version, carried.version);
    if (carried.started !== undefined) form.set(FIELD.started, carried.started);
  }
  const step = navigate(def, locale, previous, form, () => carried?.responseId ?? crypto.randomUUID());
  if (step.kind === "start") return { kind: "redirect", to: `/${locale}` };

  if (step.kind === "state") {
    const state = step.state;
    const pending = state.errors.length > 0 && state.view.kind === "step" ? { step: viewValue(state.view), values: state.values } : undefined;
    const fits = await writeAnswersCookie(ctx, locale, { version: state.version, started: state.started, answers: state.answers, responseId: state.responseId, pending });
    if (!fits) return { kind: "render", state: { ...state, carriedBy: "form" } };
    const view = state.view;
    if (view.kind === "check") return { kind: "redirect", to: `/${locale}${CHECK_PATH}` };
    // No "#question" anchor after "Change": a browser carries a fragment over every later
    // redirect that has none (the check page, then the thank-you page would inherit it).
    if (view.kind === "step") return { kind: "redirect", to: `${stepHref(locale, view.step)}${state.returnToCheck ? "?return=check" : ""}` };
    return { kind: "redirect", to: `/${locale}` };
  }

  // The check page: the final submission.
  const { base, view, answers, intent } = step;
  const id = String(form.get(FIELD.id) ?? "");
  const responseId = UUID.test(id) ? id : crypto.randomUUID();
  const stay = async (state: FlowState): Promise<StepOutcome> => {
    const fits = await writeAnswersCookie(ctx, locale, { version: state.version, started: state.started, answers, responseId: state.responseId });
    return { kind: "render", state: { ...state, carriedBy: fits ? "cookie" : "form" } };
  };
  if (intent !== "submit") return stay({ ...base, view, responseId });

  if (unfinishedSteps(def, locale, answers).length > 0) return stay({ ...base, view, responseId });
  const db = await getDb();
  if ((await getSurveyStatus(db)) !== "open") return stay({ ...base, view, responseId, notice: "closed" });
  // The version the respondent began under (carried by the form or the cookie), while it is
  // a text version of the active one: a publish mid-way does not change what the response records.
  const recorded = await recordedVersion(base.version);
  // The invitation code (when the survey needs one): typed on the check page after a
  // refusal, or kept in the respondent-path cookie since the start page. Spent with the
  // response, never stored with it (lib/invitations).
  const typedCode = String(form.get("invitationCode") ?? "").trim();
  const code = typedCode !== "" ? typedCode : (ctx.cookie(CODE_COOKIE) ?? "");
  const result = await submitResponse(
    db,
    {
      id: responseId,
      questionnaireVersion: recorded,
      locale,
      answers,
      ...(code !== "" ? { invitation: { code: code.slice(0, 64) } } : {}),
      ...(base.started ? { started: base.started } : {}),
    },
    {
      today: submissionDate(),
      fallbackLocale: locale,
      rate: { key: `submit:${clientAddress(ctx.headers)}`, limit: env().SUBMISSIONS_PER_MINUTE, windowMs: 60_000 },
    },
  );
  switch (result.status) {
    case "created":
    case "replayed":
      break;
    case "invalid":
      // The check page lists the parts still to finish (computed from the answers).
      return stay({ ...base, view, responseId });
    case "closed":
      return stay({ ...base, view, responseId, notice: "closed" });
    case "conflict":
      return stay({ ...base, view, responseId: crypto.randomUUID(), notice: "conflict" });
    case "rateLimited":
      return stay({ ...base, view, responseId, notice: "rateLimited" });
    case "invitation":
      // The answers stay with the device (cookie or form): the check page asks for a code and sends again.
      return stay({ ...base, view, responseId, notice: "invitation", invitation: result.reason });
    case "unavailable":
      return stay({ ...base, view, responseId, notice: "server" });
  }
  if (code !== "") {
    for (const c of codeCookies("", isHttpsRequest(ctx.headers))) ctx.setCookie(c.name, "", c.options);
  }
  // Sent: the device keeps nothing of the answers.
  clearAnswersCookie(ctx, locale);
  // Post/redirect/get: the thank-you page shows thanks only with this short-lived,
  // content-free marker (it says "a response was just sent", not which one).
  ctx.setCookie(THANKS_COOKIE, "1", { path: `/${locale}/thanks`, maxAge: THANKS_MAX_AGE, httpOnly: true, sameSite: "strict" });
  return { kind: "redirect", to: `/${locale}/thanks` };
}
