"use client";
// Single choice as a radio group, multiple choice as checkboxes. Exclusive options
// ("Hard to say") clear the others and are cleared by them; the "specify" box appears
// under the options while "Other" is chosen.
import { useController } from "react-hook-form";
import { format } from "@/lib/i18n/respondent";
import { errorId, hintId, optionId } from "@/lib/survey/fields";
import { BlockLettersField } from "./BlockLettersField";
import { describedBy, ErrorMessage, Hint, QuestionLegend } from "./QuestionParts";
import type { ItemProps } from "./types";

type ChoiceProps = ItemProps<"single"> | ItemProps<"multi">;

function selectedCodes(value: unknown): number[] {
  if (Array.isArray(value)) return value.filter((v): v is number => typeof v === "number");
  return typeof value === "number" ? [value] : [];
}

export function ChoiceItem({ item, control, locale, ui, errors }: ChoiceProps) {
  const { field } = useController({ name: item.variable, control });
  const multi = item.kind === "multi";
  const selected = selectedCodes(field.value);
  const otherKey = item.otherCode !== undefined ? `${item.variable}_other` : undefined;
  const otherChosen = item.otherCode !== undefined && selected.includes(item.otherCode);

  const hint =
    item.help ??
    (item.kind === "multi" ? (item.maxSelections ? format(ui.chooseUpTo, { n: item.maxSelections }) : ui.selectAll) : undefined);
  const error = errors[item.variable];

  const toggle = (code: number, checked: boolean) => {
    if (item.kind !== "multi") return field.onChange(code);
    let next = checked ? [...selected, code] : selected.filter((c) => c !== code);
    if (checked) {
      next = item.exclusiveCodes.includes(code) ? [code] : next.filter((c) => !item.exclusiveCodes.includes(c));
    }
    // Keep display order so the stored list never depends on click order.
    field.onChange(item.options.map((o) => o.code).filter((c) => next.includes(c)));
  };

  return (
    <div className={`question${error ? " question--error" : ""}`} id={`q-${item.variable}`}>
      <fieldset className="question__fieldset" aria-describedby={describedBy(hint && hintId(item.variable), error && errorId(item.variable))}>
        <QuestionLegend number={item.variable} text={item.text} />
        <Hint variable={item.variable} text={hint} />
        <ErrorMessage variable={item.variable} message={error} prefix={ui.errorTitlePrefix} />
        <div className={multi ? "checkboxes" : "radios"}>
          {item.options.map((option, index) => {
            const id = optionId(item.variable, option.code, index);
            const checked = selected.includes(option.code);
            return (
              <div className={multi ? "checkboxes__item" : "radios__item"} key={option.code}>
                <input
                  id={id}
                  type={multi ? "checkbox" : "radio"}
                  name={item.variable}
                  value={option.code}
                  checked={checked}
                  onChange={(event) => toggle(option.code, event.target.checked)}
                  onBlur={field.onBlur}
                />
                <label htmlFor={id}>{option.label}</label>
              </div>
            );
          })}
        </div>
        {otherKey && otherChosen ? (
          <OtherField name={otherKey} control={control} locale={locale} label={ui.otherSpecifyLabel} placeholder={item.otherPlaceholder} error={errors[otherKey]} errorPrefix={ui.errorTitlePrefix} />
        ) : null}
      </fieldset>
    </div>
  );
}

function OtherField({
  name,
  control,
  locale,
  label,
  placeholder,
  error,
  errorPrefix,
}: {
  name: string;
  control: ItemProps<"single">["control"];
  locale: ItemProps<"single">["locale"];
  label: string;
  placeholder: string | undefined;
  error: string | undefined;
  errorPrefix: string;
}) {
  const { field } = useController({ name, control });
  const id = `f-${name}`;
  return (
    <div className="conditional">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {placeholder ? (
        <p className="hint" id={hintId(name)}>
          {placeholder}
        </p>
      ) : null}
      <ErrorMessage variable={name} message={error} prefix={errorPrefix} />
      <BlockLettersField
        id={id}
        name={name}
        value={typeof field.value === "string" ? field.value : ""}
        onChange={field.onChange}
        onBlur={field.onBlur}
        locale={locale}
        maxLength={1000}
        describedBy={describedBy(placeholder && hintId(name), error && errorId(name))}
        invalid={Boolean(error)}
      />
    </div>
  );
}
