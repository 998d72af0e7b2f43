// The report's methods section, generated from the definition: which questions are
// routed (asked only if an earlier answer says so), how percentages are based, and the
// missing-data codes the exports use. Nothing here is typed by hand per survey.
import { findItem, itemsInOrder, optionsOf, type Condition, type Locale, type Questionnaire } from "@/lib/questionnaire";
import { HARD_TO_SAY, NOT_ANSWERED, NOT_ASKED, PREFER_NOT } from "@/lib/questionnaire/constants";
import { assertNever } from "@/lib/questionnaire/assert-never";

export type Methods = {
  /** One line per routed question: its variable and the condition, in the language. */
  routing: { variable: string; condition: string }[];
  /** Which special codes occur in this definition's options. */
  hasPreferNot: boolean;
  hasHardToSay: boolean;
  hasMulti: boolean;
  hasRating: boolean;
  hasOptional: boolean;
  codes: { notAsked: number; notAnswered: number; preferNot: number; hardToSay: number };
};

/** "S1 = Yes", "Q5 = A or B", "Q5 ≠ A, B" with the option labels in the language. */
export function conditionText(def: Questionnaire, condition: Condition, locale: Locale): string {
  const owner = findItem(def, condition.variable)?.item;
  const options = owner ? optionsOf(owner) : undefined;
  const show = (code: number) => {
    const label = options?.find((o) => o.code === code)?.label[locale];
    return label ? `«${label}»` : String(code);
  };
  switch (condition.op) {
    case "equals":
      return `${condition.variable} = ${show(condition.value)}`;
    case "in":
      return `${condition.variable} ∈ {${condition.values.map(show).join(", ")}}`;
    case "notIn":
      return `${condition.variable} ∉ {${condition.values.map(show).join(", ")}}`;
    default:
      return assertNever(condition);
  }
}

export function reportMethods(def: Questionnaire, locale: Locale): Methods {
  const items = itemsInOrder(def).map((p) => p.item);
  const codes = new Set(items.flatMap((i) => (optionsOf(i) ?? []).map((o) => o.code)));
  return {
    routing: items.flatMap((i) => (i.showIf ? [{ variable: i.variable, condition: conditionText(def, i.showIf, locale) }] : [])),
    hasPreferNot: codes.has(PREFER_NOT),
    hasHardToSay: codes.has(HARD_TO_SAY),
    hasMulti: items.some((i) => i.kind === "multi"),
    hasRating: items.some((i) => i.kind === "rating"),
    hasOptional: items.some((i) => !i.required),
    codes: { notAsked: NOT_ASKED, notAnswered: NOT_ANSWERED, preferNot: PREFER_NOT, hardToSay: HARD_TO_SAY },
  };
}
