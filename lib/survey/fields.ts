// DOM ids of answer fields. The error summary links to `fieldId(variable)`, which is
// always the first input of that answer (the first radio or checkbox, or the text box).
export function fieldId(variable: string): string {
  return `f-${variable}`;
}

export function optionId(variable: string, code: number, index: number): string {
  return index === 0 ? fieldId(variable) : `f-${variable}-${code}`;
}

export const hintId = (variable: string) => `${variable}-hint`;
export const errorId = (variable: string) => `${variable}-error`;
/** The "choose up to" counter of a multiple choice, and the box for an "Other" answer's text. */
export const counterId = (variable: string) => `${variable}-count`;
export const conditionalId = (otherVariable: string) => `${otherVariable}-conditional`;

/** Option codes of a single or multiple choice answer (anything else: none). */
export function codesOf(value: unknown): number[] {
  if (Array.isArray(value)) return value.filter((v): v is number => typeof v === "number");
  return typeof value === "number" ? [value] : [];
}

/** Messages by answer variable, from a list of field errors. */
export function messagesByVariable(errors: readonly { variable: string; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) out[e.variable] = e.message;
  return out;
}

/** Validation messages start with "<variable>: "; beside the field itself that is noise. */
export function withoutVariable(message: string, variable: string): string {
  const prefix = `${variable}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}
