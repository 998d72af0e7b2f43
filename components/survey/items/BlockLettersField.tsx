"use client";
// A text box that shows what the respondent types in block letters, as the paper form
// asks. Upper-casing uses the page language's rules (Kazakh/Russian/English) and keeps
// the caret where it was even when a letter's capital is longer (e.g. "ß" → "SS").
// During IME composition the text is left alone until the composition ends.
import type { ChangeEvent, CompositionEvent } from "react";
import type { Locale } from "@/lib/questionnaire/locale";

type Element = HTMLInputElement | HTMLTextAreaElement;

function toBlockLetters(el: Element, locale: Locale): string {
  const raw = el.value;
  const upper = raw.toLocaleUpperCase(locale);
  if (upper === raw) return raw;
  const start = el.selectionStart ?? raw.length;
  const end = el.selectionEnd ?? start;
  const caretStart = raw.slice(0, start).toLocaleUpperCase(locale).length;
  const caretEnd = raw.slice(0, end).toLocaleUpperCase(locale).length;
  // Writing the DOM value first means React sees no difference when state catches up,
  // so it does not move the caret to the end.
  el.value = upper;
  el.setSelectionRange(caretStart, caretEnd);
  return upper;
}

interface Props {
  id: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  locale: Locale;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
  label?: string;
}

export function BlockLettersField({ id, name, value, onChange, onBlur, locale, multiline, rows, maxLength, placeholder, describedBy, invalid }: Props) {
  const handleChange = (event: ChangeEvent<Element>) => {
    const native = event.nativeEvent as InputEvent;
    onChange(native.isComposing ? event.target.value : toBlockLetters(event.target, locale));
  };
  const handleCompositionEnd = (event: CompositionEvent<Element>) => onChange(toBlockLetters(event.currentTarget, locale));
  const common = {
    id,
    name,
    value,
    onBlur,
    maxLength,
    placeholder,
    autoComplete: "off",
    spellCheck: false,
    autoCapitalize: "characters",
    "aria-describedby": describedBy,
    "aria-invalid": invalid || undefined,
    className: `text-input block-letters${invalid ? " text-input--error" : ""}`,
    onChange: handleChange,
    onCompositionEnd: handleCompositionEnd,
  } as const;
  return multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />;
}
