// The check page's list of parts still to finish, each a "Change" button that posts back to
// that part. Every part is in the markup, hidden while finished, so the check page's module
// (lib/survey/enhance/check-page.ts) shows and hides them as the device's answers say.
import type { RespondentUi } from "@/lib/i18n/respondent";
import { FIELD } from "@/lib/survey/flow";
import type { LocalisedQuestionnaire } from "@/lib/survey/monolingual";
import { stepTitle } from "@/lib/survey/review";
import { questionSteps, type Step } from "@/lib/survey/steps";

export function UnfinishedParts({ def, ui, unfinished }: { def: LocalisedQuestionnaire; ui: RespondentUi; unfinished: Step[] }) {
  return (
    <div className="error-summary" role="alert" aria-labelledby="unfinished-title" data-unfinished="" hidden={unfinished.length === 0}>
      <h2 className="error-summary__title" id="unfinished-title">
        {ui.checkUnfinished}
      </h2>
      <ul className="error-summary__list">
        {questionSteps(def).map((step) => (
          <li key={String(step)} data-step={String(step)} hidden={!unfinished.includes(step)}>
            <button type="submit" className="link-button" name={FIELD.intent} value={`change:${String(step)}`}>
              {stepTitle(def, ui, step)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
