// A 1–10 rating: one row of numbered radio buttons per rated sub-item, with the scale's
// end labels under the row. The end labels are also part of the first and last button's
// accessible name, so a screen reader hears "1, Low importance" (one text node for the
// name: a number and a separate hidden span are read as "1 , Low importance").
import { errorId, hintId, optionId } from "@/lib/survey/fields";
import { describedBy, ErrorMessage, Hint, QuestionLegend } from "./QuestionParts";
import type { ItemProps } from "./types";

export function RatingItem({ item, ui, initial, errors }: ItemProps<"rating">) {
  const rows = item.subItems ?? [{ variable: item.variable, text: item.text }];
  const anyError = rows.some((r) => errors[r.variable]);
  return (
    <div className={`question${anyError ? " question--error" : ""}`} id={`q-${item.variable}`}>
      <fieldset
        className="question__fieldset"
        aria-describedby={describedBy(item.help && hintId(item.variable), !item.subItems && errors[item.variable] && errorId(item.variable))}
        data-error-of={item.subItems ? undefined : item.variable}
      >
        <QuestionLegend number={item.variable} text={item.text} optional={item.required ? undefined : ui.optional} />
        <Hint variable={item.variable} text={item.help} />
        {rows.map((row) => (
          <RatingScale key={row.variable} variable={row.variable} label={item.subItems ? row.text : undefined} item={item} value={initial[row.variable]} error={errors[row.variable]} errorPrefix={ui.errorTitlePrefix} />
        ))}
      </fieldset>
    </div>
  );
}

function RatingScale({
  variable,
  label,
  item,
  value: current,
  error,
  errorPrefix,
}: {
  variable: string;
  label: string | undefined;
  item: ItemProps<"rating">["item"];
  value: unknown;
  error: string | undefined;
  errorPrefix: string;
}) {
  const values = Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i);
  const scale = (
    <>
      <ErrorMessage variable={variable} message={error} prefix={errorPrefix} />
      <div className="rating">
        {values.map((value, index) => {
          const id = optionId(variable, value, index);
          const end = value === item.min ? item.minLabel : value === item.max ? item.maxLabel : undefined;
          return (
            <div className="rating__item" key={value}>
              <input
                id={id}
                type="radio"
                name={variable}
                value={value}
                defaultChecked={current === value}
              />
              {end ? (
                <label htmlFor={id}>
                  <span aria-hidden="true">{value}</span>
                  <span className="visually-hidden">{`${value}, ${end}`}</span>
                </label>
              ) : (
                <label htmlFor={id}>{value}</label>
              )}
            </div>
          );
        })}
      </div>
      <div className="rating__ends" aria-hidden="true">
        <span>
          {item.min} — {item.minLabel}
        </span>
        <span>
          {item.max} — {item.maxLabel}
        </span>
      </div>
    </>
  );
  if (label === undefined) return scale;
  return (
    <fieldset className="subquestion" aria-describedby={describedBy(error && errorId(variable))} data-error-of={variable}>
      <legend className="subquestion__legend">{label}</legend>
      {scale}
    </fieldset>
  );
}
