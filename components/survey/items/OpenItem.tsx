"use client";
import { useController } from "react-hook-form";
import { errorId, fieldId, hintId } from "@/lib/survey/fields";
import { BlockLettersField } from "./BlockLettersField";
import { describedBy, ErrorMessage } from "./QuestionParts";
import type { ItemProps } from "./types";

// An open question has a single control, so the question text is its label (no fieldset).
export function OpenItem({ item, control, locale, ui, errors }: ItemProps<"open">) {
  const { field } = useController({ name: item.variable, control });
  const error = errors[item.variable];
  const hint = [item.help, ui.blockLettersNote].filter(Boolean).join(" ");
  return (
    <div className={`question${error ? " question--error" : ""}`} id={`q-${item.variable}`}>
      <label className="question__legend" htmlFor={fieldId(item.variable)}>
        <span className="question__number">{item.variable}.</span> {item.text}
      </label>
      <p className="hint" id={hintId(item.variable)}>
        {hint}
      </p>
      <ErrorMessage variable={item.variable} message={error} prefix={ui.errorTitlePrefix} />
      <BlockLettersField
        id={fieldId(item.variable)}
        name={item.variable}
        value={typeof field.value === "string" ? field.value : ""}
        onChange={field.onChange}
        onBlur={field.onBlur}
        locale={locale}
        multiline
        rows={item.rows}
        maxLength={item.maxLength}
        placeholder={item.placeholder}
        describedBy={describedBy(hintId(item.variable), error && errorId(item.variable))}
        invalid={Boolean(error)}
      />
    </div>
  );
}
