// The types everything else codes against. Definition types are inferred from the zod
// schemas in definition-schema.ts (output = after defaults, i.e. what `questionnaire`
// holds; input = what the instrument files are written in).
import type { z } from "zod";
import type {
  conditionSchema,
  itemSchema,
  matrixItemSchema,
  multiItemSchema,
  openItemSchema,
  optionSchema,
  partIdSchema,
  partSchema,
  provenanceSchema,
  questionnaireSchema,
  ratingItemSchema,
  singleItemSchema,
  subItemSchema,
} from "./definition-schema";
import type { LocalizedText } from "./locale";

export type { Locale, LocalizedText } from "./locale";
export { LOCALES, isLocale } from "./locale";

export type Option = z.output<typeof optionSchema>;
export type Provenance = z.output<typeof provenanceSchema>;
export type Condition = z.output<typeof conditionSchema>;
export type SubItem = z.output<typeof subItemSchema>;

export type SingleItem = z.output<typeof singleItemSchema>;
export type MultiItem = z.output<typeof multiItemSchema>;
export type OpenItem = z.output<typeof openItemSchema>;
export type RatingItem = z.output<typeof ratingItemSchema>;
export type MatrixItem = z.output<typeof matrixItemSchema>;
export type Item = z.output<typeof itemSchema>;
export type ItemKind = Item["kind"];

export type PartId = z.output<typeof partIdSchema>;
export type Part = z.output<typeof partSchema>;
export type Questionnaire = z.output<typeof questionnaireSchema>;

/** Authoring types: what instrument files are written in (defaults may be omitted). */
export type ItemInput = z.input<typeof itemSchema>;
export type PartInput = z.input<typeof partSchema>;
export type QuestionnaireInput = z.input<typeof questionnaireSchema>;
export type OptionInput = z.input<typeof optionSchema>;

/** Where an item sits: the screening block before Part I, or one of the parts. */
export type SectionId = "screening" | PartId;

/**
 * A response, flat and JSON-serialisable:
 * single → code; multi → codes; open → text; rating sub-items and matrix rows → one
 * number per row variable (`Q26_1`, `Q27_2`, `Q32`); "other" text → `<VAR>_other`.
 */
export type AnswerValue = number | number[] | string;
export type Answers = Record<string, AnswerValue>;

/** An item together with where it sits in the questionnaire. */
export interface PlacedItem {
  item: Item;
  part: SectionId;
  /** Index into `parts`, or null for the screening item. */
  partIndex: number | null;
}

/** A numbered question (S1, Q1..Q36). A matrix whose rows are questions yields one per row. */
export interface Question {
  variable: string;
  text: LocalizedText;
  part: SectionId;
  item: Item;
}

export type AnswerVariableKind = "single" | "multi" | "open" | "rating" | "matrix" | "other";

/** One key a response may carry, as storage and exports iterate them. */
export interface AnswerVariable {
  /** The key in `Answers` (e.g. "Q11", "Q26_2", "Q32", "Q11_other"). */
  variable: string;
  /** The item the key belongs to (e.g. "Q26" for "Q26_2"; the block id for Part IV rows). */
  itemVariable: string;
  part: SectionId;
  kind: AnswerVariableKind;
  /** How the value is stored: one code, a list of codes, an integer score, or text. */
  valueType: "code" | "codes" | "integer" | "text";
  /** The item's question text. */
  question: LocalizedText;
  /** Sub-item / row text, or the "Other" option label for `_other` keys. */
  label?: LocalizedText;
  /** Codes and labels (single, multi, matrix rows). */
  options?: Option[];
  /** Scale bounds (rating). */
  min?: number;
  max?: number;
  /** Whether a shown item must be answered (an `_other` key: required when "Other" is chosen). */
  required: boolean;
  showIf?: Condition;
}

/** How an export cell is computed from `Answers`. */
export type ExportCellSource =
  /** The number stored under `variable` (single, rating, matrix row). */
  | { from: "code"; variable: string }
  /** 1 if `code` is among the codes stored under `variable` (multi), else 0. */
  | { from: "flag"; variable: string; code: number }
  /** The text stored under `variable` (open, "other"). */
  | { from: "text"; variable: string };

/** A column of the wide CSV export, in questionnaire order. */
export interface ExportColumn {
  /** Column header, e.g. "Q11_3". */
  name: string;
  /** The answer key the cell reads. */
  variable: string;
  itemVariable: string;
  part: SectionId;
  type: "numeric" | "text";
  /** Human label of the column (question, sub-item, option or "Other" text). */
  label: LocalizedText;
  source: ExportCellSource;
  /** The item's routing condition: when false the cell is NOT_ASKED. */
  showIf?: Condition;
  /** For "other" text columns: the option code that makes the text applicable. */
  otherCode?: number;
}

export type ValidationErrorCode =
  | "notObject"
  | "unknownVariable"
  | "expectedCode"
  | "expectedCodes"
  | "expectedText"
  | "expectedInteger"
  | "unknownCode"
  | "outOfRange"
  | "duplicateCode"
  | "tooFew"
  | "tooMany"
  | "exclusiveCombined"
  | "required"
  | "otherTextMissing"
  | "otherTextUnexpected"
  | "skipped"
  | "tooLong"
  | "controlCharacters";

export interface ValidationError {
  /** The offending answer key ("" only when the payload itself is not an object). */
  variable: string;
  code: ValidationErrorCode;
  /** Translated into the requested locale; always names the variable. */
  message: string;
}

export type ValidationResult =
  | { ok: true; answers: Answers }
  | { ok: false; errors: ValidationError[] };

/** Which block a part schema validates: a part index (0 = Part I) or the screening item. */
export type PartSelector = number | "screening";
