// The respondent form of a question page or the check page. useActionState ties the page
// to the respondent server action so that, without JavaScript, a post renders the view the
// server decided (the next part, the same part with its errors, the check page) in place
// when the answers no longer fit the cookie; otherwise the action redirects, and with
// JavaScript the views navigate on their own and never post until the final send.
// Each page's first-load script carries only the view it opens with: StepFlow (question
// pages) and CheckFlow (the check page) are the two entries, each loading the other view
// only if the action renders it in place (with no Suspense boundary of its own, so that
// without JavaScript the server still sends that view in the page, not behind a script).
import { useActionState, useMemo, type ComponentType, type ReactNode } from "react";
import type { RespondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";
import { viewValue, type FlowState } from "@/lib/survey/flow";
import { monolingual, type LocalisedQuestionnaire } from "@/lib/survey/monolingual";
import type { ReviewAnswersProps } from "./ReviewAnswers";
import type { StepFormProps } from "./StepForm";

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
  /** The first view's form fields, rendered on the server (StepFields) for `initial`. */
  fields?: ReactNode;
}

export interface FlowViews {
  Step: ComponentType<StepFormProps>;
  Check: ComponentType<ReviewAnswersProps>;
}

/** The flow component of one entry, given how it reaches the two views. */
export function surveyFlow({ Step, Check }: FlowViews) {
  return function SurveyFlow({ locale, version, scope, def, ui, action, initial, previewBase, fields }: SurveyFlowProps) {
    const [state, formAction] = useActionState(action, initial);
    const mono = useMemo(() => monolingual(def), [def]);
    const common = { locale, version, scope, def, mono, ui, state, formAction, previewBase };
    if (state.view.kind === "check") return <Check key="check" {...common} />;
    // The server rendered the fields of the page's own state; a state the action returned
    // in place (the no-JavaScript fallback) has its fields rendered in the browser.
    if (state.view.kind === "step") return <Step key={viewValue(state.view)} step={state.view.step} {...common} fields={state === initial ? fields : undefined} />;
    return null;
  };
}
