// The respondent's check-your-answers page, as static server markup (decision 018): a real
// HTML form that works without JavaScript — "Change" posts back to that part (which then
// returns here) and "Send" posts the answers with a response id made on the server, through
// the same idempotent submission path as the API. Everything the page can show is in the
// markup: the rows of every item (the ones the answers skip hidden), the parts still to
// finish, the notices of a failed send. The check page's enhancement module
// (lib/survey/enhance/check-page.ts) fills them from the device draft, sends through the
// outbox, and shows what this markup holds hidden.
import type { RespondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";
import { carriedJson, FIELD, type FlowState } from "@/lib/survey/flow";
import type { LocalisedQuestionnaire } from "@/lib/survey/monolingual";
import { SEND_NOTICES, sendNoticeText } from "@/lib/survey/review";
import type { Step } from "@/lib/survey/steps";
import { CodeAtCheck } from "@/components/invitation-code/CodeAtCheck";
import { ReviewSections } from "./ReviewSections";
import { UnfinishedParts } from "./UnfinishedParts";

export interface CheckAnswersProps {
  locale: Locale;
  version: string;
  def: LocalisedQuestionnaire;
  ui: RespondentUi;
  state: FlowState;
  /** The steps the answers leave unfinished (the server's own rules). */
  unfinished: Step[];
  /** Where the form posts (the page's own address). */
  action: string;
}

export function CheckAnswers({ locale, version, def, ui, state, unfinished, action }: CheckAnswersProps) {
  const empty = Object.keys(state.answers).length === 0;
  const notice = state.notice;
  return (
    <>
      <h1>{ui.checkHeading}</h1>
      <div data-check-empty="" hidden={!empty}>
        <p>{ui.checkNoAnswers}</p>
        <p>
          <a className="button" href={`/${locale}`}>
            {ui.startButton}
          </a>
        </p>
      </div>
      <form action={action} method="post" data-check-form="" hidden={empty}>
        <input type="hidden" name={FIELD.view} value="check" />
        <input type="hidden" name={FIELD.answers} value={carriedJson(state.answers)} />
        <input type="hidden" name={FIELD.id} value={state.responseId ?? ""} />
        <input type="hidden" name={FIELD.version} value={state.version ?? version} />
        {state.carriedBy === "form" ? <p className="notice">{ui.answersNotKept}</p> : null}
        {state.started ? <input type="hidden" name={FIELD.started} value={state.started} /> : null}
        <UnfinishedParts def={def} ui={ui} unfinished={unfinished} />
        <p className="lead">{ui.checkIntro}</p>
        <ReviewSections def={def} answers={state.answers} ui={ui} everyItem />
        <div data-submit-section="" hidden={unfinished.length > 0}>
          <h2>{ui.submitHeading}</h2>
          <p>{ui.submitText}</p>
          {SEND_NOTICES.map((kind) => (
            <div key={kind} className="notice notice--error" role="alert" data-send-notice={kind} hidden={notice !== kind}>
              <p>{sendNoticeText(ui, kind)}</p>
            </div>
          ))}
          {/* Without JavaScript the answers travel in this form: a field for the code. */}
          {notice === "invitation" ? <CodeAtCheck locale={locale} ui={ui.invitation} problem={state.invitation ?? "missing"} enhanced={false} /> : null}
          {/* With it, the draft stays on the device and the code is entered on the start page. */}
          {/* (a template: inert, and not a second copy of the notice on the page until used) */}
          <template data-send-notice-template="invitation">
            <div data-send-notice="invitation">
              <CodeAtCheck locale={locale} ui={ui.invitation} problem="missing" enhanced />
            </div>
          </template>
          <p className="visually-hidden" role="status" data-sending=""></p>
          {/* The outbox's word (the module writes it): waiting on the device, then sent. */}
          <div role="status" aria-live="polite" data-outbox-status=""></div>
          <div className="button-row">
            <button type="submit" className="button" name={FIELD.intent} value="new" hidden>
              {ui.startNewButton}
            </button>
            <button type="submit" className="button" name={FIELD.intent} value="submit">
              {notice === "server" ? ui.retryButton : ui.submitButton}
            </button>
          </div>
        </div>
      </form>
    </>
  );
}
