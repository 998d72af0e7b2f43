// @vitest-environment happy-dom
// The contract between the items' server markup (components/survey/items/) and the DOM
// module that the script uses on it: every question page of the instrument, in every
// language, rendered by the server component, then driven by step-dom as a browser would.
// An id or attribute renamed on one side fails here, not in a respondent's hands.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { StepFields } from "@/components/survey/StepFields";
import { format } from "@/lib/i18n/format";
import { respondentUi } from "@/lib/i18n/respondent";
import { questionnaire, questionnaireVersion } from "@/lib/questionnaire";
import { LOCALES } from "@/lib/questionnaire/locale";
import { localise } from "@/lib/questionnaire/localise";
import { isShown } from "@/lib/questionnaire/routing";
import { answerKeysOf, otherVariable } from "@/lib/questionnaire/structure";
import type { Item } from "@/lib/questionnaire/types";
import { errorId } from "@/lib/survey/fields";
import { initialState } from "@/lib/survey/flow";
import { readItems } from "@/lib/survey/form-data";
import { itemsOfStep, questionSteps, type Step } from "@/lib/survey/steps";
import { applyChoices, applyExclusive, applyInlineErrors, applyRouting } from "./step-dom";

function page(locale: (typeof LOCALES)[number], step: Step): HTMLFormElement {
  const html = renderToStaticMarkup(
    createElement(StepFields, { locale, version: questionnaireVersion, def: localise(questionnaire, locale), ui: respondentUi(locale), step, state: initialState({ kind: "step", step }) }),
  );
  document.body.innerHTML = `<form>${html}</form>`;
  return document.querySelector("form")!;
}

const boxes = (form: HTMLFormElement, name: string) => Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`));
const steps = questionSteps(questionnaire);

afterEach(() => {
  document.body.innerHTML = "";
});

describe("what the script sets on the items' server markup", () => {
  it("counts the choices of a \"choose up to\" question and stops further ticks at the limit, in every language", () => {
    let checked = 0;
    for (const locale of LOCALES) {
      const ui = respondentUi(locale);
      for (const step of steps) {
        const items = itemsOfStep<Item>(questionnaire, step);
        for (const item of items) {
          if (item.kind !== "multi" || item.maxSelections === undefined) continue;
          const form = page(locale, step);
          const counter = document.getElementById(`${item.variable}-count`)!;
          expect(counter.hidden, "hidden until the script runs").toBe(true);
          const plain = boxes(form, item.variable).filter((b) => !item.exclusiveCodes.includes(Number(b.value)));
          for (const box of plain.slice(0, item.maxSelections)) box.checked = true;
          applyChoices(form, items, readItems(items, new FormData(form)), ui.chosenCount);
          expect(counter.hidden).toBe(false);
          expect(counter.textContent).toBe(format(ui.chosenCount, { n: item.maxSelections, max: item.maxSelections }));
          expect(plain.slice(item.maxSelections).every((b) => b.disabled), "the rest is stopped").toBe(true);
          expect(plain.slice(0, item.maxSelections).some((b) => b.disabled)).toBe(false);
          expect(boxes(form, item.variable).every((b) => b.getAttribute("aria-describedby") === counter.id)).toBe(true);
          plain[0]!.checked = false;
          applyChoices(form, items, readItems(items, new FormData(form)), ui.chosenCount);
          expect(plain.some((b) => b.disabled), "below the limit again").toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("clears the others when an exclusive option is ticked, and the exclusive one when another is", () => {
    const step = steps.find((s) => itemsOfStep<Item>(questionnaire, s).some((i) => i.kind === "multi" && i.exclusiveCodes.length > 0))!;
    const items = itemsOfStep<Item>(questionnaire, step);
    const item = items.find((i) => i.kind === "multi" && i.exclusiveCodes.length > 0)!;
    if (item.kind !== "multi") throw new Error("a multiple choice");
    const form = page("ru", step);
    const all = boxes(form, item.variable);
    const exclusive = all.find((b) => item.exclusiveCodes.includes(Number(b.value)))!;
    const plain = all.find((b) => !item.exclusiveCodes.includes(Number(b.value)))!;
    plain.checked = true;
    exclusive.checked = true;
    applyExclusive(form, items, exclusive);
    expect([plain.checked, exclusive.checked]).toEqual([false, true]);
    plain.checked = true;
    applyExclusive(form, items, plain);
    expect([plain.checked, exclusive.checked]).toEqual([true, false]);
  });

  it("shows the \"Other\" box only while Other is chosen", () => {
    let checked = 0;
    for (const step of steps) {
      const items = itemsOfStep<Item>(questionnaire, step);
      for (const item of items) {
        const other = otherVariable(item);
        if (other === undefined || (item.kind !== "single" && item.kind !== "multi") || item.otherCode === undefined) continue;
        const form = page("kk", step);
        const box = document.getElementById(`${other}-conditional`)!;
        expect(box.hidden, "always there without the script").toBe(false);
        applyChoices(form, items, readItems(items, new FormData(form)), "{n}/{max}");
        expect(box.hidden).toBe(true);
        boxes(form, item.variable).find((b) => Number(b.value) === item.otherCode)!.checked = true;
        applyChoices(form, items, readItems(items, new FormData(form)), "{n}/{max}");
        expect(box.hidden).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("shows an inline error for every answer of every page, points its controls at it, and takes it away again", () => {
    for (const step of steps) {
      const items = itemsOfStep<Item>(questionnaire, step);
      const form = page("en", step);
      const keys = items.flatMap(answerKeysOf);
      expect(form.querySelectorAll(".error-message:not([hidden])")).toHaveLength(0);
      applyInlineErrors(form, Object.fromEntries(keys.map((k) => [k, `problem with ${k}`])));
      for (const key of keys) {
        const slot = document.getElementById(errorId(key));
        expect(slot, `${key} has an error slot`).not.toBeNull();
        expect(slot!.hidden).toBe(false);
        expect(slot!.textContent).toContain(`problem with ${key}`);
        const described = form.querySelectorAll(`[data-error-of="${key}"]`);
        expect(described.length, `${key}: something is described by its error`).toBeGreaterThan(0);
        for (const el of described) expect(el.getAttribute("aria-describedby")?.split(" ")).toContain(errorId(key));
      }
      for (const question of form.querySelectorAll(".question")) expect(question.classList.contains("question--error")).toBe(true);
      applyInlineErrors(form, {});
      expect(form.querySelectorAll(".error-message:not([hidden])")).toHaveLength(0);
      expect(form.querySelectorAll(".question--error, .matrix__row--error")).toHaveLength(0);
      for (const el of form.querySelectorAll("[aria-describedby]")) expect(el.getAttribute("aria-describedby")).not.toMatch(/-error\b/);
    }
  });

  it("hides the questions other parts' answers skip, with their controls out of the form", () => {
    const step = steps.find((s) => itemsOfStep<Item>(questionnaire, s).some((i) => i.showIf !== undefined))!;
    const items = itemsOfStep<Item>(questionnaire, step);
    const skipped = items.filter((i) => i.showIf !== undefined);
    const form = page("en", step);
    // The screening answer under which these questions are skipped.
    const screening = questionnaire.screening;
    if (screening.kind !== "single") throw new Error("the screening question is a single choice");
    const routing = screening.options.map((o) => ({ [screening.variable]: o.code })).find((answers) => skipped.every((i) => !isShown(i, answers)));
    if (!routing) throw new Error("a screening answer skips them");
    applyRouting(form, items, routing);
    for (const item of skipped) {
      const root = document.getElementById(`q-${item.variable}`)!;
      expect(root.hidden).toBe(true);
      expect(Array.from(root.querySelectorAll("input, textarea")).every((c) => (c as HTMLInputElement).disabled)).toBe(true);
    }
    applyRouting(form, items, undefined);
    for (const item of skipped) expect(document.getElementById(`q-${item.variable}`)!.hidden).toBe(false);
  });
});
