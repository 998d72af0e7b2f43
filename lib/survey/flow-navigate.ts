// One step of the no-JS flow's navigation, shared by the respondent action and the staff
// preview: read the posted page, check it, and answer Next, Back or a check page's
// "Change". What happens on the check page itself (sending, or in a preview not sending)
// is the caller's.
import type { Answers, Locale, Questionnaire } from "@/lib/questionnaire/types";
import { isVersionKey } from "@/lib/questionnaire/version";
import { FIELD, initialState, nextView, parseView, previousView, stepValues, type FlowState, type FlowView } from "./flow";
import { checkStep, readCarried, readStep } from "./flow-server";

export type Navigation =
  /** The page to show next. */
  | { kind: "state"; state: FlowState }
  /** Back from the first question page: to the start page. */
  | { kind: "start" }
  /** A post from the check page that is not a "Change". */
  | { kind: "check"; base: Omit<FlowState, "view">; view: FlowView; answers: Answers; intent: string };

const CHANGE = /^change:(screening|\d{1,2})(?::[\w-]+)?$/;

export function navigate(
  def: Questionnaire,
  locale: Locale,
  previous: FlowState | undefined,
  form: FormData,
  checkResponseId: () => string,
): Navigation {
  const view = parseView(def, form.get(FIELD.view));
  const answers = readCarried(def, locale, form.get(FIELD.answers));
  const returnToCheck = form.get(FIELD.returnTo) === "check";
  const intent = String(form.get(FIELD.intent) ?? "next");
  const attempt = (typeof previous?.attempt === "number" ? previous.attempt : 0) + 1;
  // The started token travels untouched (it is sealed; only the submission opens it).
  const startedField = form.get(FIELD.started);
  const started = typeof startedField === "string" && startedField !== "" && startedField.length <= 200 ? { started: startedField } : {};
  // The version the respondent began under travels on (only its form is checked here;
  // whether it is still accepted is the submitter's to decide).
  const carried = form.get(FIELD.version);
  const version = isVersionKey(carried) ? carried : undefined;
  const base = { answers, errors: [], values: {}, returnToCheck: false, attempt, version, ...started };
  const withView = (state: Omit<FlowState, "view">, to: FlowView): FlowState => {
    if (to.kind === "step") return { ...state, view: to, values: stepValues(def, to.step, state.answers) };
    if (to.kind === "check") return { ...state, view: to, responseId: checkResponseId() };
    return { ...state, view: to };
  };

  if (!view) return { kind: "state", state: { ...initialState({ kind: "step", step: "screening" }), attempt, version, ...started } };

  if (view.kind === "step") {
    const values = readStep(def, view.step, form);
    const verdict = checkStep(def, locale, view.step, answers, values);
    if (intent === "back") {
      // Back keeps what validates on this page and does not insist on the rest.
      const kept = verdict.ok ? verdict.answers : answers;
      const to = previousView(def, view.step, returnToCheck);
      if (to.kind === "start") return { kind: "start" };
      return { kind: "state", state: withView({ ...base, answers: kept }, to) };
    }
    if (!verdict.ok) return { kind: "state", state: { ...base, view, values: verdict.values, errors: verdict.errors, returnToCheck } };
    return { kind: "state", state: withView({ ...base, answers: verdict.answers }, nextView(def, view.step, returnToCheck)) };
  }

  // The check page's "Change" links.
  const change = CHANGE.exec(intent);
  if (change) {
    const target = parseView(def, change[1]);
    if (target?.kind === "step") {
      return { kind: "state", state: { ...base, view: target, values: stepValues(def, target.step, answers), returnToCheck: true } };
    }
  }
  return { kind: "check", base, view, answers, intent };
}
