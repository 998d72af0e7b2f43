// Reading a question page's answers from an HTML form (FormData on the server after a
// no-JS POST, or the live form in the browser). Field names are the answer variables;
// radios and checkboxes carry option codes. Nothing is judged here: a value that is not a
// code stays a string so that the validator reports it.
import { answerKeysOf, otherVariable } from "@/lib/questionnaire/structure";
import type { Item } from "@/lib/questionnaire/types";
import type { FormValues } from "./answers";

export interface FieldSource {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

const asCode = (value: unknown): number | string | undefined => {
  if (typeof value !== "string") return undefined;
  return /^-?\d{1,9}$/.test(value) ? Number(value) : value;
};

/** The raw values of `items` as the form holds them (blanks included). */
export function readItems(items: readonly Item[], form: FieldSource): FormValues {
  const out: FormValues = {};
  for (const item of items) {
    const other = otherVariable(item);
    for (const key of answerKeysOf(item)) {
      if (key === other || item.kind === "open") {
        const text = form.get(key);
        if (typeof text === "string") out[key] = text;
      } else if (item.kind === "multi") {
        const codes = form.getAll(key).map(asCode).filter((v): v is number | string => v !== undefined);
        const numbers = codes.filter((c): c is number => typeof c === "number");
        // A non-code among the values: pass text on so the validator rejects it.
        out[key] = numbers.length === codes.length ? numbers : codes.join(",");
      } else {
        const value = asCode(form.get(key));
        if (value !== undefined) out[key] = value;
      }
    }
  }
  return out;
}
