// The submission write path under load: concurrent submissions are decided and
// written together (see group-commit.ts), in ONE transaction per batch
// (raw-batch-write.ts):
//   1. the survey status (one read),
//   2. which ids already exist (one read) — replays and conflicts,
//   3. the per-address rate limit, counted in memory (address-limit.ts),
//   4. every new Response row (one multi-row insert),
//   5. every Answer row of every new response,
// then COMMIT, and only then is any caller answered. A batch that fails as a
// whole (e.g. another instance inserted one of its ids a moment earlier) is
// retried item by item, so one bad item never fails its neighbours.
// Nothing else inserts responses: the demo seed, the benchmarks' fills and the
// tests call storeRecords below, the same flush with batches of their choosing,
// so what they leave on disk is what real submissions leave. (The day close
// only rewrites stored rows; bench/hardware-floor.ts is a separate baseline.)
import "server-only";
import { handleOf, type Db } from "@/lib/db/client";
import { recordWriteFailure, recordWriteSuccess } from "@/lib/db/write-failures";
import { addressDigest } from "./address-limit";
import { answersHash } from "./canonical";
import { createGroupCommitter, type FlushOutcome, type GroupCommitter } from "./group-commit";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";
import type { InvitationSpend } from "@/lib/invitations/spend-sql";
import { rawBatchWriter, UniqueViolation, type ResponseRecord } from "./raw-batch-write";

export type RateRule = { key: string; limit: number; windowMs: number };
/** `invitation`: a code or token spent in the transaction that stores the record (lib/invitations). */
export type SubmissionItem = { record: ResponseRecord; rate?: RateRule; invitation?: InvitationSpend };
export type SubmissionOutcome =
  | { status: "created" }
  | { status: "replayed" }
  | { status: "conflict" }
  | { status: "closed" }
  | { status: "invitationRejected" }
  | { status: "rateLimited"; retryAfterSeconds: number };

type Prepared = { record: ResponseRecord; hash: string; rate?: { digest: string; limit: number; windowMs: number }; invitation?: InvitationSpend };

function isUniqueViolation(error: unknown): boolean {
  return error instanceof UniqueViolation;
}

/** Decides and writes a batch in one transaction; outcomes in input order. */
export async function storeBatch(db: Db, items: Prepared[]): Promise<SubmissionOutcome[]> {
  try {
    const outcomes = await rawBatchWriter(db)(items, await activeQuestionnaire(db));
    recordWriteSuccess();
    return outcomes;
  } catch (error) {
    // /api/health reports a failed write for a while (lib/db/write-failures.ts); a
    // duplicate id is another writer's success, not a failure of the disk.
    if (!isUniqueViolation(error)) recordWriteFailure(error);
    throw error;
  }
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

function prepare(item: SubmissionItem): Prepared {
  const rate = item.rate ? { digest: addressDigest(item.rate.key), limit: item.rate.limit, windowMs: item.rate.windowMs } : undefined;
  return { record: item.record, hash: answersHash(item.record.answers), rate, invitation: item.invitation };
}

/** Batches in flight at once, as the group committer keeps them (see submitToStore). */
function concurrencyOf(db: Db): number {
  // PostgreSQL takes concurrent transactions; on SQLite the writes themselves
  // are serial, but the WAL flush (raw-batch-write.ts) overlaps.
  return handleOf(db)?.provider === "postgresql" ? 4 : 2;
}

/**
 * Stores records that need no per-address limit (demo data, benchmark fills,
 * tests) through the group committer's own flush, `batchSize` per transaction,
 * with as many batches in flight as the committer keeps; outcomes in input
 * order. A failed item throws. One record is exactly what a lone submission
 * does; big batches are what a busy server does.
 */
export async function storeRecords(
  db: Db,
  records: readonly ResponseRecord[],
  options: { batchSize?: number; onProgress?: (stored: number) => void } = {},
): Promise<SubmissionOutcome[]> {
  const batchSize = options.batchSize ?? 200;
  const outcomes: SubmissionOutcome[] = new Array(records.length);
  let next = 0;
  let stored = 0;
  let failed = false;
  const worker = async () => {
    for (let from = next; from < records.length && !failed; from = next) {
      next += batchSize;
      const batch = records.slice(from, from + batchSize).map((record) => prepare({ record }));
      const results = await flush(db, batch).catch((error: unknown) => {
        failed = true;
        throw error;
      });
      results.forEach((outcome, k) => {
        if (!outcome.ok) {
          failed = true;
          throw outcome.error;
        }
        outcomes[from + k] = outcome.value;
      });
      stored += batch.length;
      options.onProgress?.(stored);
    }
  };
  await Promise.all(Array.from({ length: concurrencyOf(db) }, worker));
  return outcomes;
}

const committers = new WeakMap<Db, GroupCommitter<Prepared, SubmissionOutcome>>();

/**
 * Stores a validated submission through the group committer of this database
 * client. Resolves only after the transaction holding it has committed.
 */
export async function submitToStore(db: Db, item: SubmissionItem): Promise<SubmissionOutcome> {
  let committer = committers.get(db);
  if (!committer) {
    // Keep batches in flight so one is written while another is being flushed to disk.
    committer = createGroupCommitter<Prepared, SubmissionOutcome>((items) => flush(db, items), { maxBatch: 200, concurrency: concurrencyOf(db) });
    committers.set(db, committer);
  }
  return committer.submit(prepare(item));
}
