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
import { activeQuestionnaire, recordedVersion } from "@/lib/questionnaire/active.server";
import { isLocale, type Locale } from "@/lib/questionnaire/locale";
import { submissionDate } from "@/lib/responses/release";
import { submitResponse } from "@/lib/responses/submit";
import { FIELD, type FlowState } from "@/lib/survey/flow";
import { navigate } from "@/lib/survey/flow-navigate";
import { unfinishedSteps } from "@/lib/survey/flow-server";
import { getSurveyStatus } from "@/lib/survey/status";
import { THANKS_COOKIE, THANKS_MAX_AGE } from "@/lib/survey/thanks";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export async function respondentStep(localeArg: Locale, previous: FlowState, form: FormData): Promise<FlowState> {
  const locale: Locale = isLocale(localeArg) ? localeArg : "kk";
  const def = await activeQuestionnaire();
  const step = navigate(def, locale, previous, form, () => crypto.randomUUID());
  if (step.kind === "start") redirect(`/${locale}`);
  if (step.kind === "state") return step.state;

  // The check page: the final submission.
  const { base, view, answers, intent } = step;
  const id = String(form.get(FIELD.id) ?? "");
  const responseId = UUID.test(id) ? id : crypto.randomUUID();
  if (intent !== "submit") return { ...base, view, responseId };

  if (unfinishedSteps(def, locale, answers).length > 0) return { ...base, view, responseId };
  const db = await getDb();
  if ((await getSurveyStatus(db)) !== "open") return { ...base, view, responseId, notice: "closed" };
  // The version the respondent began under (carried in the form), while it is a text version
  // of the active one: a publish mid-way does not change what the response records.
  const recorded = await recordedVersion(base.version);
  const result = await submitResponse(
    db,
    { id: responseId, questionnaireVersion: recorded, locale, answers, ...(base.started ? { started: base.started } : {}) },
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
