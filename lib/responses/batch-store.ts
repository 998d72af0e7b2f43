// The submission write path under load: concurrent submissions are decided and
// written together, in ONE transaction per batch (see group-commit.ts):
//   1. the survey status (one read),
//   2. which ids already exist (one read) — replays and conflicts,
//   3. the per-address rate limit, one increment per distinct address,
//   4. every new Response row (one multi-row insert, returning seqs),
//   5. every Answer row of every new response (one multi-row insert),
// then COMMIT, and only then is any caller answered. A batch that fails as a
// whole (e.g. another instance inserted one of its ids a moment earlier) is
// retried item by item, so one bad item never fails its neighbours.
import type { Db } from "@/lib/db/client";
import { questionnaire } from "@/lib/questionnaire/definition";
import { consumeRateLimit, rateLimitDigest } from "@/lib/ratelimit/limiter";
import { SURVEY_STATUS_KEY } from "@/lib/survey/status";
import { answersHash, canonicalJson } from "./canonical";
import { filterColumns } from "./filter-columns";
import { createGroupCommitter, type FlushOutcome, type GroupCommitter } from "./group-commit";
import { answerRows, type ResponseRecord } from "./store";

export type RateRule = { key: string; limit: number; windowMs: number };
export type SubmissionItem = { record: ResponseRecord; rate?: RateRule };
export type SubmissionOutcome =
  | { status: "created" }
  | { status: "replayed" }
  | { status: "conflict" }
  | { status: "closed" }
  | { status: "rateLimited"; retryAfterSeconds: number };

type Prepared = { record: ResponseRecord; hash: string; rate?: { digest: string; limit: number; windowMs: number } };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Decides and writes a batch in one transaction; outcomes in input order. */
export async function storeBatch(db: Db, items: Prepared[], now: Date = new Date()): Promise<SubmissionOutcome[]> {
  return db.$transaction(async (tx) => {
    const status = await tx.setting.findUnique({ where: { key: SURVEY_STATUS_KEY } });
    const closed = status?.value === "closed";
    const ids = [...new Set(items.map((i) => i.record.id))];
    const existing = new Map(
      (await tx.response.findMany({ where: { id: { in: ids } }, select: { id: true, answersHash: true } })).map((r) => [r.id, r.answersHash]),
    );

    const outcomes: (SubmissionOutcome | undefined)[] = new Array(items.length);
    const candidates: number[] = [];
    // A second copy of an id first seen in this same batch (a double click)
    // follows the fate of the first copy, decided below.
    const firstIndex = new Map<string, number>();
    const repeats: [index: number, first: number][] = [];
    items.forEach((item, i) => {
      const stored = existing.get(item.record.id);
      const first = firstIndex.get(item.record.id);
      if (stored !== undefined) outcomes[i] = { status: stored === item.hash ? "replayed" : "conflict" };
      else if (first !== undefined) repeats.push([i, first]);
      else if (closed) outcomes[i] = { status: "closed" };
      else {
        candidates.push(i);
        firstIndex.set(item.record.id, i);
      }
    });

    // Rate limits: per distinct address, the first `allowed` new items pass.
    const accepted: number[] = [];
    const byDigest = new Map<string, number[]>();
    for (const i of candidates) {
      const rate = items[i]!.rate;
      if (!rate) accepted.push(i);
      else byDigest.set(rate.digest, [...(byDigest.get(rate.digest) ?? []), i]);
    }
    for (const [digest, group] of byDigest) {
      const rate = items[group[0]!]!.rate!;
      const { allowed, retryAfterSeconds } = await consumeRateLimit(tx, { digest, limit: rate.limit, windowMs: rate.windowMs }, group.length, now);
      group.forEach((i, k) => {
        if (k < allowed) accepted.push(i);
        else outcomes[i] = { status: "rateLimited", retryAfterSeconds };
      });
    }
    accepted.sort((a, b) => a - b);

    if (accepted.length > 0) {
      const created = await tx.response.createManyAndReturn({
        data: accepted.map((i) => {
          const { record, hash } = items[i]!;
          return {
            id: record.id,
            questionnaireVersion: record.questionnaireVersion,
            locale: record.locale,
            submittedOn: record.submittedOn,
            answers: canonicalJson(record.answers),
            answersHash: hash,
            ...filterColumns(questionnaire, record.answers),
          };
        }),
        select: { seq: true, id: true },
      });
      const seqOf = new Map(created.map((r) => [r.id, r.seq]));
      await tx.answer.createMany({
        data: accepted.flatMap((i) => {
          const { record } = items[i]!;
          const responseSeq = seqOf.get(record.id)!;
          return answerRows(record.answers).map((row) => ({ responseSeq, ...row }));
        }),
      });
      for (const i of accepted) outcomes[i] = { status: "created" };
    }
    for (const [i, first] of repeats) {
      const decided = outcomes[first]!;
      outcomes[i] = decided.status === "created" ? { status: items[i]!.hash === items[first]!.hash ? "replayed" : "conflict" } : decided;
    }
    return outcomes.map((o) => o!);
  });
}

/** One item alone; a unique violation means another writer got there first. */
async function storeOne(db: Db, item: Prepared): Promise<SubmissionOutcome> {
  try {
    const [outcome] = await storeBatch(db, [item]);
    return outcome!;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const row = await db.response.findUnique({ where: { id: item.record.id }, select: { answersHash: true } });
    if (!row) throw error;
    return { status: row.answersHash === item.hash ? "replayed" : "conflict" };
  }
}

async function flush(db: Db, items: Prepared[]): Promise<FlushOutcome<SubmissionOutcome>[]> {
  try {
    return (await storeBatch(db, items)).map((value) => ({ ok: true, value }));
  } catch (error) {
    if (items.length === 1 && !isUniqueViolation(error)) throw error;
    // Fall back to one transaction per item so the failure stays with its owner.
    const outcomes: FlushOutcome<SubmissionOutcome>[] = [];
    for (const item of items) {
      try {
        outcomes.push({ ok: true, value: await storeOne(db, item) });
      } catch (e) {
        outcomes.push({ ok: false, error: e });
      }
    }
    return outcomes;
  }
}

const committers = new WeakMap<Db, GroupCommitter<Prepared, SubmissionOutcome>>();

/**
 * Stores a validated submission through the group committer of this database
 * client. Resolves only after the transaction holding it has committed.
 */
export async function submitToStore(db: Db, item: SubmissionItem): Promise<SubmissionOutcome> {
  let committer = committers.get(db);
  if (!committer) {
    committer = createGroupCommitter<Prepared, SubmissionOutcome>((items) => flush(db, items), { maxBatch: 200 });
    committers.set(db, committer);
  }
  const rate = item.rate ? { digest: await rateLimitDigest(db, item.rate.key), limit: item.rate.limit, windowMs: item.rate.windowMs } : undefined;
  return committer.submit({ record: item.record, hash: answersHash(item.record.answers), rate });
}
