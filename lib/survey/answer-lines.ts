// How an answer reads on the check-your-answers page, from the single-language definition.
import { assertNever } from "@/lib/questionnaire/assert-never";
import { otherVariable } from "@/lib/questionnaire/structure";
import type { Answers } from "@/lib/questionnaire/types";
import type { LocalisedItem } from "@/components/survey/items/types";

export interface AnswerLine {
  /** Sub-item or matrix row text, when the item has several. */
  label?: string;
  value: string | undefined;
}

function optionLabel(options: { code: number; label: string }[], code: unknown): string | undefined {
  return options.find((o) => o.code === code)?.label;
}

/** The "Other (please specify)" text given with a choice, if any. */
function otherText(item: LocalisedItem, answers: Answers): string | undefined {
  const key = otherVariable(item);
  const text = key === undefined ? undefined : answers[key];
  return typeof text === "string" ? text : undefined;
}

export function answerLines(item: LocalisedItem, answers: Answers): AnswerLine[] {
  switch (item.kind) {
    case "single": {
      const label = optionLabel(item.options, answers[item.variable]);
      const other = otherText(item, answers);
      return [{ value: label && typeof other === "string" ? `${label}: ${other}` : label }];
    }
    case "multi": {
      const codes = answers[item.variable];
      const other = otherText(item, answers);
      if (!Array.isArray(codes) || codes.length === 0) return [{ value: undefined }];
      return codes.map((code) => {
        const label = optionLabel(item.options, code) ?? String(code);
        return { value: code === item.otherCode && typeof other === "string" ? `${label}: ${other}` : label };
      });
    }
    case "open": {
      const text = answers[item.variable];
      return [{ value: typeof text === "string" ? text : undefined }];
    }
    case "rating": {
      const rows = item.subItems ?? [{ variable: item.variable, text: undefined }];
      return rows.map((row) => {
        const value = answers[row.variable];
        return { label: row.text, value: typeof value === "number" ? String(value) : undefined };
      });
    }
    case "matrix":
      return item.rows.map((row) => ({ label: row.text, value: optionLabel(item.scale, answers[row.variable]) }));
    default:
      return assertNever(item);
  }
}
