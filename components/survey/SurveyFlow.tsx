"use client";
// The respondent form of a question page or the check page. useActionState ties the page
// to the respondent server action so that, without JavaScript, a post renders the view the
// server decided (the next part, the same part with its errors, the check page) in place;
// with JavaScript the views navigate on their own and never post until the final send.
import { useActionState, useMemo } from "react";
import type { RespondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";
import { viewValue, type FlowState } from "@/lib/survey/flow";
import { monolingual, type LocalisedQuestionnaire } from "@/lib/survey/monolingual";
import { ReviewAnswers } from "./ReviewAnswers";
import { StepForm } from "./StepForm";

export interface SurveyFlowProps {
  locale: Locale;
  version: string;
  /** The device draft's key (lib/survey/draft.ts): the same across text versions. */
  scope: string;
  def: LocalisedQuestionnaire;
  ui: RespondentUi;
  action: (state: FlowState, form: FormData) => Promise<FlowState>;
  initial: FlowState;
  /**
   * The staff preview (/admin/questionnaire/preview/<locale>): links stay inside it, and
   * nothing is kept on the device or sent.
   */
  previewBase?: string;
}

export function SurveyFlow({ locale, version, scope, def, ui, action, initial, previewBase }: SurveyFlowProps) {
  const [state, formAction] = useActionState(action, initial);
  const mono = useMemo(() => monolingual(def), [def]);
  const common = { locale, version, scope, def, mono, ui, state, formAction, previewBase };
  if (state.view.kind === "check") return <ReviewAnswers key="check" {...common} />;
  if (state.view.kind === "step") return <StepForm key={viewValue(state.view)} step={state.view.step} {...common} />;
  return null;
}
