// @vitest-environment happy-dom
// The contract between the check page's server markup (components/survey/CheckAnswers.tsx)
// and its enhancement module (check-page.ts): the page the service worker keeps is
// rendered without answers, and the module fills it from the device draft. Filled by the
// module, it must read exactly as the server renders it for the same answers — every row,
// the rows the answers skip, the parts left to finish, the send section — in every
// language and on every path through the questionnaire.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { CheckAnswers } from "@/components/survey/CheckAnswers";
import { respondentUi } from "@/lib/i18n/respondent";
import { questionnaire, questionnaireVersion } from "@/lib/questionnaire";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire/generate";
import { LOCALES, type Locale } from "@/lib/questionnaire/locale";
import { localise } from "@/lib/questionnaire/localise";
import { answerKeysOf } from "@/lib/questionnaire/structure";
import type { Answers } from "@/lib/questionnaire/types";
import { initialState } from "@/lib/survey/flow";
import { unfinishedSteps } from "@/lib/survey/flow-server";
import { showAnswers } from "./check-page";

function render(locale: Locale, answers: Answers): void {
  const ui = respondentUi(locale);
  const state = { ...initialState({ kind: "check" }), answers };
  document.body.innerHTML = renderToStaticMarkup(
    createElement(CheckAnswers, { locale, version: questionnaireVersion, def: localise(questionnaire, locale), ui, state, unfinished: unfinishedSteps(questionnaire, locale, answers), action: `/${locale}/check` }),
  );
}

/** What a respondent can see of the page: each part that may show, as text, and whether it shows. */
function seen(): string[] {
  const parts = document.querySelectorAll<HTMLElement>("[data-check-empty], [data-check-form], [data-unfinished], [data-unfinished] li, .summary-list__row, [data-submit-section]");
  return Array.from(parts, (element) => {
    const hidden = element.closest("[hidden]") !== null;
    const what = element.dataset.variable ?? element.dataset.step ?? element.className ?? element.tagName;
    const text = element.matches(".summary-list__row") ? (element.querySelector("[data-answer]")?.innerHTML ?? "") : "";
    return `${what} ${hidden ? "hidden" : "shown"} ${text}`;
  });
}

const complete = generateValidAnswers(questionnaire, mulberry32(7), { S1: 1 });
const screenedOut = generateValidAnswers(questionnaire, mulberry32(8), { S1: 2 });
const firstPartKeys = new Set([questionnaire.screening, ...questionnaire.parts[0]!.items].flatMap(answerKeysOf));
const halfway: Answers = Object.fromEntries(Object.entries(complete).filter(([key]) => firstPartKeys.has(key)));

afterEach(() => {
  document.body.innerHTML = "";
});

describe("the check page filled by its module reads as the server renders it", () => {
  const cases: [string, Answers][] = [
    ["complete answers", complete],
    ["the screened-out path", screenedOut],
    ["answers of the first part only", halfway],
    ["no answers", {}],
  ];
  for (const locale of LOCALES) {
    for (const [name, answers] of cases) {
      it(`${name} (${locale})`, () => {
        render(locale, answers);
        const server = seen();
        render(locale, {});
        showAnswers(document, { def: localise(questionnaire, locale), locale, ui: respondentUi(locale) }, answers);
        expect(seen()).toEqual(server);
      });
    }
  }

  it("can fail: a page left empty does not read as one with answers", () => {
    render("en", complete);
    const server = seen();
    render("en", {});
    expect(seen()).not.toEqual(server);
    expect(server.filter((line) => line.includes(" shown ")).length).toBeGreaterThan(20);
  });
});
