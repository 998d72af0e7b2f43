// The zod schema of a questionnaire *definition* (not of a response). The instrument is
// data; this schema is what guarantees that the data is complete and self-consistent
// before the UI, the validator or an export ever read it. Types are inferred from it
// (see types.ts) so the schema and the TypeScript types cannot drift apart.
import { z } from "zod";
import { OPEN_TEXT_MAX_LENGTH } from "./constants";
import { checkQuestionnaire } from "./definition-checks";

const nonBlank = z
  .string()
  .refine((s) => s.trim().length > 0, { message: "must not be empty or whitespace" });

/** Every user-visible string exists in Kazakh, Russian and English. */
export const localizedTextSchema = z.strictObject({ kk: nonBlank, ru: nonBlank, en: nonBlank });

/**
 * Variable names become CSV column headers and SPSS/Stata variable names, so they are
 * restricted to ASCII letters, digits and single underscores, starting with a capital.
 */
export const variableNameSchema = z
  .string()
  .regex(/^[A-Z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$/, { message: "invalid variable name" });

const code = z.number().int().min(1).max(99);

/**
 * Where an item's wording comes from, so a researcher knows which figures are comparable
 * with the published ones: `paper` = wording quoted in the paper (Kosherbayeva & Bokayev);
 * `paper-derived` = the paper names the topic, the wording is ours; `added` = not in the
 * paper at all (e.g. Q14, Q9's other options, "not applicable" options).
 */
export const provenanceSchema = z.enum(["paper", "paper-derived", "added"]);

/**
 * An answer option. Substantive codes are 1..k in display order; 98/99 are reserved.
 * `provenance` is given only where it differs from the item's (e.g. an added option of a
 * question the paper quotes).
 */
export const optionSchema = z.strictObject({
  code,
  label: localizedTextSchema,
  provenance: provenanceSchema.optional(),
});

/**
 * Routing: the item is shown only when the condition on an earlier answer holds.
 * On a multi-choice answer `equals` means "includes", `in` "includes any", `notIn`
 * "includes none". A condition on an unanswered (or skipped) variable is false, so a
 * skip propagates to everything that depends on the skipped item.
 */
export const conditionSchema = z.discriminatedUnion("op", [
  z.strictObject({ variable: variableNameSchema, op: z.literal("equals"), value: z.number().int() }),
  z.strictObject({
    variable: variableNameSchema,
    op: z.literal("in"),
    values: z.array(z.number().int()).min(1),
  }),
  z.strictObject({
    variable: variableNameSchema,
    op: z.literal("notIn"),
    values: z.array(z.number().int()).min(1),
  }),
]);

/** A sub-item of a rating block or a row of a matrix: one answer variable each. */
export const subItemSchema = z.strictObject({
  variable: variableNameSchema,
  text: localizedTextSchema,
  /** Only where it differs from the item's provenance. */
  provenance: provenanceSchema.optional(),
});

const itemBase = {
  variable: variableNameSchema,
  /** The question as shown to respondents. */
  text: localizedTextSchema,
  provenance: provenanceSchema,
  /**
   * The paper's own wording, when the on-screen text deliberately departs from it
   * (Q26: the paper asks which feature is "most important" while each is rated 1–10).
   * Shown in the codebook next to the question.
   */
  paperText: localizedTextSchema.optional(),
  help: localizedTextSchema.optional(),
  showIf: conditionSchema.optional(),
};

// "Other (please specify)": otherCode is the option that opens the text field stored
// under `<VAR>_other`; the placeholder is that field's hint text.
const otherFields = {
  otherCode: code.optional(),
  otherPlaceholder: localizedTextSchema.optional(),
};

/**
 * A single-choice question the dashboard and exports may filter responses by
 * (and that storage copies onto the response row for indexed filtering).
 */
export const filterDimensionSchema = z.enum(["gender", "ageGroup", "region"]);

export const singleItemSchema = z.strictObject({
  kind: z.literal("single"),
  ...itemBase,
  required: z.boolean().default(true),
  options: z.array(optionSchema).min(2),
  ...otherFields,
  filterDimension: filterDimensionSchema.optional(),
  /**
   * The options form an ordered scale (frequency, trust, level, agreement): exports
   * declare the item ordinal (.sav measurement level, .sps VARIABLE LEVEL); nominal otherwise.
   */
  ordered: z.boolean().optional(),
});

export const multiItemSchema = z.strictObject({
  kind: z.literal("multi"),
  ...itemBase,
  required: z.boolean().default(true),
  options: z.array(optionSchema).min(2),
  /** Minimum number of options when answered (an exclusive option alone also satisfies it). */
  minSelections: z.number().int().min(1).default(1),
  /** Maximum number of options; absent means "select all that apply". */
  maxSelections: z.number().int().min(1).optional(),
  /** Options such as "Hard to say" that cannot be combined with any other option. */
  exclusiveCodes: z.array(code).default([]),
  ...otherFields,
});

export const openItemSchema = z.strictObject({
  kind: z.literal("open"),
  ...itemBase,
  // Open answers are optional: the paper's open questions invite, not demand, an answer.
  required: z.boolean().default(false),
  maxLength: z.number().int().min(1).max(OPEN_TEXT_MAX_LENGTH).default(OPEN_TEXT_MAX_LENGTH),
  /** Height hint for the text area (number of lines). */
  rows: z.number().int().min(1).max(20).default(4),
  placeholder: localizedTextSchema.optional(),
});

export const ratingItemSchema = z.strictObject({
  kind: z.literal("rating"),
  ...itemBase,
  required: z.boolean().default(true),
  min: z.number().int(),
  max: z.number().int(),
  minLabel: localizedTextSchema,
  maxLabel: localizedTextSchema,
  /** Several sub-items rated on the same scale; without them the item itself is rated. */
  subItems: z.array(subItemSchema).min(1).optional(),
});

export const matrixItemSchema = z.strictObject({
  kind: z.literal("matrix"),
  ...itemBase,
  required: z.boolean().default(true),
  rows: z.array(subItemSchema).min(1),
  /**
   * When true each row is a numbered question of its own (Part IV: Q32..Q36 shown as one
   * block) and counts as a question; `variable` is then only the block's id. When false
   * the rows are sub-items `<VAR>_1..<VAR>_k` of a single question.
   */
  rowsAreQuestions: z.boolean().default(false),
  scale: z.array(optionSchema).min(2),
});

export const itemSchema = z.discriminatedUnion("kind", [
  singleItemSchema,
  multiItemSchema,
  openItemSchema,
  ratingItemSchema,
  matrixItemSchema,
]);

export const partIdSchema = z.enum(["I", "II", "III", "IV"]);

export const partSchema = z.strictObject({
  id: partIdSchema,
  title: localizedTextSchema,
  intro: localizedTextSchema,
  items: z.array(itemSchema).min(1),
});

export const questionnaireSchema = z
  .strictObject({
    /** Stable slug; together with `version` it identifies what a response answered. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    version: z.number().int().min(1),
    title: localizedTextSchema,
    intro: localizedTextSchema,
    /** The screening question asked before Part I (S1). */
    screening: itemSchema,
    parts: z.array(partSchema).min(1),
  })
  .superRefine((def, ctx) => {
    for (const problem of checkQuestionnaire(def)) {
      ctx.addIssue({ code: "custom", message: problem.message, path: problem.path });
    }
  });
