"use client";
// The check-your-answers page and the submission, as a real HTML form. Without the
// script it shows the answers carried by the form posts: "Change" posts back to that part
// (which then returns here), and "Send" posts the answers with a response id made on the
// server, through the same idempotent submission path as the API. With the script it
// shows the device draft, "Change" opens the part with ?return=check, and sending goes
// through sendResponse (lib/survey/send.ts), the seam the offline outbox wraps.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { format } from "@/lib/i18n/format";
import type { RespondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";
import { isShown } from "@/lib/questionnaire/routing";
import type { Answers, Questionnaire } from "@/lib/questionnaire/types";
import { cleanAnswers } from "@/lib/survey/answers";
import { announceDeviceChange, draftVersion, loadDraft, newDraft, saveDraft, type Draft } from "@/lib/survey/draft";
import { fieldId } from "@/lib/survey/fields";
import { carriedJson, FIELD, type FlowState } from "@/lib/survey/flow";
import { quickUnfinishedSteps } from "@/lib/survey/quick-unfinished";
import type { LocalisedQuestionnaire } from "@/lib/survey/monolingual";
import { sendOrQueue } from "@/lib/survey/outbox";
import type { SendOutcome } from "@/lib/survey/send";
import { CHECK_PATH, itemsOfStep, questionSteps, stepHref, type Step } from "@/lib/survey/steps";
import { answerLines } from "./answerText";
import { SubmissionStatus } from "./SubmissionStatus";
import { CodeAtCheck } from "@/components/invitation-code/CodeAtCheck";
import type { LocalisedItem } from "./items/types";

type SendState = { kind: "idle" } | { kind: "sending" } | { kind: "failed"; outcome: Exclude<SendOutcome, "sent"> };

function stepTitle(def: LocalisedQuestionnaire, ui: RespondentUi, step: Step): string {
  return step === "screening" ? ui.screeningTitle : `${format(ui.partOf, { n: step + 1, total: def.parts.length })}. ${def.parts[step]?.title ?? ""}`;
}

export interface ReviewAnswersProps {
  locale: Locale;
  version: string;
  scope: string;
  def: LocalisedQuestionnaire;
  mono: Questionnaire;
  ui: RespondentUi;
  state: FlowState;
  formAction: (form: FormData) => void;
  /** The staff preview: links stay inside it, nothing is kept on the device, nothing is sent. */
  previewBase?: string;
}

export function ReviewAnswers({ locale, version, scope, def, mono, ui, state, formAction, previewBase }: ReviewAnswersProps) {
  const router = useRouter();
  const posted = state.attempt > 0;
  /** The device draft once the script runs (null: none); undefined in the server HTML. */
  const [draft, setDraft] = useState<Draft | null | undefined>(undefined);
  const [send, setSend] = useState<SendState>({ kind: "idle" });
  const sending = useRef(false);

  useEffect(() => {
    let stored = previewBase ? null : (loadDraft(scope) ?? null);
    if (posted && Object.keys(state.answers).length > 0) {
      // Read back from the no-JS cookie, the answers only fill what the device draft lacks.
      const answers = state.carriedBy === "cookie" ? { ...state.answers, ...(stored?.answers ?? {}) } : { ...state.answers };
      stored = { ...(stored ?? newDraft(CHECK_PATH, state.version ?? version)), answers };
    }
    if (stored && stored.lastPath !== CHECK_PATH) stored = { ...stored, lastPath: CHECK_PATH };
    if (stored && !previewBase) saveDraft(scope, stored);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the device once, after hydration
    setDraft(stored);
  }, [version, scope, posted, state.answers, state.carriedBy, state.version, previewBase]);

  const enhanced = draft !== undefined;
  const answers: Answers = draft ? cleanAnswers(mono, draft.answers) : state.answers;
  const unfinished = quickUnfinishedSteps(mono, answers, locale);
  const empty = Object.keys(answers).length === 0;
  const responseId = draft?.id ?? state.responseId ?? "";

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    if (!enhanced) return; // the script is not in charge yet: let the form post
    event.preventDefault();
    const intent = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value ?? "";
    const change = /^change:(screening|\d+)(?::(.+))?$/.exec(intent);
    if (change) {
      const step: Step = change[1] === "screening" ? "screening" : Number(change[1]);
      const target = previewBase ? `${previewBase}/${step === "screening" ? "screening" : `part-${step + 1}`}` : stepHref(locale, step);
      router.push(`${target}?return=check${change[2] ? `#${change[2]}` : ""}`);
      return;
    }
    if (previewBase) return; // a preview sends nothing
    if (intent === "new" && draft) {
      // Same answers under a fresh id: the earlier response under the old id stays as sent.
      const fresh = { ...newDraft(CHECK_PATH, draftVersion(draft, version)), answers: draft.answers };
      saveDraft(scope, fresh);
      announceDeviceChange();
      setDraft(fresh);
      setSend({ kind: "idle" });
      return;
    }
    if (intent !== "submit" || !draft || sending.current || unfinished.length > 0) return;
    sending.current = true;
    setSend({ kind: "sending" });
    // Offline, the response waits in the device outbox and goes when the connection returns.
    const outcome = await sendOrQueue(draftVersion(draft, version), locale, draft.id, answers, scope);
    if (outcome === "sent") {
      router.replace(`/${locale}/thanks`);
      return;
    }
    if (outcome === "queued") {
      sending.current = false;
      setSend({ kind: "idle" });
      return;
    }
    sending.current = false;
    setSend({ kind: "failed", outcome });
  };

  const notice = send.kind === "failed" ? send.outcome : state.notice;
  const noticeText =
    notice === undefined || notice === "invitation"
      ? undefined
      : notice === "closed"
        ? ui.closedError
        : notice === "conflict"
          ? ui.conflictError
          : notice === "rateLimited"
            ? ui.rateLimitedError
            : notice === "network"
              ? ui.networkError
              : ui.serverError;

  return (
    <>
      <h1>{ui.checkHeading}</h1>
      {!enhanced && !posted ? (
        <noscript>
          <p>{ui.checkNoAnswers}</p>
          <p>
            <a className="button" href={previewBase ? `${previewBase}/start` : `/${locale}`}>
              {ui.startButton}
            </a>
          </p>
        </noscript>
      ) : empty ? (
        <>
          <p>{ui.checkNoAnswers}</p>
          <p>
            <a className="button" href={previewBase ? `${previewBase}/start` : `/${locale}`}>
              {ui.startButton}
            </a>
          </p>
        </>
      ) : (
        <form action={formAction} onSubmit={onSubmit}>
          <input type="hidden" name={FIELD.view} value="check" />
          <input type="hidden" name={FIELD.answers} value={carriedJson(state.answers)} />
          <input type="hidden" name={FIELD.id} value={responseId} />
          <input type="hidden" name={FIELD.version} value={state.version ?? version} />
          {state.carriedBy === "form" ? <p className="notice">{ui.answersNotKept}</p> : null}
          {state.started ? <input type="hidden" name={FIELD.started} value={state.started} /> : null}
          {unfinished.length > 0 ? (
            <div className="error-summary" role="alert" aria-labelledby="unfinished-title">
              <h2 className="error-summary__title" id="unfinished-title">
                {ui.checkUnfinished}
              </h2>
              <ul className="error-summary__list">
                {unfinished.map((step) => (
                  <li key={String(step)}>
                    <button type="submit" className="link-button" name={FIELD.intent} value={`change:${String(step)}`}>
                      {stepTitle(def, ui, step)}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p className="lead">{ui.checkIntro}</p>
          {questionSteps(def).map((step) => (
            <StepAnswers key={String(step)} step={step} def={def} answers={answers} ui={ui} />
          ))}
          {unfinished.length === 0 ? (
            <>
              <h2>{ui.submitHeading}</h2>
              <p>{ui.submitText}</p>
              {noticeText ? (
                <div className="notice notice--error" role="alert">
                  <p>{noticeText}</p>
                </div>
              ) : null}
              {notice === "invitation" ? <CodeAtCheck locale={locale} ui={ui.invitation} problem={(send.kind === "failed" ? undefined : state.invitation) ?? "missing"} enhanced={enhanced} /> : null}
              <p className="visually-hidden" role="status">
                {send.kind === "sending" ? ui.submitting : ""}
              </p>
              <SubmissionStatus locale={locale} scope={scope} messages={ui.outbox} />
              <div className="button-row">
                {notice === "conflict" && enhanced ? (
                  <button type="submit" className="button" name={FIELD.intent} value="new">
                    {ui.startNewButton}
                  </button>
                ) : (
                  <button type="submit" className="button" name={FIELD.intent} value="submit" aria-disabled={send.kind === "sending" || undefined}>
                    {send.kind === "sending" ? ui.submitting : notice === "network" || notice === "server" ? ui.retryButton : ui.submitButton}
                  </button>
                )}
              </div>
            </>
          ) : null}
        </form>
      )}
    </>
  );
}

/** "Q9" → "9", "Q32–Q36" → "32–36": the number as a person says it (the code stays visible). */
function spokenNumber(number: string): string {
  return number.replace(/\bQ(?=\d)/g, "");
}

function StepAnswers({ step, def, answers, ui }: { step: Step; def: LocalisedQuestionnaire; answers: Answers; ui: RespondentUi }) {
  const items = itemsOfStep<LocalisedItem>(def, step).filter((item) => isShown(item, answers));
  return (
    <section className="check-section" aria-labelledby={`check-${String(step)}`}>
      <h2 id={`check-${String(step)}`}>{stepTitle(def, ui, step)}</h2>
      <dl className="summary-list">
        {items.map((item) => {
          const lines = answerLines(item, answers);
          const first = item.kind === "rating" ? (item.subItems?.[0]?.variable ?? item.variable) : item.kind === "matrix" ? (item.rows[0]?.variable ?? item.variable) : item.variable;
          const number = item.kind === "matrix" && item.rowsAreQuestions ? `${item.rows[0]?.variable}–${item.rows[item.rows.length - 1]?.variable}` : item.variable;
          return (
            <div className="summary-list__row" key={item.variable}>
              <dt className="summary-list__key">
                <span className="question__number">{number}.</span> {item.text}
              </dt>
              <dd className="summary-list__value">
                {lines.length === 1 && lines[0]?.label === undefined ? (
                  (lines[0]?.value ?? <span className="muted">{ui.notAnswered}</span>)
                ) : (
                  <ul className="plain-list">
                    {lines.map((line, index) => (
                      <li key={index}>
                        {line.label ? `${line.label}: ` : ""}
                        {line.value ?? <span className="muted">{ui.notAnswered}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
              <dd className="summary-list__actions">
                <button type="submit" className="link-button" name={FIELD.intent} value={`change:${String(step)}:${fieldId(first)}`}>
                  <span aria-hidden="true">{ui.change}</span>
                  <span className="visually-hidden">{format(ui.changeAnswerTo, { number: spokenNumber(number), text: item.text })}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
