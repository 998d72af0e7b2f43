"use server";
// The preview's form posts (the no-JavaScript path of /admin/questionnaire/preview): the
// respondent flow's navigation on the DRAFT definition, validated with the same rules,
// and nothing more. It stores nothing and never submits: "Send" on the check page stays
// on the check page. Staff only (questionnaire.read).
import { redirect } from "next/navigation";
import { requireStaffAction } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/client";
import { loadDraftDefinition } from "@/lib/questionnaire/editing/draft.server";
import { previewHref } from "@/lib/questionnaire/editing/preview";
import { isLocale, type Locale } from "@/lib/questionnaire/locale";
import type { Questionnaire } from "@/lib/questionnaire/types";
import { FIELD, initialState, nextView, parseView, previousView, stepValues, type FlowState } from "@/lib/survey/flow";
import { checkStep, readCarried, readStep } from "@/lib/survey/flow-server";

export async function previewStepAction(localeArg: Locale, previous: FlowState, form: FormData): Promise<FlowState> {
  await requireStaffAction("questionnaire.read");
  const locale: Locale = isLocale(localeArg) ? localeArg : "kk";
  const { definition: def } = await loadDraftDefinition(await getDb());
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
      const kept = verdict.ok ? verdict.answers : answers;
      const to = previousView(def, view.step, returnToCheck);
      if (to.kind === "start") redirect(previewHref(locale, "start"));
      return withView({ ...base, answers: kept }, to, def);
    }
    if (!verdict.ok) return { ...base, view, values: verdict.values, errors: verdict.errors, returnToCheck };
    return withView({ ...base, answers: verdict.answers }, nextView(def, view.step, returnToCheck), def);
  }
  const change = /^change:(screening|\d{1,2})(?::[\w-]+)?$/.exec(intent);
  if (change) {
    const target = parseView(def, change[1]);
    if (target?.kind === "step") return { ...base, view: target, values: stepValues(def, target.step, answers), returnToCheck: true };
  }
  // "Send" in a preview: nothing is stored; the check page is shown again.
  return { ...base, view, responseId: "00000000-0000-4000-8000-000000000000" };
}

function withView(state: Omit<FlowState, "view">, view: FlowState["view"], def: Questionnaire): FlowState {
  if (view.kind === "step") return { ...state, view, values: stepValues(def, view.step, state.answers) };
  if (view.kind === "check") return { ...state, view, responseId: "00000000-0000-4000-8000-000000000000" };
  return { ...state, view };
}
