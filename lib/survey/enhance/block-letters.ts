// Block letters as you type, for every `.block-letters` box of a form, from one delegated
// input listener: with the page language's rules, keeping the caret where it was even when
// a capital is longer (e.g. "ß" → "SS"). During IME composition the text is left alone
// until it ends. The server upper-cases on receipt as well, so the page works without it.
import type { Locale } from "@/lib/questionnaire/locale";

type Element = HTMLInputElement | HTMLTextAreaElement;

export function toBlockLetters(el: Element, locale: Locale): void {
  const raw = el.value;
  const upper = raw.toLocaleUpperCase(locale);
  if (upper === raw) return;
  const start = el.selectionStart ?? raw.length;
  const end = el.selectionEnd ?? start;
  const caretStart = raw.slice(0, start).toLocaleUpperCase(locale).length;
  const caretEnd = raw.slice(0, end).toLocaleUpperCase(locale).length;
  el.value = upper;
  el.setSelectionRange(caretStart, caretEnd);
}

/** For the form's input and compositionend listeners: acts on block-letter fields only. */
export function blockLettersOnInput(target: EventTarget | null, composing: boolean, locale: Locale): void {
  if (composing) return;
  if ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.classList.contains("block-letters")) toBlockLetters(target, locale);
}
