// The enhancement module of the check page served without the framework runtime
// (docs/decisions/018-respondent-runtime.md). The page is a real HTML form that works
// without it (components/survey/CheckAnswers.tsx): "Change" and "Send" post. This module,
// bundled by esbuild (scripts/build-respondent-module.mjs), attaches to that markup and:
//   - lists the answers of the device draft (the page the service worker kept offline was
//     rendered without any), merged once with what the server carried, in the rows and
//     notices the markup holds (lib/survey/review.ts is the contract);
//   - "Change" opens the part at its question (?return=check) without a round trip;
//   - "Send" goes through the outbox (lib/survey/outbox.ts): sent, the thank-you page;
//     offline, the response waits on the device, the page says so, and the outbox sends it
//     when the connection returns; refused, the page says why;
//   - the service worker keeps the language's pages.
import type { LocalisedItem } from "@/components/survey/items/types";
import { isShown } from "@/lib/questionnaire/routing";
import type { Answers } from "@/lib/questionnaire/types";
import { answerLines, type AnswerLine } from "@/lib/survey/answer-lines";
import { cleanAnswers } from "@/lib/survey/answers";
import { announceDeviceChange, draftVersion, loadDraft, newDraft, saveDraft, subscribeDevice, wasSubmitted, type Draft } from "@/lib/survey/draft";
import { carriedJson, FIELD } from "@/lib/survey/flow";
import { monolingual } from "@/lib/survey/monolingual";
import { flushOutbox, hasPendingSubmission, sendOrQueue } from "@/lib/survey/outbox";
import { quickUnfinishedSteps } from "@/lib/survey/quick-unfinished";
import { parseChange, SEND_NOTICES, type SendNotice } from "@/lib/survey/review";
import { CHECK_PATH, itemsOfStep, questionSteps, stepHref, THANKS_PATH } from "@/lib/survey/steps";
import { readPageConfig, type CheckPageConfig } from "./page-config";
import { registerServiceWorker } from "./service-worker";

function parseCarried(form: HTMLFormElement): Answers {
  try {
    const parsed: unknown = JSON.parse((form.elements.namedItem(FIELD.answers) as HTMLInputElement | null)?.value ?? "{}");
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Answers) : {};
  } catch {
    return {};
  }
}

function setField(form: HTMLFormElement, name: string, value: string) {
  const field = form.elements.namedItem(name);
  if (field instanceof HTMLInputElement) field.value = value;
}

/** The value cell's content, as components/survey/ReviewSections.tsx (AnswerValue) renders it. */
export function answerValueNodes(lines: AnswerLine[], notAnswered: string): Node[] {
  const missing = () => {
    const span = document.createElement("span");
    span.className = "muted";
    span.textContent = notAnswered;
    return span;
  };
  if (lines.length === 1 && lines[0]?.label === undefined) return [lines[0]?.value !== undefined ? document.createTextNode(lines[0].value) : missing()];
  const list = document.createElement("ul");
  list.className = "plain-list";
  for (const line of lines) {
    const li = document.createElement("li");
    if (line.label) li.append(`${line.label}: `);
    li.append(line.value !== undefined ? document.createTextNode(line.value) : missing());
    list.append(li);
  }
  return [list];
}

/** Writes the answers into the page's rows, parts to finish and sections (what the server renders for them). */
export function showAnswers(root: ParentNode, config: Pick<CheckPageConfig, "def" | "locale"> & { ui: Pick<CheckPageConfig["ui"], "notAnswered"> }, answers: Answers) {
  const def = monolingual(config.def);
  const items = new Map<string, LocalisedItem>();
  for (const step of questionSteps(config.def)) for (const item of itemsOfStep<LocalisedItem>(config.def, step)) items.set(item.variable, item);
  for (const row of root.querySelectorAll<HTMLElement>(".summary-list__row[data-variable]")) {
    const item = items.get(row.dataset.variable ?? "");
    if (!item) continue;
    row.hidden = !isShown(item, answers);
    row.querySelector("[data-answer]")?.replaceChildren(...answerValueNodes(answerLines(item, answers), config.ui.notAnswered));
  }
  const unfinished = quickUnfinishedSteps(def, answers, config.locale).map(String);
  for (const li of root.querySelectorAll<HTMLElement>("[data-unfinished] li[data-step]")) li.hidden = !unfinished.includes(li.dataset.step ?? "");
  const summary = root.querySelector<HTMLElement>("[data-unfinished]");
  if (summary) summary.hidden = unfinished.length === 0;
  const submit = root.querySelector<HTMLElement>("[data-submit-section]");
  if (submit) submit.hidden = unfinished.length > 0;
  const empty = Object.keys(answers).length === 0;
  const emptyNote = root.querySelector<HTMLElement>("[data-check-empty]");
  if (emptyNote) emptyNote.hidden = !empty;
  const form = root.querySelector<HTMLElement>("[data-check-form]");
  if (form) form.hidden = empty;
  return { unfinished: unfinished.length > 0 };
}

/** The no-JS notice of a refused code, with its field (not the one the module shows). */
const NO_SCRIPT_CODE = "[data-invitation]:not([data-send-notice] [data-invitation])";

function showNotice(form: HTMLFormElement, notice: SendNotice | "invitation" | undefined) {
  // The notice that sends the respondent for a code is kept in a <template> until needed:
  // a page shows one code notice at most, and the no-JS one when posted without the script.
  const template = form.querySelector<HTMLTemplateElement>('template[data-send-notice-template="invitation"]');
  if (notice === "invitation" && template && !form.querySelector('[data-send-notice="invitation"]')) template.after(template.content.cloneNode(true));
  for (const kind of [...SEND_NOTICES, "invitation"]) {
    const element = form.querySelector<HTMLElement>(`[data-send-notice="${kind}"]`);
    if (element) element.hidden = kind !== notice;
  }
  form.querySelector(NO_SCRIPT_CODE)?.remove();
}

function showOutbox(form: HTMLFormElement, config: CheckPageConfig, status: "queued" | "sent" | "none") {
  const region = form.querySelector("[data-outbox-status]");
  if (!region) return;
  const m = config.ui.outbox;
  if (status === "none") return region.replaceChildren();
  const box = document.createElement("div");
  box.className = "notice";
  box.dataset.outbox = status;
  const p = document.createElement("p");
  if (status === "queued") {
    const strong = document.createElement("strong");
    strong.textContent = `${m.queuedTitle}.`;
    p.append(strong, ` ${m.queuedText}`);
  } else {
    p.textContent = m.sent;
  }
  box.append(p);
  region.replaceChildren(box);
}

function enhance(config: CheckPageConfig, form: HTMLFormElement) {
  const { locale, scope } = config;
  const def = monolingual(config.def);
  let stored = loadDraft(scope) ?? null;
  const carried = parseCarried(form);
  if (config.posted && Object.keys(carried).length > 0) {
    // Read back from the no-JS cookie, the answers only fill what the device draft lacks.
    const answers = config.carriedBy === "cookie" ? { ...carried, ...(stored?.answers ?? {}) } : { ...carried };
    stored = { ...(stored ?? newDraft(CHECK_PATH, config.version)), answers };
  }
  if (!stored) return; // nothing on the device: the server's page stands, and posts
  let draft: Draft = { ...stored, lastPath: CHECK_PATH };
  saveDraft(scope, draft);
  let answers = cleanAnswers(def, draft.answers);
  const render = () => {
    answers = cleanAnswers(def, draft.answers);
    showAnswers(document, config, answers);
    setField(form, FIELD.id, draft.id);
    setField(form, FIELD.answers, carriedJson(answers));
    setField(form, FIELD.version, draftVersion(draft, config.version));
  };
  render();
  // A refused code the server's page shows with a field (its no-JS form): with the script
  // the draft stays on the device and the code is entered on the start page.
  if (form.querySelector(NO_SCRIPT_CODE)) showNotice(form, "invitation");

  const submitButton = form.querySelector<HTMLButtonElement>(`button[name="${FIELD.intent}"][value="submit"]`);
  const newButton = form.querySelector<HTMLButtonElement>(`button[name="${FIELD.intent}"][value="new"]`);
  const sendingNote = form.querySelector<HTMLElement>("[data-sending]");
  const setSending = (on: boolean, retry = false) => {
    if (sendingNote) sendingNote.textContent = on ? config.ui.submitting : "";
    if (!submitButton) return;
    submitButton.textContent = on ? config.ui.submitting : retry ? config.ui.retryButton : config.ui.submitButton;
    if (on) submitButton.setAttribute("aria-disabled", "true");
    else submitButton.removeAttribute("aria-disabled");
  };

  // While a response waits in the outbox the page says so; when the outbox has sent it, the
  // thank-you page follows.
  let queued = hasPendingSubmission(scope);
  const watchOutbox = () => {
    if (hasPendingSubmission(scope)) {
      queued = true;
      showOutbox(form, config, "queued");
    } else if (queued && wasSubmitted(scope)) {
      showOutbox(form, config, "sent");
      window.location.replace(`/${locale}${THANKS_PATH}`);
    }
  };
  watchOutbox();
  subscribeDevice(watchOutbox);

  let sending = false;
  form.addEventListener("submit", (event) => {
    const intent = (event.submitter as HTMLButtonElement | null)?.value ?? "";
    const change = parseChange(intent);
    event.preventDefault();
    if (change) {
      window.location.assign(`${stepHref(locale, change.step)}?return=check${change.field ? `#${change.field}` : ""}`);
      return;
    }
    if (intent === "new") {
      // Same answers under a fresh id: the earlier response under the old id stays as sent.
      draft = { ...newDraft(CHECK_PATH, draftVersion(draft, config.version)), answers: draft.answers };
      saveDraft(scope, draft);
      announceDeviceChange();
      render();
      showNotice(form, undefined);
      if (newButton) newButton.hidden = true;
      if (submitButton) submitButton.hidden = false;
      return;
    }
    if (intent !== "submit" || sending || quickUnfinishedSteps(def, answers, locale).length > 0) return;
    sending = true;
    setSending(true);
    void sendOrQueue(draftVersion(draft, config.version), locale, draft.id, answers, scope).then((outcome) => {
      if (outcome === "sent") {
        window.location.replace(`/${locale}${THANKS_PATH}`);
        return;
      }
      sending = false;
      if (outcome === "queued") {
        setSending(false);
        showNotice(form, undefined);
        watchOutbox();
        return;
      }
      setSending(false, outcome === "network" || outcome === "server");
      showNotice(form, outcome);
      if (outcome === "conflict" && newButton && submitButton) {
        newButton.hidden = false;
        submitButton.hidden = true;
      }
    });
  });
}

const config = readPageConfig<CheckPageConfig>();
const form = document.querySelector<HTMLFormElement>("form[data-check-form]");
if (config && form) enhance(config, form);
if (config) registerServiceWorker(config.locale, config.keep, config.version, () => void flushOutbox().catch(() => undefined));
