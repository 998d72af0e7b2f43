// The enhancement module of a question page served without the framework runtime
// (docs/decisions/018-respondent-runtime.md). The page is a real
// HTML form that works without it: Continue and Back post, and the server answers with the
// next page's address (post/redirect/get). This module, bundled by esbuild into one small
// file (scripts/build-respondent-module.mjs), attaches to that markup by event delegation
// (GOV.UK Frontend's model) and adds what a script can:
//   - the device draft: the page's answers are merged with it once (an answer given before
//     the script arrived wins; blank fields are filled from it) and every change is saved;
//   - the live state: counters and limits, exclusive options, the Other box, the questions
//     the other parts' answers skip (lib/survey/enhance/step-dom.ts), block letters, the
//     progress;
//   - Continue checks the part with the server's own rules first, showing the error summary
//     and the inline errors without a round trip;
//   - offline, Continue and Back open the next page the service worker keeps instead of
//     posting, and the draft carries the answers to the check page;
//   - the service worker and the outbox (service-worker.ts, shared by every page's module).
import { format } from "@/lib/i18n/format";
import { answerKeysOf } from "@/lib/questionnaire/structure";
import type { Answers, Questionnaire } from "@/lib/questionnaire/types";
import { answeredShare, cleanAnswers, compactAnswers, type FormValues } from "@/lib/survey/answers";
import { loadDraft, newDraft, saveDraft, wasSubmitted, type Draft } from "@/lib/survey/draft";
import { fieldId, messagesByVariable } from "@/lib/survey/fields";
import { readItems } from "@/lib/survey/form-data";
import { carriedJson, FIELD } from "@/lib/survey/flow";
import { flushOutbox } from "@/lib/survey/outbox";
import { monolingual } from "@/lib/survey/monolingual";
import { quickCheckStep } from "@/lib/survey/quick-check";
import { keepStarted } from "@/lib/survey/started";
import { itemsOfStep, stepPath } from "@/lib/survey/steps";
import { blockLettersOnInput } from "./block-letters";
import { readPageConfig, type QuestionPageConfig } from "./page-config";
import { applyChoices, applyExclusive, applyInlineErrors, applyRouting } from "./step-dom";
import { registerServiceWorker } from "./service-worker";

function without(answers: FormValues, keys: readonly string[]): FormValues {
  return Object.fromEntries(Object.entries(answers).filter(([k]) => !keys.includes(k)));
}

function parseCarried(form: HTMLFormElement): Answers {
  try {
    const value = (form.elements.namedItem(FIELD.answers) as HTMLInputElement | null)?.value ?? "{}";
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Answers) : {};
  } catch {
    return {};
  }
}

/** Puts a draft value into the page's controls (once, when the script starts). */
function fillField(form: HTMLFormElement, name: string, value: unknown) {
  for (const control of Array.from(form.elements)) {
    if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) || control.name !== name) continue;
    if (control instanceof HTMLInputElement && (control.type === "radio" || control.type === "checkbox")) {
      const codes = Array.isArray(value) ? value : [value];
      control.checked = codes.includes(Number(control.value));
    } else if (typeof value === "string") {
      control.value = value;
    }
  }
}

/** Focuses the legend (or label) of the question holding `id`, scrolled into view. */
function focusQuestion(id: string) {
  const legend = document.getElementById(id)?.closest(".question")?.querySelector<HTMLElement>(".question__legend");
  if (!legend) return;
  legend.tabIndex = -1;
  legend.scrollIntoView({ block: "start" });
  legend.focus({ preventScroll: true });
}

/** The GOV.UK error summary, as components/survey/ErrorSummary.tsx renders it. */
function showSummary(title: string, errors: { variable: string; message: string }[]): HTMLElement | null {
  const main = document.getElementById("main");
  document.querySelector(".error-summary")?.remove();
  if (!main || errors.length === 0) return null;
  const summary = document.createElement("div");
  summary.className = "error-summary";
  summary.tabIndex = -1;
  summary.setAttribute("role", "alert");
  summary.setAttribute("aria-labelledby", "error-summary-title");
  const heading = document.createElement("h2");
  heading.className = "error-summary__title";
  heading.id = "error-summary-title";
  heading.textContent = title;
  const list = document.createElement("ul");
  list.className = "error-summary__list";
  for (const error of errors) {
    const link = document.createElement("a");
    link.href = `#${fieldId(error.variable)}`;
    link.textContent = error.message;
    const li = document.createElement("li");
    li.append(link);
    list.append(li);
  }
  summary.append(heading, list);
  main.prepend(summary);
  return summary;
}

function setErrorTitle(prefix: string, on: boolean) {
  const bare = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
  document.title = on ? prefix + bare : bare;
}

function showProgress(def: Questionnaire, template: string, answers: Answers) {
  const share = answeredShare(def, cleanAnswers(def, answers));
  const bar = document.querySelector<HTMLProgressElement>(".progress__bar");
  if (bar) {
    bar.value = share.percent;
    bar.textContent = `${share.percent}%`;
    bar.classList.remove("progress__bar--pending");
    bar.removeAttribute("aria-hidden");
  }
  const text = document.querySelector(".progress__share");
  if (text) text.textContent = format(template, { percent: share.percent });
}

function enhance(config: QuestionPageConfig, form: HTMLFormElement) {
  const { locale, scope, step, ui } = config;
  const def = monolingual(config.def);
  const items = itemsOfStep(def, step);
  const keys = items.flatMap(answerKeysOf);
  const path = stepPath(step);
  const stored = loadDraft(scope);
  if (!stored && !config.posted && wasSubmitted(scope)) {
    // This device has already answered: the start page says so and offers a new response.
    window.location.replace(`/${locale}`);
    return;
  }
  // The first page's started token; a new draft starts the clock again.
  if (config.started) keepStarted(scope, config.started, !stored);
  const draft: Draft = { ...(stored ?? newDraft(path, config.version)), lastPath: path };
  if (config.posted) {
    // Answers the server carried (the cookie) only fill what the draft lacks; answers
    // carried by the form alone (posted without the script) win over it.
    const carried = parseCarried(form);
    draft.answers = config.carriedBy === "cookie" ? { ...carried, ...draft.answers } : { ...draft.answers, ...carried };
  }
  const read = () => readItems(items, new FormData(form));
  // What was answered before the script ran wins; blank fields are filled from the draft.
  const given = compactAnswers(read());
  for (const key of keys) if (!(key in given) && draft.answers[key] !== undefined) fillField(form, key, draft.answers[key]);
  draft.answers = { ...draft.answers, ...given };
  saveDraft(scope, draft);
  const others = compactAnswers(without(draft.answers, keys));
  // The device knows the other parts' answers: hide what they skip, then read what is left.
  applyRouting(form, items, others);
  applyChoices(form, items, read(), ui.chosenCount);
  performance.mark("tyndau:enhanced");
  showProgress(def, ui.answeredShare, { ...others, ...compactAnswers(read()) });
  for (const note of document.querySelectorAll<HTMLElement>("[data-draft-note]")) note.hidden = false;

  const save = (values: FormValues) => {
    draft.answers = { ...without(draft.answers, keys), ...compactAnswers(values) };
    saveDraft(scope, draft);
  };
  form.addEventListener("change", (event) => {
    applyExclusive(form, items, event.target);
    const values = read();
    applyChoices(form, items, values, ui.chosenCount);
    save(values);
    showProgress(def, ui.answeredShare, { ...others, ...compactAnswers(values) });
  });
  form.addEventListener("input", (event) => blockLettersOnInput(event.target, (event as InputEvent).isComposing, locale));
  form.addEventListener("compositionend", (event) => blockLettersOnInput(event.target, false, locale));
  form.addEventListener("submit", (event) => {
    const submitter = event.submitter as HTMLButtonElement | null;
    const offline = navigator.onLine === false;
    if (submitter?.value === "back") {
      if (!offline) return; // the server keeps what validates and opens the previous page
      event.preventDefault();
      window.location.assign(config.backHref);
      return;
    }
    const values = read();
    const problems = quickCheckStep(def, locale, step, others, values);
    applyInlineErrors(form, messagesByVariable(problems));
    setErrorTitle(ui.errorTitlePrefix, problems.length > 0);
    if (problems.length > 0) {
      event.preventDefault();
      showSummary(ui.errorSummaryTitle, problems)?.focus();
      return;
    }
    save(values);
    if (offline) {
      // No network: the next page comes from the service worker, the answers from the draft.
      event.preventDefault();
      window.location.assign(config.nextHref);
      return;
    }
    // The server reads the other parts' answers from the cookie when there is one, else
    // from this field: the draft's, so a page opened in another language or from the
    // service worker's copy still posts them.
    const carriedField = form.elements.namedItem(FIELD.answers);
    if (carriedField instanceof HTMLInputElement) carriedField.value = carriedJson(others);
  });

  // Back from "Change" on the check page: the question, not <body>, has the focus. After
  // the browser has gone to the address's fragment, which moves the focus itself.
  const returning = config.returnToCheck ? window.location.hash.slice(1) : "";
  const focusFirst = () => (returning ? focusQuestion(returning) : document.querySelector<HTMLElement>(".error-summary")?.focus());
  if (document.readyState === "complete") focusFirst();
  else window.addEventListener("load", () => window.setTimeout(focusFirst, 0), { once: true });
}

// A summary link focuses its field and shows the whole question (its legend).
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(".error-summary a[href^='#']") : null;
  const target = link ? document.getElementById(link.hash.slice(1)) : null;
  if (!target) return;
  event.preventDefault();
  (target.closest(".question") ?? target).scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
});

const config = readPageConfig<QuestionPageConfig>();
const form = document.querySelector<HTMLFormElement>("main form");
if (config && form) enhance(config, form);
if (config) registerServiceWorker(config.locale, config.keep, config.version, () => void flushOutbox().catch(() => undefined));
