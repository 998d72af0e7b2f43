// Walking the definition: items and questions in order, the answer keys each item owns,
// and lookups by variable. Everything that iterates a questionnaire goes through here so
// that ordering and key naming are decided once.
import { assertNever } from "./assert-never";
import { OTHER_SUFFIX } from "./constants";
import type {
  AnswerVariable,
  Item,
  ItemKind,
  Option,
  PlacedItem,
  Question,
  Questionnaire,
  SectionId,
} from "./types";

/** The screening item, then every part's items, each with its section. */
export function itemsInOrder(def: Questionnaire): PlacedItem[] {
  const placed: PlacedItem[] = [{ item: def.screening, part: "screening", partIndex: null }];
  def.parts.forEach((part, partIndex) => {
    for (const item of part.items) placed.push({ item, part: part.id, partIndex });
  });
  return placed;
}

/** How many numbered questions an item stands for (a question-row matrix counts its rows). */
export function questionCount(item: Item): number {
  return item.kind === "matrix" && item.rowsAreQuestions ? item.rows.length : 1;
}

/** The numbered questions (S1, Q1..Qn) in order, as the paper counts them. */
export function questionsInOrder(def: Questionnaire): Question[] {
  const questions: Question[] = [];
  for (const { item, part } of itemsInOrder(def)) {
    if (item.kind === "matrix" && item.rowsAreQuestions) {
      for (const row of item.rows) questions.push({ variable: row.variable, text: row.text, part, item });
    } else {
      questions.push({ variable: item.variable, text: item.text, part, item });
    }
  }
  return questions;
}

/** The keys holding the item's substantive answer (excluding the "other" text). */
export function valueVariables(item: Item): string[] {
  switch (item.kind) {
    case "rating":
      return item.subItems ? item.subItems.map((s) => s.variable) : [item.variable];
    case "matrix":
      return item.rows.map((r) => r.variable);
    case "single":
    case "multi":
    case "open":
      return [item.variable];
    default:
      return assertNever(item);
  }
}

/** The key of the "Other (please specify)" text of the item whose variable is given. */
export function otherVariableName(itemVariable: string): string {
  return `${itemVariable}${OTHER_SUFFIX}`;
}

/**
 * The key of the "Other (please specify)" text, if the item offers one. Takes any item,
 * full or projected to one language (the respondent's components hold the latter).
 */
export function otherVariable(item: { kind: ItemKind; variable: string; otherCode?: number }): string | undefined {
  if ((item.kind === "single" || item.kind === "multi") && item.otherCode !== undefined) {
    return otherVariableName(item.variable);
  }
  return undefined;
}

/** Every key an answer to this item may use. */
export function answerKeysOf(item: Item): string[] {
  const other = otherVariable(item);
  return other === undefined ? valueVariables(item) : [...valueVariables(item), other];
}

/** The codes a numeric answer under `variable` may take, or the integer range for ratings. */
export function optionsOf(item: Item): Option[] | undefined {
  if (item.kind === "single" || item.kind === "multi") return item.options;
  if (item.kind === "matrix") return item.scale;
  return undefined;
}

/** Describes every answer key a response may carry, in questionnaire order. */
export function answerVariables(def: Questionnaire): AnswerVariable[] {
  const out: AnswerVariable[] = [];
  for (const { item, part } of itemsInOrder(def)) out.push(...describeItem(item, part));
  return out;
}

function describeItem(item: Item, part: SectionId): AnswerVariable[] {
  const common = {
    itemVariable: item.variable,
    part,
    question: item.text,
    required: item.required,
    ...(item.showIf ? { showIf: item.showIf } : {}),
  };
  switch (item.kind) {
    case "single":
    case "multi": {
      const vars: AnswerVariable[] = [
        {
          ...common,
          variable: item.variable,
          kind: item.kind,
          valueType: item.kind === "single" ? "code" : "codes",
          options: item.options,
        },
      ];
      const other = otherVariable(item);
      const otherOption = item.options.find((o) => o.code === item.otherCode);
      if (other !== undefined && otherOption) {
        vars.push({
          ...common,
          variable: other,
          kind: "other",
          valueType: "text",
          label: otherOption.label,
          required: item.required,
        });
      }
      return vars;
    }
    case "open":
      return [{ ...common, variable: item.variable, kind: "open", valueType: "text" }];
    case "rating": {
      const range = { min: item.min, max: item.max };
      if (!item.subItems) {
        return [{ ...common, ...range, variable: item.variable, kind: "rating", valueType: "integer" }];
      }
      return item.subItems.map((s) => ({
        ...common,
        ...range,
        variable: s.variable,
        kind: "rating" as const,
        valueType: "integer" as const,
        label: s.text,
      }));
    }
    case "matrix":
      return item.rows.map((r) => ({
        ...common,
        variable: r.variable,
        kind: "matrix" as const,
        valueType: "code" as const,
        label: r.text,
        options: item.scale,
      }));
    default:
      return assertNever(item);
  }
}

/**
 * Finds the item that owns a variable: an item's own variable, a sub-item or row
 * variable, or an "other" text key. Returns undefined for unknown variables.
 */
export function findItem(def: Questionnaire, variable: string): PlacedItem | undefined {
  return itemIndex(def).get(variable);
}

/** Like findItem, but throws for an unknown variable (for code that knows it exists). */
export function getItem(def: Questionnaire, variable: string): PlacedItem {
  const found = findItem(def, variable);
  if (!found) throw new RangeError(`Unknown questionnaire variable "${variable}"`);
  return found;
}

// Definitions are immutable once loaded, so the lookup table is built once per object.
const indexCache = new WeakMap<Questionnaire, Map<string, PlacedItem>>();

function itemIndex(def: Questionnaire): Map<string, PlacedItem> {
  let index = indexCache.get(def);
  if (!index) {
    index = new Map();
    for (const placed of itemsInOrder(def)) {
      index.set(placed.item.variable, placed);
      for (const key of answerKeysOf(placed.item)) index.set(key, placed);
    }
    indexCache.set(def, index);
  }
  return index;
}

/** The part/section a variable belongs to, for grouping in UIs and exports. */
export function sectionOf(def: Questionnaire, variable: string): SectionId | undefined {
  return findItem(def, variable)?.part;
}
