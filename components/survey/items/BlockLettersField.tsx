// A text box that shows what the respondent types in block letters, as the paper form
// asks. Uncontrolled: the server HTML works as is (the server upper-cases on receipt);
// the script upper-cases as you type, with the page language's rules, keeping the caret
// where it was even when a capital is longer (e.g. "ß" → "SS"). During IME composition
// the text is left alone until the composition ends.
import type { CompositionEvent, FormEvent } from "react";
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

interface Props {
  id: string;
  name: string;
  defaultValue: string;
  locale: Locale;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
}

export function BlockLettersField({ id, name, defaultValue, locale, multiline, rows, maxLength, placeholder, describedBy, invalid }: Props) {
  const onInput = (event: FormEvent<Element>) => {
    if (!(event.nativeEvent as InputEvent).isComposing) toBlockLetters(event.currentTarget, locale);
  };
  const onCompositionEnd = (event: CompositionEvent<Element>) => toBlockLetters(event.currentTarget, locale);
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
    onInput,
    onCompositionEnd,
  } as const;
  return multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />;
}
