// Draft answers as the form holds them, and the payload the API receives. The form may
// hold blanks ("" / [] / undefined) and answers to questions routing has since skipped;
// neither is ever sent.
import { isShown, pruneSkipped } from "@/lib/questionnaire/routing";
import { itemsInOrder, otherVariable, valueVariables } from "@/lib/questionnaire/structure";
import type { AnswerValue, Answers, Questionnaire } from "@/lib/questionnaire/types";

export type FormValues = Record<string, AnswerValue | undefined | null>;

export function isBlankValue(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === "string" && value.trim() === "") ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Drops blank values (the validator treats them as absent anyway). */
export function compactAnswers(values: FormValues): Answers {
  const out: Answers = {};
  for (const [key, value] of Object.entries(values)) {
    if (isBlankValue(value) || value === null || value === undefined) continue;
    out[key] = value;
  }
  return out;
}

/**
 * What is sent: no blanks, nothing routing skips, and no "specify" text once "Other" is
 * no longer chosen (the form keeps that text in case the respondent ticks Other again).
 */
export function cleanAnswers(def: Questionnaire, values: FormValues): Answers {
  const answers = pruneSkipped(def, compactAnswers(values));
  for (const { item } of itemsInOrder(def)) {
    const key = otherVariable(item);
    if (key === undefined || !(key in answers) || (item.kind !== "single" && item.kind !== "multi")) continue;
    const chosen = answers[item.variable];
    const selected = Array.isArray(chosen) ? chosen : [chosen];
    if (!selected.includes(item.otherCode ?? Number.NaN)) delete answers[key];
  }
  return answers;
}

/** Answered vs. total answer slots of the items currently shown (for the progress bar). */
export function answeredShare(def: Questionnaire, answers: Answers): { answered: number; total: number; percent: number } {
  let answered = 0;
  let total = 0;
  for (const { item } of itemsInOrder(def)) {
    if (!isShown(item, answers)) continue;
    for (const variable of valueVariables(item)) {
      total += 1;
      if (!isBlankValue(answers[variable])) answered += 1;
    }
  }
  return { answered, total, percent: total === 0 ? 0 : Math.floor((answered / total) * 100) };
}
