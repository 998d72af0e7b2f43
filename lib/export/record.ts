// The shape an export reads from the "Response" table: the stored, validated answers as
// JSON plus the metadata columns. Readers (./source) produce it, layouts (./wide-rows, ./long-rows)
// consume it, so neither depends on how the rows were fetched.
import type { Answers } from "@/lib/questionnaire";

export interface ResponseRecord {
  id: string;
  questionnaireVersion: string;
  locale: string;
  submittedOn: string;
  /** Canonical answers JSON as stored by lib/responses/raw-batch-write. */
  answers: string;
  /** Read for the quality indicators (the duplicate check, the completion band). */
  answersHash?: string;
  completionBand?: number | null;
  /** Values of the extra columns (./extra-columns), attached per batch by the reader. */
  extra?: Readonly<Record<string, number | null>>;
}

export class CorruptResponseError extends Error {
  override name = "CorruptResponseError";
}

/** Parses the stored answers; a row that is not a JSON object stops the export loudly. */
export function parseAnswers(record: ResponseRecord): Answers {
  let value: unknown;
  try {
    value = JSON.parse(record.answers);
  } catch {
    throw new CorruptResponseError(`Response ${record.id} has unreadable answers JSON`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new CorruptResponseError(`Response ${record.id} has answers that are not an object`);
  }
  return value as Answers;
}
