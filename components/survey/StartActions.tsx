// The start page's actions, as static server markup (decision 018): start; continue where
// you left off, or start again; or — on a device that has already sent a response — start a
// new one. Without JavaScript only "Start" shows, a plain link; the start page's
// enhancement module (lib/survey/enhance/start-page.ts) reads the device and shows the
// panel that fits it (the others stay hidden).
import type { RespondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";

/** What the device holds: no draft, a draft with answers, or a response already sent. */
export type StartSituation = "fresh" | "draft" | "submitted";

export function StartActions({ locale, firstPath, ui }: { locale: Locale; firstPath: string; ui: RespondentUi }) {
  return (
    <>
      <div className="button-row" data-start="fresh">
        <a className="button button--start" href={`/${locale}${firstPath}`} data-start-new="" draggable={false}>
          {ui.startButton}
        </a>
      </div>
      <section className="panel" aria-labelledby="continue-heading" data-start="draft" hidden>
        <h2 id="continue-heading">{ui.continueHeading}</h2>
        <p>{ui.continueText}</p>
        <div className="button-row">
          <button type="button" className="button" data-start-continue="">
            {ui.continueButton}
          </button>
          <button type="button" className="button button--secondary" data-start-new="">
            {ui.startAgainButton}
          </button>
        </div>
      </section>
      <section className="panel" aria-labelledby="done-heading" data-start="submitted" hidden>
        <h2 id="done-heading">{ui.alreadyDoneHeading}</h2>
        <p>{ui.alreadyDoneText}</p>
        <div className="button-row">
          <button type="button" className="button button--secondary" data-start-new="">
            {ui.startNewButton}
          </button>
        </div>
      </section>
    </>
  );
}
