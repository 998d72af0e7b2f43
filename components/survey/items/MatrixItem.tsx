// A matrix: several statements rated on one verbal scale. Each statement is its own
// labelled radio group. On wide screens CSS lays the groups out as a table (a shared
// header row of scale labels, one row per statement, the per-button labels visually
// hidden); on narrow screens each statement is a stacked list of labelled buttons, so
// nothing ever scrolls sideways. One DOM, two layouts: no duplicated inputs.
import { errorId, hintId, optionId } from "@/lib/survey/fields";
import { describedBy, ErrorMessage, Hint, Label, QuestionLegend } from "./QuestionParts";
import type { ItemProps } from "./types";

export function MatrixItem({ item, ui, initial, errors }: ItemProps<"matrix">) {
  const anyError = item.rows.some((r) => errors[r.variable]);
  const columns = `matrix--cols-${Math.min(item.scale.length, 8)}`;
  return (
    <div className={`question${anyError ? " question--error" : ""}`} id={`q-${item.variable}`}>
      <fieldset className="question__fieldset" aria-describedby={item.help ? hintId(item.variable) : undefined}>
        <QuestionLegend number={item.rowsAreQuestions ? rowRange(item.rows) : item.variable} text={item.text} optional={item.required ? undefined : ui.optional} />
        <Hint variable={item.variable} text={item.help} />
        <div className={`matrix ${columns}`}>
          <div className="matrix__head" aria-hidden="true">
            <span />
            {item.scale.map((option) => (
              <span key={option.code}>
                <Label text={option.label} />
              </span>
            ))}
          </div>
          {item.rows.map((row) => (
            <MatrixRow key={row.variable} row={row} numbered={item.rowsAreQuestions} item={item} value={initial[row.variable]} error={errors[row.variable]} errorPrefix={ui.errorTitlePrefix} />
          ))}
        </div>
      </fieldset>
    </div>
  );
}

function MatrixRow({
  row,
  numbered,
  item,
  value,
  error,
  errorPrefix,
}: {
  row: { variable: string; text: string };
  numbered: boolean;
  item: ItemProps<"matrix">["item"];
  value: unknown;
  error: string | undefined;
  errorPrefix: string;
}) {
  const labelId = `${row.variable}-label`;
  return (
    <div className={`matrix__row${error ? " matrix__row--error" : ""}`} role="radiogroup" aria-labelledby={labelId} aria-describedby={describedBy(error && errorId(row.variable))} data-error-of={row.variable}>
      <div className="matrix__statement">
        <span id={labelId}>
          {numbered ? <span className="question__number">{row.variable}.</span> : null} {row.text}
        </span>
        <ErrorMessage variable={row.variable} message={error} prefix={errorPrefix} />
      </div>
      {item.scale.map((option, index) => {
        const id = optionId(row.variable, option.code, index);
        return (
          <div className="matrix__cell" key={option.code}>
            <input id={id} type="radio" name={row.variable} value={option.code} defaultChecked={value === option.code} />
            <label htmlFor={id}>
              <span className="matrix__option-label">
                <Label text={option.label} />
              </span>
            </label>
          </div>
        );
      })}
    </div>
  );
}

/** "Q32–Q36" for a block whose rows are numbered questions. */
function rowRange(rows: { variable: string }[]): string {
  const first = rows[0]?.variable ?? "";
  const last = rows[rows.length - 1]?.variable ?? first;
  return first === last ? first : `${first}–${last}`;
}
