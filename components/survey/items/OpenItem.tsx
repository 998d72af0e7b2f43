import { errorId, fieldId, hintId } from "@/lib/survey/fields";
import { BlockLettersField } from "./BlockLettersField";
import { describedBy, ErrorMessage } from "./QuestionParts";
import type { ItemProps } from "./types";

// An open question has a single control, so the question text is its label (no fieldset).
// Its hint says only what happens: the text is converted to block letters as you type.
export function OpenItem({ item, ui, initial, errors }: ItemProps<"open">) {
  const error = errors[item.variable];
  const value = initial[item.variable];
  return (
    <div className={`question${error ? " question--error" : ""}`} id={`q-${item.variable}`}>
      <label className="question__legend" htmlFor={fieldId(item.variable)}>
        <span className="question__number">{item.variable}.</span> {item.text}
        {item.required ? null : <span className="question__optional"> {ui.optional}</span>}
      </label>
      <p className="hint" id={hintId(item.variable)}>
        {ui.blockLettersNote}
      </p>
      <ErrorMessage variable={item.variable} message={error} prefix={ui.errorTitlePrefix} />
      <BlockLettersField
        id={fieldId(item.variable)}
        name={item.variable}
        defaultValue={typeof value === "string" ? value : ""}
        multiline
        rows={item.rows}
        maxLength={item.maxLength}
        placeholder={item.placeholder}
        describedBy={describedBy(hintId(item.variable), error && errorId(item.variable))}
        invalid={Boolean(error)}
        errorOf={item.variable}
      />
    </div>
  );
}
