"use server";
// The respondent pages' one server action: the no-JavaScript path of the questionnaire.
// Every question page and the check page is a plain <form> posting here (React renders the
// action as a normal form post until, and unless, JavaScript takes over). Public by
// design — respondents are anonymous — and listed in tests/authz/inventory.ts as such.
// Nothing is stored before the final submission, which goes through the same
// lib/responses/submit path (and idempotency key) as POST /api/responses.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";
import { isLocale, type Locale } from "@/lib/questionnaire/locale";
import type { Questionnaire } from "@/lib/questionnaire/types";
import { versionOf } from "@/lib/questionnaire/version";
import { submissionDate } from "@/lib/responses/release";
import { submitResponse } from "@/lib/responses/submit";
import { FIELD, initialState, nextView, parseView, previousView, stepValues, type FlowState } from "@/lib/survey/flow";
import { checkStep, readCarried, readStep, unfinishedSteps } from "@/lib/survey/flow-server";
import { getSurveyStatus } from "@/lib/survey/status";
import { THANKS_COOKIE, THANKS_MAX_AGE } from "@/lib/survey/thanks";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export async function respondentStep(localeArg: Locale, previous: FlowState, form: FormData): Promise<FlowState> {
  const locale: Locale = isLocale(localeArg) ? localeArg : "kk";
  const def = await activeQuestionnaire();
  const view = parseView(def, form.get(FIELD.view));
  const answers = readCarried(def, locale, form.get(FIELD.answers));
  const returnToCheck = form.get(FIELD.returnTo) === "check";
  const intent = String(form.get(FIELD.intent) ?? "next");
  const attempt = (typeof previous?.attempt === "number" ? previous.attempt : 0) + 1;
  const base = { answers, errors: [], values: {}, returnToCheck: false, attempt };

  if (!view) return { ...initialState({ kind: "step", step: "screening" }), attempt };

  if (view.kind === "step") {
    const values = readStep(def, view.step, form);
    const verdict = checkStep(def, locale, view.step, answers, values);
    if (intent === "back") {
      // Back keeps what validates on this page and does not insist on the rest.
      const kept = verdict.ok ? verdict.answers : answers;
      const to = previousView(def, view.step, returnToCheck);
      if (to.kind === "start") redirect(`/${locale}`);
      return withView({ ...base, answers: kept }, to, def);
    }
    if (!verdict.ok) return { ...base, view, values: verdict.values, errors: verdict.errors, returnToCheck };
    return withView({ ...base, answers: verdict.answers }, nextView(def, view.step, returnToCheck), def);
  }

  // The check page: "Change" links, or the final submission.
  const change = /^change:(screening|\d{1,2})(?::[\w-]+)?$/.exec(intent);
  if (change) {
    const target = parseView(def, change[1]);
    if (target?.kind === "step") return { ...base, view: target, values: stepValues(def, target.step, answers), returnToCheck: true };
  }
  const id = String(form.get(FIELD.id) ?? "");
  const responseId = UUID.test(id) ? id : crypto.randomUUID();
  if (intent !== "submit") return { ...base, view, responseId };

  if (unfinishedSteps(def, locale, answers).length > 0) return { ...base, view, responseId };
  const db = await getDb();
  if ((await getSurveyStatus(db)) !== "open") return { ...base, view, responseId, notice: "closed" };
  const result = await submitResponse(
    db,
    { id: responseId, questionnaireVersion: versionOf(def), locale, answers },
    {
      today: submissionDate(),
      fallbackLocale: locale,
      rate: { key: `submit:${clientAddress(await headers())}`, limit: env().SUBMISSIONS_PER_MINUTE, windowMs: 60_000 },
    },
  );
  switch (result.status) {
    case "created":
    case "replayed":
      break;
    case "invalid":
      // The check page lists the parts still to finish (computed from the answers).
      return { ...base, view, responseId };
    case "closed":
      return { ...base, view, responseId, notice: "closed" };
    case "conflict":
      return { ...base, view, responseId: crypto.randomUUID(), notice: "conflict" };
    case "rateLimited":
      return { ...base, view, responseId, notice: "rateLimited" };
  }
  // Post/redirect/get: the thank-you page shows thanks only with this short-lived,
  // content-free marker (it says "a response was just sent", not which one).
  (await cookies()).set(THANKS_COOKIE, "1", { path: `/${locale}/thanks`, maxAge: THANKS_MAX_AGE, httpOnly: true, sameSite: "strict" });
  redirect(`/${locale}/thanks`);
}

function withView(state: Omit<FlowState, "view">, view: FlowState["view"], def: Questionnaire): FlowState {
  if (view.kind === "step") return { ...state, view, values: stepValues(def, view.step, state.answers) };
  if (view.kind === "check") return { ...state, view, responseId: crypto.randomUUID() };
  return { ...state, view };
}
