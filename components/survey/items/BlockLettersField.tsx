// A text box that shows what the respondent types in block letters, as the paper form
// asks. Uncontrolled and free of handlers, so it renders as a server component: the
// server HTML works as is (the server upper-cases on receipt); the form's one delegated
// input listener (lib/survey/enhance/block-letters.ts) upper-cases as you type.

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
  /** The answer variable whose error describes this box (the script points it at the message). */
  errorOf?: string;
}

export function BlockLettersField({ id, name, defaultValue, multiline, rows, maxLength, placeholder, describedBy, invalid, errorOf }: Props) {
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
    "data-error-of": errorOf,
    className: `text-input block-letters${invalid ? " text-input--error" : ""}`,
  } as const;
  return multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />;
}
