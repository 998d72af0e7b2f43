// A text box that shows what the respondent types in block letters, as the paper form
// asks. Uncontrolled and free of handlers, so it renders as a server component: the
// server HTML works as is (the server upper-cases on receipt); the form's one delegated
// input listener (blockLettersOnInput, used by StepForm) upper-cases as you type, with the
// page language's rules, keeping the caret where it was even when a capital is longer
// (e.g. "ß" → "SS"). During IME composition the text is left alone until it ends.
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

interface Props {
  id: string;
  name: string;
  defaultValue: string;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
}

export function BlockLettersField({ id, name, defaultValue, multiline, rows, maxLength, placeholder, describedBy, invalid }: Props) {
  const common = {
    id,
    name,
    defaultValue,
    maxLength,
    placeholder,
    autoComplete: "off",
    spellCheck: false,
    autoCapitalize: "characters",
    "aria-describedby": describedBy,
    "aria-invalid": invalid || undefined,
    className: `text-input block-letters${invalid ? " text-input--error" : ""}`,
  } as const;
  return multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />;
}
