"use client";
// The check-your-answers view of the staff questionnaire preview
// (/admin/questionnaire/preview/<locale>/check). The respondents' check page is static server
// markup (CheckAnswers.tsx, decision 018) with its own enhancement module; the preview keeps
// the framework's frame and shows the answers its action carries: "Change" opens that part
// inside the preview, and "Send" sends nothing (a preview stores nothing, here or on the device).
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import type { RespondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";
import type { Questionnaire } from "@/lib/questionnaire/types";
import { carriedJson, FIELD, type FlowState } from "@/lib/survey/flow";
import { quickUnfinishedSteps } from "@/lib/survey/quick-unfinished";
import type { LocalisedQuestionnaire } from "@/lib/survey/monolingual";
import { parseChange } from "@/lib/survey/review";
import { ReviewSections } from "./ReviewSections";
import { UnfinishedParts } from "./UnfinishedParts";

export interface ReviewAnswersProps {
  locale: Locale;
  version: string;
  scope: string;
  def: LocalisedQuestionnaire;
  mono: Questionnaire;
  ui: RespondentUi;
  state: FlowState;
  /** The preview's server action. */
  formAction: string | ((form: FormData) => void);
  /** Where the preview's pages are: links stay inside it. */
  previewBase?: string;
}

export function ReviewAnswers({ locale, version, def, mono, ui, state, formAction, previewBase }: ReviewAnswersProps) {
  const router = useRouter();
  const answers = state.answers;
  const unfinished = quickUnfinishedSteps(mono, answers, locale);
  const empty = Object.keys(answers).length === 0;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const intent = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value ?? "";
    const change = parseChange(intent);
    if (!change || !previewBase) return;
    event.preventDefault();
    const { step, field } = change;
    router.push(`${previewBase}/${step === "screening" ? "screening" : `part-${step + 1}`}?return=check${field ? `#${field}` : ""}`);
  };

  return (
    <>
      <h1>{ui.checkHeading}</h1>
      {empty ? (
        <>
          <p>{ui.checkNoAnswers}</p>
          <p>
            <a className="button" href={previewBase ? `${previewBase}/start` : `/${locale}`}>
              {ui.startButton}
            </a>
          </p>
        </>
      ) : (
        <form action={formAction} method={typeof formAction === "string" ? "post" : undefined} onSubmit={onSubmit}>
          <input type="hidden" name={FIELD.view} value="check" />
          <input type="hidden" name={FIELD.answers} value={carriedJson(answers)} />
          <input type="hidden" name={FIELD.version} value={state.version ?? version} />
          <UnfinishedParts def={def} ui={ui} unfinished={unfinished} />
          <p className="lead">{ui.checkIntro}</p>
          <ReviewSections def={def} answers={answers} ui={ui} />
          {unfinished.length === 0 ? (
            <>
              <h2>{ui.submitHeading}</h2>
              <p>{ui.submitText}</p>
              <div className="button-row">
                <button type="submit" className="button" name={FIELD.intent} value="submit">
                  {ui.submitButton}
                </button>
              </div>
            </>
          ) : null}
        </form>
      )}
    </>
  );
}
