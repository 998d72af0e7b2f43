// Review of flagged responses: the list staff work through and the decision on one
// response. Excluding never deletes: the response stays, marked with a reason from the
// fixed list (./reasons.ts) and a note, and restoring undoes it. Every decision is
// audited (who, which response, which reason); the review row itself holds no time.
import "server-only";
import { audit, type AuditActor } from "@/lib/audit/log";
import type { Db } from "@/lib/db/client";
import { isSmall } from "@/lib/dashboard/disclosure";
import type { Answers, Questionnaire } from "@/lib/questionnaire/types";
import { duplicateHashes } from "@/lib/quality/duplicates.server";
import { qualityFlags, qualityIndicators, specialPercent, type QualityFlag } from "@/lib/quality/indicators";
import { SPEEDER_BAND } from "@/lib/quality/rules";
import { responseWhere } from "@/lib/responses/filters";
import { isExclusionReason, NOTE_MAX_LENGTH, type ExclusionReason } from "./reasons";

export const REVIEW_PAGE_SIZE = 50;

export interface ReviewRow {
  id: string;
  flags: QualityFlag[];
  straightLinedGrids: string[];
  specialPct: number;
  completionBand: number | null;
  excluded: boolean;
  reason: string;
  note: string;
}

export interface ReviewList {
  /** Released responses, all of them (flagged or not). */
  total: number;
  flagged: number;
  excluded: number;
  /** Responses per flag; null where the count is below the minimum group size. */
  byFlag: Record<QualityFlag, number | null>;
  /** True when fewer than the minimum group size are flagged: nothing is listed. */
  withheld: boolean;
  rows: ReviewRow[];
  /** The id to continue after, when there are more rows. */
  next?: string;
}

const FLAGS: readonly QualityFlag[] = ["straightline", "special", "duplicate", "speeder"];

/**
 * The flagged responses among the released ones, by id: ids are random (v4) UUIDs, so
 * this order says nothing about when anyone answered. Counts follow the dashboard's
 * minimum group size, and below it no response is listed at all.
 */
export async function reviewList(db: Db, def: Questionnaire, options: { minGroupSize: number; after?: string }): Promise<ReviewList> {
  const [rows, duplicates] = await Promise.all([
    db.response.findMany({
      where: responseWhere({ includeExcluded: true }),
      select: { id: true, answers: true, answersHash: true, completionBand: true, review: true },
      orderBy: { id: "asc" },
    }),
    duplicateHashes(db),
  ]);
  const counts = Object.fromEntries(FLAGS.map((f) => [f, 0])) as Record<QualityFlag, number>;
  const flaggedRows: ReviewRow[] = [];
  let excluded = 0;
  for (const r of rows) {
    const ind = qualityIndicators(def, JSON.parse(r.answers) as Answers);
    const flags = qualityFlags(ind, duplicates.has(r.answersHash), r.completionBand === SPEEDER_BAND);
    if (r.review?.excluded) excluded++;
    for (const f of flags) counts[f]++;
    // A response excluded for another reason stays listed so that it can be restored.
    if (flags.length === 0 && !r.review?.excluded) continue;
    flaggedRows.push({
      id: r.id,
      flags,
      straightLinedGrids: ind.straightLinedGrids,
      specialPct: specialPercent(ind),
      completionBand: r.completionBand,
      excluded: r.review?.excluded ?? false,
      reason: r.review?.reason ?? "",
      note: r.review?.note ?? "",
    });
  }
  const k = options.minGroupSize;
  const withheld = isSmall(flaggedRows.length, k);
  const start = options.after ? flaggedRows.findIndex((r) => r.id > (options.after ?? "")) : 0;
  const page = withheld || start < 0 ? [] : flaggedRows.slice(start, start + REVIEW_PAGE_SIZE);
  const more = !withheld && start >= 0 && start + REVIEW_PAGE_SIZE < flaggedRows.length;
  return {
    total: rows.length,
    flagged: flaggedRows.length,
    excluded,
    byFlag: Object.fromEntries(FLAGS.map((f) => [f, isSmall(counts[f], k) ? null : counts[f]])) as Record<QualityFlag, number | null>,
    withheld,
    rows: page,
    ...(more ? { next: page.at(-1)?.id } : {}),
  };
}

export type ReviewDecision =
  | { action: "exclude"; responseId: string; reason: ExclusionReason; note: string }
  | { action: "restore"; responseId: string; note: string };

export type DecisionResult = { ok: true } | { ok: false; problem: "unknownResponse" | "invalid" };

/** Excludes or restores one response and audits it. The caller has authorized the actor. */
export async function decide(db: Db, actor: AuditActor, decision: ReviewDecision): Promise<DecisionResult> {
  const note = decision.note.trim().slice(0, NOTE_MAX_LENGTH);
  if (decision.action === "exclude" && !isExclusionReason(decision.reason)) return { ok: false, problem: "invalid" };
  const exists = await db.response.findUnique({ where: { id: decision.responseId }, select: { id: true } });
  if (!exists) return { ok: false, problem: "unknownResponse" };
  const excluded = decision.action === "exclude";
  const reason = decision.action === "exclude" ? decision.reason : "";
  await db.responseReview.upsert({
    where: { responseId: decision.responseId },
    create: { responseId: decision.responseId, excluded, reason, note },
    update: { excluded, reason, note },
  });
  await bumpReviewRevision(db);
  await audit(db, {
    actor,
    action: excluded ? "response-excluded" : "response-restored",
    details: { responseId: decision.responseId, ...(excluded ? { reason } : {}), ...(note ? { note } : {}) },
  });
  return { ok: true };
}

/**
 * The dashboard's cached aggregates are fingerprinted by the rows they cover; an exclusion
 * changes what they count without changing those rows, so every decision bumps this
 * revision, which the fingerprint includes (lib/dashboard/cache.ts).
 */
export const REVIEW_REVISION_KEY = "review.revision";

async function bumpReviewRevision(db: Db): Promise<void> {
  const current = await db.setting.findUnique({ where: { key: REVIEW_REVISION_KEY } });
  const next = String((Number(current?.value ?? "0") || 0) + 1);
  await db.setting.upsert({ where: { key: REVIEW_REVISION_KEY }, create: { key: REVIEW_REVISION_KEY, value: next }, update: { value: next } });
}

/** How many released responses are excluded, for the views that state it. */
export async function excludedCount(db: Db): Promise<number> {
  return db.response.count({ where: { ...responseWhere({ includeExcluded: true }), review: { is: { excluded: true } } } });
}
