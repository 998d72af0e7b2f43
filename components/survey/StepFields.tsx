// The fields of a question page's form: the flow's hidden fields and the part's items. A
// server component on every page load, so no item's code ships or hydrates; what the
// script adds it sets on this markup (lib/survey/enhance/step-dom.ts). The browser renders
// it only in the rare no-JavaScript fallback, when the answers no longer fit the cookie
// and the action's next part is rendered in place (StepForm loads it then, on demand).
import type { RespondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";
import { isShown } from "@/lib/questionnaire/routing";
import { messagesByVariable } from "@/lib/survey/fields";
import { carriedJson, FIELD, viewValue, type FlowState } from "@/lib/survey/flow";
import type { LocalisedQuestionnaire } from "@/lib/survey/monolingual";
import { itemsOfStep, type Step } from "@/lib/survey/steps";
import { ItemView } from "./ItemView";
import type { LocalisedItem } from "./items/types";

export interface StepFieldsProps {
  locale: Locale;
  version: string;
  def: LocalisedQuestionnaire;
  ui: RespondentUi;
  step: Step;
  state: FlowState;
}

export function StepFields({ locale, version, def, ui, step, state }: StepFieldsProps) {
  const errors = messagesByVariable(state.errors);
  // Known on the server only after a post (or from the cookie): the other parts' answers
  // decide which questions are asked. Otherwise every question is rendered and the script
  // hides those the device draft's answers skip.
  const routing = state.attempt > 0 ? state.answers : undefined;
  const items = itemsOfStep<LocalisedItem>(def, step).filter((item) => routing === undefined || isShown(item, routing));
  return (
    <>
      <input type="hidden" name={FIELD.view} value={viewValue({ kind: "step", step })} />
      <input type="hidden" name={FIELD.answers} value={carriedJson(state.answers)} />
      <input type="hidden" name={FIELD.returnTo} value={state.returnToCheck ? "check" : ""} />
      <input type="hidden" name={FIELD.version} value={state.version ?? version} />
      {state.started ? <input type="hidden" name={FIELD.started} value={state.started} /> : null}
      {items.map((item) => (
        <ItemView key={item.variable} item={item} locale={locale} ui={ui} initial={state.values} errors={errors} />
      ))}
    </>
  );
}
