// The write path of a response: one Response row and all its Answer rows, atomically.
// The UUID the browser generated is the idempotency key: its unique constraint, not a
// prior lookup, decides who wins, so two app instances receiving the same id at the
// same moment still store exactly one response. Kept small on purpose: the hardening
// work replaces the write with group commit of concurrent submissions.
import "server-only";
import type { Db } from "@/lib/db/client";
import { questionnaire } from "@/lib/questionnaire/definition";
import type { Answers, Locale } from "@/lib/questionnaire/types";
import { answersHash, canonicalJson } from "./canonical";
import { filterColumns } from "./filter-columns";

export interface ResponseRecord {
  id: string;
  questionnaireVersion: string;
  locale: Locale;
  /** YYYY-MM-DD in RESULTS_TIMEZONE, deliberately without a time of day. */
  submittedOn: string;
  /** Normalised answers, as returned by validateSubmission. */
  answers: Answers;
}

export type StoreResult = { status: "created" } | { status: "replayed" } | { status: "conflict" };

export interface AnswerRow {
  variable: string;
  code?: number;
  text?: string;
}

/**
 * One row per answer value: a single code or a rating/matrix value → {variable, code};
 * each ticked multi-choice code → its own {variable, code}; open and "other" text →
 * {variable, text}. The dashboard aggregates these rows with GROUP BY variable, code.
 */
export function answerRows(answers: Answers): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const [variable, value] of Object.entries(answers)) {
    if (typeof value === "string") rows.push({ variable, text: value });
    else if (Array.isArray(value)) for (const code of value) rows.push({ variable, code });
    else rows.push({ variable, code: value });
  }
  return rows;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export async function storeResponse(db: Db, record: ResponseRecord): Promise<StoreResult> {
  const hash = answersHash(record.answers);
  try {
    // A nested createMany runs in the same implicit transaction as the parent create:
    // either the response and every answer row exist, or nothing does.
    await db.response.create({
      data: {
        id: record.id,
        questionnaireVersion: record.questionnaireVersion,
        locale: record.locale,
        submittedOn: record.submittedOn,
        answers: canonicalJson(record.answers),
        answersHash: hash,
        ...filterColumns(questionnaire, record.answers),
        answerRows: { createMany: { data: answerRows(record.answers).map((a, ordinal) => ({ ...a, ordinal })) } },
      },
      select: { id: true },
    });
    return { status: "created" };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.response.findUnique({ where: { id: record.id }, select: { answersHash: true } });
    if (!existing) throw error;
    return existing.answersHash === hash ? { status: "replayed" } : { status: "conflict" };
  }
}
