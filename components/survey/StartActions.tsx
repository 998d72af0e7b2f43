"use client";
// The start page's only interactive part: start, continue where you left off, start
// again, or — on a device that has already sent a response — start a new one.
import { useRouter } from "next/navigation";
import type { MouseEvent } from "react";

import type { RespondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";
import { announceDeviceChange, clearDraft, forgetSubmitted, hasAnswers, newDraft, saveDraft, type Draft } from "@/lib/survey/draft";
import { useDeviceState } from "./useDeviceState";
import { assertNever } from "@/lib/questionnaire/assert-never";

type Situation = { kind: "loading" } | { kind: "fresh" } | { kind: "draft"; draft: Draft } | { kind: "submitted" };

/** `scope` keys the device draft (the same across text versions); a new draft records `version`. */
export function StartActions({ locale, version, scope, firstPath, ui }: { locale: Locale; version: string; scope: string; firstPath: string; ui: RespondentUi }) {
  const router = useRouter();
  const device = useDeviceState(scope);
  const situation: Situation =
    device === undefined
      ? { kind: "loading" }
      : device.draft && hasAnswers(device.draft)
        ? { kind: "draft", draft: device.draft }
        : device.submitted
          ? { kind: "submitted" }
          : { kind: "fresh" };

  const start = (event?: MouseEvent) => {
    event?.preventDefault();
    // A new response: a new id, no answers. Starting again discards the old draft.
    clearDraft(scope);
    forgetSubmitted(scope);
    saveDraft(scope, newDraft(firstPath, version));
    announceDeviceChange();
    router.push(`/${locale}${firstPath}`);
  };

  switch (situation.kind) {
    case "loading":
    case "fresh":
      return (
        <div className="button-row">
          {/* A plain link in the server HTML: the survey starts without JavaScript too. */}
          <a className="button button--start" href={`/${locale}${firstPath}`} onClick={start} draggable={false}>
            {ui.startButton}
          </a>
        </div>
      );
    case "draft":
      return (
        <section className="panel" aria-labelledby="continue-heading">
          <h2 id="continue-heading">{ui.continueHeading}</h2>
          <p>{ui.continueText}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => router.push(`/${locale}${situation.draft.lastPath}`)}>
              {ui.continueButton}
            </button>
            <button type="button" className="button button--secondary" onClick={() => start()}>
              {ui.startAgainButton}
            </button>
          </div>
        </section>
      );
    case "submitted":
      return (
        <section className="panel" aria-labelledby="done-heading">
          <h2 id="done-heading">{ui.alreadyDoneHeading}</h2>
          <p>{ui.alreadyDoneText}</p>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => start()}>
              {ui.startNewButton}
            </button>
          </div>
        </section>
      );
    default:
      return assertNever(situation);
  }
}
