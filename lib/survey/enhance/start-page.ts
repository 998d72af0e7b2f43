// The enhancement module of the start page served without the framework runtime
// (docs/decisions/018-respondent-runtime.md). Without it the page offers "Start", a plain
// link (components/survey/StartActions.tsx). With it the page reads the device: a draft with
// answers offers "Continue" and "Start again"; a device that has already sent a response
// offers a new one. Starting makes a new draft (a new response id) and discards the old
// one. It also has the service worker keep the language's pages, and sends a response
// waiting in the outbox.
import { clearDraft, forgetSubmitted, hasAnswers, loadDraft, newDraft, saveDraft, wasSubmitted } from "@/lib/survey/draft";
import { flushOutbox } from "@/lib/survey/outbox";
import { readPageConfig, type StartPageConfig } from "./page-config";
import { registerServiceWorker } from "./service-worker";
import type { StartSituation } from "@/components/survey/StartActions";

function enhance(config: StartPageConfig) {
  const { locale, scope, version, firstPath } = config;
  const draft = loadDraft(scope);
  const situation: StartSituation = draft && hasAnswers(draft) ? "draft" : wasSubmitted(scope) ? "submitted" : "fresh";
  for (const panel of document.querySelectorAll<HTMLElement>("[data-start]")) panel.hidden = panel.dataset.start !== situation;
  document.querySelector("[data-start-continue]")?.addEventListener("click", () => window.location.assign(`/${locale}${draft?.lastPath ?? firstPath}`));
  for (const control of document.querySelectorAll("[data-start-new]")) {
    control.addEventListener("click", () => {
      // A new response: a new id, no answers. Starting again discards the old draft.
      clearDraft(scope);
      forgetSubmitted(scope);
      saveDraft(scope, newDraft(firstPath, version));
      // The link follows its address by itself; the buttons go there.
      if (!(control instanceof HTMLAnchorElement)) window.location.assign(`/${locale}${firstPath}`);
    });
  }
}

const config = readPageConfig<StartPageConfig>();
if (config) {
  enhance(config);
  registerServiceWorker(config.locale, config.keep, config.version, () => void flushOutbox().catch(() => undefined));
}
