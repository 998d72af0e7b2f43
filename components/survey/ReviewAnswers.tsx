"use client";
// The check-your-answers page and the submission. Every answer is listed by part with a
// "Change" link; sending is idempotent (the draft's id is the key), the button cannot
// fire twice, and a failed send keeps the draft and offers to try again.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { format, type RespondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";
import { isShown } from "@/lib/questionnaire/routing";
import { findItem } from "@/lib/questionnaire/structure";
import { validateSubmission } from "@/lib/questionnaire/validate";
import { cleanAnswers } from "@/lib/survey/answers";
import { announceDeviceChange, clearDraft, loadDraft, markSubmitted, newDraft, saveDraft, type Draft } from "@/lib/survey/draft";
import { fieldId } from "@/lib/survey/fields";
import { monolingual, type LocalisedQuestionnaire } from "@/lib/survey/monolingual";
import { CHECK_PATH, itemsOfStep, questionSteps, stepHref, type Step } from "@/lib/survey/steps";
import { answerLines } from "./answerText";
import { ErrorSummary, type SummaryError } from "./ErrorSummary";
import { useDeviceState } from "./useDeviceState";
import type { LocalisedItem } from "./items/types";

type SendState =
  | { kind: "idle" }
  | { kind: "sending" }
  | { kind: "failed"; message: string; retry: boolean; newResponse?: boolean }
  | { kind: "rejected"; errors: SummaryError[] };

export function ReviewAnswers({ locale, version, def, ui }: { locale: Locale; version: string; def: LocalisedQuestionnaire; ui: RespondentUi }) {
  const router = useRouter();
  const validationDef = useMemo(() => monolingual(def), [def]);
  const device = useDeviceState(version);
  const draft: Draft | null | undefined = device === undefined ? undefined : (device.draft ?? null);
  const [send, setSend] = useState<SendState>({ kind: "idle" });
  const [focusKey, setFocusKey] = useState(0);
  const sending = useRef(false);

  // Remember this page as where the respondent left off.
  const draftId = draft?.id;
  useEffect(() => {
    const stored = loadDraft(version);
    if (stored && stored.lastPath !== CHECK_PATH) saveDraft(version, { ...stored, lastPath: CHECK_PATH });
  }, [version, draftId]);

  if (draft === undefined) return <p role="status">{ui.loading}</p>;
  if (draft === null) {
    return (
      <>
        <h1>{ui.checkHeading}</h1>
        <p>
          <Link className="button" href={`/${locale}`}>
            {ui.startButton}
          </Link>
        </p>
      </>
    );
  }

  const answers = cleanAnswers(validationDef, draft.answers);
  const verdict = validateSubmission(validationDef, answers, locale);
  const stepOf = (variable: string): Step => findItem(validationDef, variable)?.partIndex ?? "screening";
  const incomplete: SummaryError[] = verdict.ok
    ? []
    : verdict.errors.map((e) => ({ targetId: fieldId(e.variable), message: e.message, href: `${stepHref(locale, stepOf(e.variable))}#${fieldId(e.variable)}` }));
  const summary = send.kind === "rejected" ? send.errors : incomplete;

  const submit = async () => {
    if (sending.current) return;
    if (!verdict.ok) {
      setFocusKey((k) => k + 1);
      return;
    }
    sending.current = true;
    setSend({ kind: "sending" });
    let succeeded = false;
    try {
      const response = await fetch("/api/responses", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ id: draft.id, questionnaireVersion: version, locale, answers }),
      });
      if (response.status === 201 || response.status === 200) {
        succeeded = true;
        markSubmitted(version, draft.id);
        clearDraft(version);
        router.replace(`/${locale}/thanks`);
        return;
      }
      if (response.status === 400) {
        const body = (await response.json().catch(() => ({}))) as { errors?: { variable: string; message: string }[] };
        const errors = (body.errors ?? []).map((e) => ({
          targetId: fieldId(e.variable),
          message: e.message,
          href: e.variable ? `${stepHref(locale, stepOf(e.variable))}#${fieldId(e.variable)}` : `/${locale}`,
        }));
        setSend({ kind: "rejected", errors });
        setFocusKey((k) => k + 1);
      } else if (response.status === 403) {
        setSend({ kind: "failed", message: ui.closedError, retry: false });
      } else if (response.status === 409) {
        setSend({ kind: "failed", message: ui.conflictError, retry: false, newResponse: true });
      } else {
        setSend({ kind: "failed", message: ui.serverError, retry: true });
      }
    } catch {
      setSend({ kind: "failed", message: ui.networkError, retry: true });
    } finally {
      if (!succeeded) sending.current = false;
    }
  };

  const startNewResponse = () => {
    // Same answers under a fresh id: the earlier response under the old id stays as sent.
    const fresh = { ...newDraft(CHECK_PATH), answers: draft.answers };
    saveDraft(version, fresh);
    announceDeviceChange();
    setSend({ kind: "idle" });
  };

  return (
    <>
      <ErrorSummary title={ui.errorSummaryTitle} errors={summary} focusKey={focusKey} />
      <h1>{ui.checkHeading}</h1>
      <p className="lead">{ui.checkIntro}</p>
      {questionSteps(def).map((step) => (
        <StepAnswers key={String(step)} step={step} def={def} answers={answers} locale={locale} ui={ui} />
      ))}
      <h2>{ui.submitHeading}</h2>
      <p>{ui.submitText}</p>
      {send.kind === "failed" ? (
        <div className="notice notice--error" role="alert">
          <p>{send.message}</p>
        </div>
      ) : null}
      <p className="visually-hidden" role="status">
        {send.kind === "sending" ? ui.submitting : ""}
      </p>
      <div className="button-row">
        {send.kind === "failed" && send.newResponse ? (
          <button type="button" className="button" onClick={startNewResponse}>
            {ui.startNewButton}
          </button>
        ) : (
          <button type="button" className="button" onClick={submit} aria-disabled={send.kind === "sending" || undefined}>
            {send.kind === "sending" ? ui.submitting : send.kind === "failed" && send.retry ? ui.retryButton : ui.submitButton}
          </button>
        )}
      </div>
    </>
  );
}

function StepAnswers({ step, def, answers, locale, ui }: { step: Step; def: LocalisedQuestionnaire; answers: ReturnType<typeof cleanAnswers>; locale: Locale; ui: RespondentUi }) {
  const title = step === "screening" ? ui.screeningTitle : `${format(ui.partOf, { n: step + 1, total: def.parts.length })}. ${def.parts[step]?.title ?? ""}`;
  const items = itemsOfStep<LocalisedItem>(def, step).filter((item) => isShown(item, answers));
  return (
    <section className="check-section" aria-labelledby={`check-${String(step)}`}>
      <h2 id={`check-${String(step)}`}>{title}</h2>
      <dl className="summary-list">
        {items.map((item) => {
          const lines = answerLines(item, answers);
          const first = item.kind === "rating" ? (item.subItems?.[0]?.variable ?? item.variable) : item.kind === "matrix" ? (item.rows[0]?.variable ?? item.variable) : item.variable;
          return (
            <div className="summary-list__row" key={item.variable}>
              <dt className="summary-list__key">
                <span className="question__number">{item.kind === "matrix" && item.rowsAreQuestions ? `${item.rows[0]?.variable}–${item.rows[item.rows.length - 1]?.variable}` : item.variable}.</span> {item.text}
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
                <a href={`${stepHref(locale, step)}#${fieldId(first)}`}>
                  {ui.change}
                  <span className="visually-hidden"> {item.variable}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
