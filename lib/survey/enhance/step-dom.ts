// What the script adds to a question page's server HTML, by reading and setting the DOM
// the items rendered (GOV.UK Frontend's model): no item is rendered twice, and nothing here
// re-renders a component. Each function is idempotent: it sets the page to what the
// values say, however often it runs. The items' markup (components/survey/items/) is the
// other half of this contract: every control is named by its answer variable, every
// question's root is `#q-<variable>`, every error slot is `#<variable>-error` (hidden when
// empty) and every element that an error describes carries `data-error-of`.
import { format } from "@/lib/i18n/format";
import { isShown } from "@/lib/questionnaire/routing";
import { otherVariable } from "@/lib/questionnaire/structure";
import type { Answers, Item } from "@/lib/questionnaire/types";
import type { FormValues } from "@/lib/survey/answers";
import { codesOf, conditionalId, counterId, errorId } from "@/lib/survey/fields";

type Control = HTMLInputElement | HTMLTextAreaElement;

function controlsNamed(form: HTMLFormElement, name: string): Control[] {
  return Array.from(form.elements).filter((el): el is Control => (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.name === name);
}

/** Exclusive options ("Hard to say") stand alone: ticking one clears the others, and back. */
export function applyExclusive(form: HTMLFormElement, items: readonly Item[], target: EventTarget | null): void {
  if (!(target instanceof HTMLInputElement) || target.type !== "checkbox" || !target.checked) return;
  const item = items.find((i) => i.variable === target.name);
  if (item?.kind !== "multi" || item.exclusiveCodes.length === 0) return;
  const exclusive = item.exclusiveCodes.includes(Number(target.value));
  for (const box of controlsNamed(form, target.name)) {
    if (box === target || !(box instanceof HTMLInputElement)) continue;
    if (exclusive || item.exclusiveCodes.includes(Number(box.value))) box.checked = false;
  }
}

/**
 * The live state of the choice questions: the "choose up to" counter and the options it
 * stops at the limit, and the "specify" box shown only while "Other" is chosen.
 */
export function applyChoices(form: HTMLFormElement, items: readonly Item[], values: FormValues, chosenCount: string): void {
  for (const item of items) {
    if (item.kind !== "single" && item.kind !== "multi") continue;
    const current = codesOf(values[item.variable]);
    const other = otherVariable(item);
    if (other !== undefined && item.otherCode !== undefined) {
      const box = document.getElementById(conditionalId(other));
      if (box) box.hidden = !current.includes(item.otherCode);
    }
    if (item.kind !== "multi" || item.maxSelections === undefined) continue;
    const max = item.maxSelections;
    const counted = current.filter((c) => !item.exclusiveCodes.includes(c)).length;
    const counter = document.getElementById(counterId(item.variable));
    if (counter) {
      const text = format(chosenCount, { n: counted, max });
      if (counter.textContent !== text) counter.textContent = text;
      counter.hidden = false;
    }
    for (const box of controlsNamed(form, item.variable)) {
      if (!(box instanceof HTMLInputElement)) continue;
      const code = Number(box.value);
      box.disabled = counted >= max && !box.checked && !item.exclusiveCodes.includes(code);
      if (counter) box.setAttribute("aria-describedby", counter.id);
    }
  }
}

/**
 * Questions the answers of other parts skip are hidden and their controls disabled, so
 * the form neither shows nor sends them; `routing` undefined shows every question.
 */
export function applyRouting(form: HTMLFormElement, items: readonly Item[], routing: Partial<Answers> | undefined): void {
  for (const item of items) {
    const root = document.getElementById(`q-${item.variable}`);
    if (!root) continue;
    const shown = routing === undefined || isShown(item, routing);
    if (root.hidden === !shown) continue;
    root.hidden = !shown;
    for (const control of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")) control.disabled = !shown;
  }
}

function setToken(el: Element, attribute: string, token: string, present: boolean): void {
  const tokens = (el.getAttribute(attribute) ?? "").split(/\s+/).filter((t) => t !== "" && t !== token);
  if (present) tokens.push(token);
  if (tokens.length > 0) el.setAttribute(attribute, tokens.join(" "));
  else el.removeAttribute(attribute);
}

/**
 * The inline errors of the page's fields: each error slot shows its message (or is hidden),
 * the elements it describes point at it, and a question (or matrix row) with an error is
 * marked. Messages by answer variable.
 */
export function applyInlineErrors(form: HTMLFormElement, messages: Readonly<Record<string, string>>): void {
  for (const slot of form.querySelectorAll<HTMLElement>(".error-message[data-error-slot]")) {
    const variable = slot.dataset.errorSlot ?? "";
    const message = messages[variable];
    const text = slot.querySelector(".error-message__text");
    if (text && text.textContent !== (message ?? "")) text.textContent = message ?? "";
    slot.hidden = message === undefined;
  }
  for (const el of form.querySelectorAll<HTMLElement>("[data-error-of]")) {
    const variable = el.dataset.errorOf ?? "";
    const present = messages[variable] !== undefined;
    setToken(el, "aria-describedby", errorId(variable), present);
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      if (present) el.setAttribute("aria-invalid", "true");
      else el.removeAttribute("aria-invalid");
    }
  }
  const marked = (el: Element) => el.querySelector(".error-message[data-error-slot]:not([hidden])") !== null;
  for (const row of form.querySelectorAll(".matrix__row")) row.classList.toggle("matrix__row--error", marked(row));
  for (const question of form.querySelectorAll(".question")) question.classList.toggle("question--error", marked(question));
}
