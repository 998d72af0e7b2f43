// The alternative of decision 014, measured beside the pages and not shipped: a question
// page's server HTML with no framework script at all, only this enhancement module
// (bundled by esbuild in bench/lighthouse.ts). It attaches to the same markup with the same
// framework-free DOM code the React frame uses (lib/survey/enhance/): the device draft,
// block letters, exclusive options, "choose up to" counters and limits, the "Other" box,
// the skipped questions, and the per-part check with its inline errors on Continue.
// Its configuration is a JSON script in the page: { locale, scope, version, step, chosenCount, def }.
import type { Locale } from "@/lib/questionnaire/locale";
import type { Answers, Questionnaire } from "@/lib/questionnaire/types";
import { compactAnswers } from "@/lib/survey/answers";
import { loadDraft, newDraft, saveDraft } from "@/lib/survey/draft";
import { blockLettersOnInput } from "@/lib/survey/enhance/block-letters";
import { applyChoices, applyExclusive, applyInlineErrors, applyRouting } from "@/lib/survey/enhance/step-dom";
import { messagesByVariable } from "@/lib/survey/fields";
import { readItems } from "@/lib/survey/form-data";
import { quickCheckStep } from "@/lib/survey/quick-check";
import { itemsOfStep, stepPath, type Step } from "@/lib/survey/steps";

interface Config {
  locale: Locale;
  scope: string;
  version: string;
  step: Step;
  chosenCount: string;
  def: Questionnaire;
}

const config = JSON.parse(document.getElementById("tyndau-step")?.textContent ?? "null") as Config | null;
const form = document.querySelector<HTMLFormElement>("main form");
if (config && form) {
  const { locale, scope, version, step, chosenCount, def } = config;
  const items = itemsOfStep(def, step);
  const draft = loadDraft(scope) ?? newDraft(stepPath(step), version);
  const answers = () => compactAnswers(draft.answers) as Answers;
  applyRouting(form, items, answers());
  const read = () => readItems(items, new FormData(form));
  applyChoices(form, items, read(), chosenCount);
  performance.mark("tyndau:enhanced");
  form.addEventListener("input", (event) => blockLettersOnInput(event.target, (event as InputEvent).isComposing, locale));
  form.addEventListener("compositionend", (event) => blockLettersOnInput(event.target, false, locale));
  form.addEventListener("change", (event) => {
    applyExclusive(form, items, event.target);
    const values = read();
    applyChoices(form, items, values, chosenCount);
    draft.answers = { ...draft.answers, ...compactAnswers(values) };
    saveDraft(scope, draft);
  });
  form.addEventListener("submit", (event) => {
    const problems = quickCheckStep(def, locale, step, answers(), read());
    if (problems.length === 0) return;
    event.preventDefault();
    applyInlineErrors(form, messagesByVariable(problems));
  });
}
