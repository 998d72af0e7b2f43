// Single choice as a radio group, multiple choice as checkboxes. Plain HTML first: every
// control works in the server HTML, and the "specify" box for "Other" is always there.
// With the script (lib/survey/enhance/step-dom.ts, which reads this markup): exclusive
// options ("Hard to say") clear the others and are cleared by them, the "specify" box
// (`#<other>-conditional`) shows only while "Other" is chosen, and a "Choose up to N"
// question counts the choices in its counter (`#<variable>-count`, hidden in the server
// HTML) and stops further ticks at the limit.
import { format } from "@/lib/i18n/format";
import { otherVariable } from "@/lib/questionnaire/structure";
import { conditionalId, counterId, errorId, fieldId, hintId, optionId } from "@/lib/survey/fields";
import { BlockLettersField } from "./BlockLettersField";
import { codesOf, describedBy, ErrorMessage, Hint, Label, QuestionLegend } from "./QuestionParts";
import type { ItemProps } from "./types";

type ChoiceProps = ItemProps<"single"> | ItemProps<"multi">;

export function ChoiceItem({ item, ui, initial, errors }: ChoiceProps) {
  const multi = item.kind === "multi";
  const chosen = codesOf(initial[item.variable]);
  const otherKey = otherVariable(item);
  const max = item.kind === "multi" ? item.maxSelections : undefined;

  const hint = item.help ?? (item.kind === "multi" ? (max ? format(ui.chooseUpTo, { n: max }) : ui.selectAll) : undefined);
  const error = errors[item.variable];
  const otherError = otherKey ? errors[otherKey] : undefined;

  return (
    <div className={`question${error || otherError ? " question--error" : ""}`} id={`q-${item.variable}`}>
      <fieldset className="question__fieldset" aria-describedby={describedBy(hint && hintId(item.variable), error && errorId(item.variable))} data-error-of={item.variable}>
        <QuestionLegend number={item.variable} text={item.text} optional={item.required ? undefined : ui.optional} />
        <Hint variable={item.variable} text={hint} />
        <ErrorMessage variable={item.variable} message={error} prefix={ui.errorTitlePrefix} />
        <div className={multi ? "checkboxes" : "radios"}>
          {item.options.map((option, index) => {
            const id = optionId(item.variable, option.code, index);
            return (
              <div className={multi ? "checkboxes__item" : "radios__item"} key={option.code}>
                <input
                  id={id}
                  type={multi ? "checkbox" : "radio"}
                  name={item.variable}
                  value={option.code}
                  defaultChecked={chosen.includes(option.code)}
                />
                <label htmlFor={id}>
                  <Label text={option.label} />
                </label>
              </div>
            );
          })}
        </div>
        {max !== undefined ? <p className="hint choice-count" id={counterId(item.variable)} aria-live="polite" hidden /> : null}
        {otherKey ? (
          <div className="conditional" id={conditionalId(otherKey)}>
            <label className="label" htmlFor={fieldId(otherKey)}>
              {item.otherPlaceholder ?? ui.otherSpecifyLabel}
            </label>
            <ErrorMessage variable={otherKey} message={otherError} prefix={ui.errorTitlePrefix} />
            <BlockLettersField
              id={fieldId(otherKey)}
              name={otherKey}
              defaultValue={typeof initial[otherKey] === "string" ? (initial[otherKey] as string) : ""}
              maxLength={1000}
              describedBy={describedBy(otherError && errorId(otherKey))}
              invalid={Boolean(otherError)}
              errorOf={otherKey}
            />
          </div>
        ) : null}
      </fieldset>
    </div>
  );
}
