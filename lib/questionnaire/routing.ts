// Routing is evaluated by this one function everywhere (respondent UI, validator,
// exports), so the three can never disagree about who was asked what.
import { answerKeysOf, itemsInOrder } from "./structure";
import type { AnswerValue, Answers, Condition, Item, Questionnaire } from "./types";
import { assertNever } from "./assert-never";

/**
 * Whether a condition holds for the given answers. On a list answer (multi-choice)
 * `equals` means "includes", `in` "includes any of", `notIn` "includes none of".
 * A condition on a missing answer is false, whatever the operator: an item that depends
 * on an unanswered or skipped question is itself skipped.
 */
export function evaluateCondition(condition: Condition, answers: Readonly<Partial<Answers>>): boolean {
  const value: AnswerValue | undefined = answers[condition.variable];
  if (value === undefined || typeof value === "string") return false;
  const selected = Array.isArray(value) ? value : [value];
  if (Array.isArray(value) && value.length === 0) return false;
  switch (condition.op) {
    case "equals":
      return selected.includes(condition.value);
    case "in":
      return selected.some((v) => condition.values.includes(v));
    case "notIn":
      return !selected.some((v) => condition.values.includes(v));
    default:
      return assertNever(condition);
  }
}

/** Whether the item is shown to a respondent with these (earlier) answers. */
export function isShown(item: Pick<Item, "showIf">, answers: Readonly<Partial<Answers>>): boolean {
  return item.showIf === undefined || evaluateCondition(item.showIf, answers);
}

/**
 * Drops the answers of every item that routing now skips, walking in questionnaire order
 * so that skips cascade. The UI calls this when an earlier answer changes (e.g. S1 from
 * Yes to No) so stale answers are never submitted.
 */
export function pruneSkipped(def: Questionnaire, answers: Readonly<Answers>): Answers {
  const kept: Answers = { ...answers };
  for (const { item } of itemsInOrder(def)) {
    if (!isShown(item, kept)) for (const key of answerKeysOf(item)) delete kept[key];
  }
  return kept;
}
