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

/** Validation messages start with "<variable>: "; beside the field itself that is noise. */
export function withoutVariable(message: string, variable: string): string {
  const prefix = `${variable}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}
