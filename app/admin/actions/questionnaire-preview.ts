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
import type { FlowState } from "@/lib/survey/flow";
import { navigate } from "@/lib/survey/flow-navigate";

// A preview never sends, so its check page carries a fixed, obviously fake response id.
const PREVIEW_RESPONSE_ID = "00000000-0000-4000-8000-000000000000";

export async function previewStepAction(localeArg: Locale, previous: FlowState, form: FormData): Promise<FlowState> {
  await requireStaffAction("questionnaire.read");
  const locale: Locale = isLocale(localeArg) ? localeArg : "kk";
  const { definition: def } = await loadDraftDefinition(await getDb());
  const step = navigate(def, locale, previous, form, () => PREVIEW_RESPONSE_ID);
  if (step.kind === "start") redirect(previewHref(locale, "start"));
  if (step.kind === "state") return step.state;
  // "Send" in a preview: nothing is stored; the check page is shown again.
  return { ...step.base, view: step.view, responseId: PREVIEW_RESPONSE_ID };
}
