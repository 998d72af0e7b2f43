// The hot path of group commit, written against the database drivers directly.
// Prisma costs ~3 ms per response for a batch insert of ~50 answer rows each
// (query compilation and parameter handling in JS); the drivers do the same
// work in a few hundred microseconds, which is what lets the submission path
// keep up with the HTTP framework (see BENCHMARKS.md). Everything else keeps
// using Prisma. One batch = one transaction:
//   survey status → which ids exist → insert new responses → insert their answers.
// The per-address limit is counted in memory (address-limit.ts) while the
// transaction runs: nothing about addresses is written to the database.
// Rows are keyed by the response's random id (and an answer's position within
// its response): no counter records the order of arrival (docs/anonymity.md).
import "server-only";
import Database from "better-sqlite3";
import { open, type FileHandle } from "node:fs/promises";
import type pg from "pg";
import { nowMs } from "@/lib/clock";
import { handleOf, type Db } from "@/lib/db/client";
import { SQLITE_PRAGMAS } from "@/lib/db/sqlite-pragmas";
import type { Answers, Locale, Questionnaire } from "@/lib/questionnaire/types";
import { canonicalJson } from "./canonical";
import { filterColumns } from "./filter-columns";
import { SURVEY_STATUS_KEY } from "@/lib/survey/status";
import { countAddressHits, type Counter } from "./address-limit";
import { dayCloseRunning } from "./day-close-running";
import { COUNT_USE, pgSql, SPEND_CODE, SPEND_TOKEN, type InvitationSpend } from "@/lib/invitations/spend-sql";

/** A validated response as the writer stores it. */
export interface ResponseRecord {
  id: string;
  questionnaireVersion: string;
  locale: Locale;
  /** YYYY-MM-DD in RESULTS_TIMEZONE, deliberately without a time of day. */
  submittedOn: string;
  /** Normalised answers, as returned by validateSubmission. */
  answers: Answers;
  /** The completion-time band (lib/quality/rules.ts), when the submission's started token gave one. */
  completionBand?: number | null;
}

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

export type RawItem = { record: ResponseRecord; hash: string; rate?: { digest: string; limit: number; windowMs: number }; invitation?: InvitationSpend };
export type RawDecision =
  | { status: "created" | "replayed" | "conflict" | "closed" | "invitationRejected" }
  | { status: "rateLimited"; retryAfterSeconds: number };


export class UniqueViolation extends Error {
  override name = "UniqueViolation";
}

/** Answer rows of a record as insert parameters: responseId, ordinal, variable, code, text. */
function answerParams(record: ResponseRecord): [string, number, string, number | null, string | null][] {
  return answerRows(record.answers).map((a, ordinal) => [record.id, ordinal, a.variable, a.code ?? null, a.text ?? null]);
}

/** In-memory per-address counts for the batch's rated groups. */
function countGroups(items: RawItem[], byDigest: Map<string, number[]>, now: number): Map<string, Counter> {
  const counters = new Map<string, Counter>();
  for (const [digest, group] of byDigest) counters.set(digest, countAddressHits(digest, group.length, now, items[group[0]!]!.rate!.windowMs));
  return counters;
}

/**
 * Which items to insert and what to answer the others, in two synchronous
 * steps around the rate-limit counting (which is synchronous on SQLite and a
 * round trip on PostgreSQL). A stored id is a replay (same answers) or a
 * conflict; a second copy of an id in this batch follows the fate of the first
 * copy; while the survey is closed nothing new is taken; then the per-address
 * limit, counting only submissions that would be stored, decides.
 */
type Classified = {
  decisions: (RawDecision | undefined)[];
  unrated: number[];
  byDigest: Map<string, number[]>;
  repeats: [number, number][];
};

function classify(items: RawItem[], closed: boolean, stored: Map<string, string>): Classified {
  const decisions: (RawDecision | undefined)[] = new Array(items.length);
  const firstIndex = new Map<string, number>();
  const repeats: [number, number][] = [];
  const unrated: number[] = [];
  const byDigest = new Map<string, number[]>();
  items.forEach((item, i) => {
    const known = stored.get(item.record.id);
    const first = firstIndex.get(item.record.id);
    if (known !== undefined) decisions[i] = { status: known === item.hash ? "replayed" : "conflict" };
    else if (first !== undefined) repeats.push([i, first]);
    else if (closed) decisions[i] = { status: "closed" };
    else {
      firstIndex.set(item.record.id, i);
      if (item.rate) byDigest.set(item.rate.digest, [...(byDigest.get(item.rate.digest) ?? []), i]);
      else unrated.push(i);
    }
  });
  return { decisions, unrated, byDigest, repeats };
}

function finalize(items: RawItem[], c: Classified, counters: Map<string, Counter>, now: number): { decisions: RawDecision[]; fresh: number[] } {
  const fresh = [...c.unrated];
  for (const [digest, group] of c.byDigest) {
    const { limit, windowMs } = items[group[0]!]!.rate!;
    const after = counters.get(digest)!;
    const allowed = Math.max(0, Math.min(group.length, limit - (after.count - group.length)));
    const retryAfterSeconds = Math.max(1, Math.ceil((after.windowStart + windowMs - now) / 1000));
    group.forEach((i, k) => (k < allowed ? fresh.push(i) : (c.decisions[i] = { status: "rateLimited", retryAfterSeconds })));
  }
  fresh.sort((a, b) => a - b);
  for (const i of fresh) c.decisions[i] = { status: "created" };
  for (const [i, first] of c.repeats) {
    const d = c.decisions[first]!;
    c.decisions[i] = d.status === "created" ? { status: items[i]!.hash === items[first]!.hash ? "replayed" : "conflict" } : d;
  }
  return { decisions: c.decisions.map((d) => d!), fresh };
}

/**
 * Spends the invitation of every item about to be created, in the transaction that
 * stores it (docs/decisions/013-invitation-codes.md): an item whose code or token is
 * not spendable (spent, unknown, revoked — or spent by an earlier item of this batch)
 * is not created. Returns the items still to insert. A generator, so that SQLite's
 * synchronous transaction and PostgreSQL's awaited one run the same steps: it yields
 * each statement and is resumed with its rows.
 */
type Statement = { sql: string; params: unknown[] };
function* spendInvitations(items: RawItem[], fresh: number[], decisions: RawDecision[]): Generator<Statement, number[], unknown[]> {
  const kept: number[] = [];
  for (const i of fresh) {
    const { invitation, record } = items[i]!;
    if (!invitation) {
      kept.push(i);
      continue;
    }
    const rows =
      invitation.kind === "code"
        ? yield { sql: SPEND_CODE, params: [invitation.hash, record.submittedOn] }
        : yield { sql: `${SPEND_TOKEN} RETURNING "hash"`, params: [invitation.hash] };
    if (rows.length === 0) {
      decisions[i] = { status: "invitationRejected" };
      continue;
    }
    if (invitation.kind === "code") yield { sql: `${COUNT_USE} RETURNING "used"`, params: [(rows[0] as { batchId: string }).batchId, record.submittedOn] };
    kept.push(i);
  }
  return kept;
}

function runSync(steps: Generator<Statement, number[], unknown[]>, run: (s: Statement) => unknown[]): number[] {
  for (let step = steps.next([]); ; ) {
    if (step.done) return step.value;
    step = steps.next(run(step.value));
  }
}

async function runAsync(steps: Generator<Statement, number[], unknown[]>, run: (s: Statement) => Promise<unknown[]>): Promise<number[]> {
  for (let step = steps.next([]); ; ) {
    if (step.done) return step.value;
    step = steps.next(await run(step.value));
  }
}

function responseColumns(item: RawItem, def: Questionnaire) {
  const { record, hash } = item;
  const f = filterColumns(def, record.answers);
  return [record.id, record.questionnaireVersion, record.locale, record.submittedOn, canonicalJson(record.answers), hash, f.screening, f.gender, f.ageGroup, f.region, record.completionBand ?? null] as const;
}

const RESPONSE_COLUMNS = `"id","questionnaireVersion","locale","submittedOn","answers","answersHash","screening","gender","ageGroup","region","completionBand"`;

/** `def`: the active definition, for the filter columns (structure, the same in every text version). */
type Writer = (items: RawItem[], def: Questionnaire) => Promise<RawDecision[]>;

function sqliteWriter(filePath: string): Writer {
  // A connection of our own next to Prisma's. Its transactions are synchronous,
  // so it never holds the write lock across an await. If Prisma's connection
  // holds it (an interactive transaction), we must not block the event loop in
  // SQLite's busy handler: busy_timeout 0 here, and we retry asynchronously.
  const conn = new Database(filePath);
  for (const pragma of SQLITE_PRAGMAS) conn.pragma(pragma);
  conn.pragma("busy_timeout = 0");
  // Durability without blocking the event loop. With synchronous=FULL, SQLite
  // fsyncs the WAL inside COMMIT, on the main thread, and nothing else can run
  // meanwhile. Instead this connection commits with NORMAL (the WAL frames are
  // written, not yet flushed) and we flush the WAL file ourselves with an
  // asynchronous fdatasync (on libuv's thread pool) before any caller of the
  // batch is answered. What is acknowledged has reached the disk, exactly as
  // with FULL; what was written but not yet flushed is not acknowledged.
  conn.pragma("synchronous = NORMAL");
  const walPath = `${filePath}-wal`;
  let wal: Promise<FileHandle> | undefined;
  const flushWal = async () => {
    wal ??= open(walPath, "r+");
    try {
      await (await wal).datasync();
    } catch (e) {
      // Reopen next time. The batch is reported as failed: its callers retry
      // with the same ids and are then told "replayed", which is the truth.
      wal = undefined;
      throw e;
    }
  };
  const status = conn.prepare(`SELECT "value" FROM "Setting" WHERE "key" = ?`).pluck();
  const insertAnswer = conn.prepare(`INSERT INTO "Answer" ("responseId","ordinal","variable","code","text") VALUES (?,?,?,?,?)`);
  const insertResponses = new Map<number, Database.Statement>();
  const insertResponsesOf = (n: number) => {
    let stmt = insertResponses.get(n);
    if (!stmt) {
      stmt = conn.prepare(`INSERT INTO "Response" (${RESPONSE_COLUMNS}) VALUES ${Array(n).fill("(?,?,?,?,?,?,?,?,?,?,?)").join(",")}`);
      if (insertResponses.size < 64) insertResponses.set(n, stmt);
    }
    return stmt;
  };
  const write = conn.transaction((items: RawItem[], def: Questionnaire) => {
    const closed = status.get(SURVEY_STATUS_KEY) === "closed";
    const ids = [...new Set(items.map((i) => i.record.id))];
    const stored = new Map(
      (conn.prepare(`SELECT "id","answersHash" FROM "Response" WHERE "id" IN (${ids.map(() => "?").join(",")})`).all(...ids) as { id: string; answersHash: string }[]).map(
        (r) => [r.id, r.answersHash],
      ),
    );
    const now = nowMs();
    const classified = classify(items, closed, stored);
    const finalized = finalize(items, classified, countGroups(items, classified.byDigest, now), now);
    const { decisions } = finalized;
    const fresh = runSync(spendInvitations(items, finalized.fresh, decisions), (st) => conn.prepare(st.sql).all(...st.params));
    // At most 100 rows per statement keeps us far below SQLite's variable limit.
    for (let from = 0; from < fresh.length; from += 100) {
      const chunk = fresh.slice(from, from + 100);
      insertResponsesOf(chunk.length).run(...chunk.flatMap((i) => responseColumns(items[i]!, def)));
      for (const i of chunk) for (const row of answerParams(items[i]!.record)) insertAnswer.run(...row);
    }
    return decisions;
  });
  return async (items, def) => {
    const deadline = performance.now() + 10_000;
    for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
      try {
        const decisions = write.immediate(items, def);
        await flushWal();
        return decisions;
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") throw new UniqueViolation((e as Error).message);
        // While the day close rebuilds the file (VACUUM), wait for it rather than fail.
        if (code !== "SQLITE_BUSY" || (performance.now() > deadline && !dayCloseRunning())) throw e;
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  };
}

function postgresWriter(pool: pg.Pool): Writer {
  return async (items, def) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const closed = (await client.query<{ value: string }>(`SELECT "value" FROM "Setting" WHERE "key" = $1`, [SURVEY_STATUS_KEY])).rows[0]?.value === "closed";
      const ids = [...new Set(items.map((i) => i.record.id))];
      const stored = new Map(
        (await client.query<{ id: string; answersHash: string }>(`SELECT "id","answersHash" FROM "Response" WHERE "id" = ANY($1::text[])`, [ids])).rows.map((r) => [r.id, r.answersHash]),
      );
      const now = nowMs();
      const classified = classify(items, closed, stored);
      const finalized = finalize(items, classified, countGroups(items, classified.byDigest, now), now);
      const { decisions } = finalized;
      const fresh = await runAsync(spendInvitations(items, finalized.fresh, decisions), async (st) => (await client.query(pgSql(st.sql), st.params)).rows);
      if (fresh.length > 0) {
        // unnest() of one array per column: a fixed number of parameters
        // whatever the batch size.
        const columns: unknown[][] = Array.from({ length: 11 }, () => []);
        for (const i of fresh) responseColumns(items[i]!, def).forEach((v, c) => columns[c]!.push(v));
        await client.query(
          `INSERT INTO "Response" (${RESPONSE_COLUMNS})
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::int[], $10::int[], $11::int[])`,
          columns,
        );
        const answerColumns: unknown[][] = Array.from({ length: 5 }, () => []);
        for (const i of fresh) for (const row of answerParams(items[i]!.record)) row.forEach((v, c) => answerColumns[c]!.push(v));
        await client.query(
          `INSERT INTO "Answer" ("responseId","ordinal","variable","code","text") SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::int[], $5::text[])`,
          answerColumns,
        );
      }
      await client.query("COMMIT");
      return decisions;
    } catch (e) {
      await client.query("ROLLBACK").catch(() => undefined);
      if ((e as { code?: string }).code === "23505") throw new UniqueViolation((e as Error).message);
      throw e;
    } finally {
      client.release();
    }
  };
}

const writers = new WeakMap<Db, Writer>();

/** The raw batch writer for this client's database (created once per client). */
export function rawBatchWriter(db: Db): Writer {
  let writer = writers.get(db);
  if (!writer) {
    const handle = handleOf(db);
    if (!handle) throw new Error("rawBatchWriter: client was not created by lib/db/client");
    if (handle.target.provider === "sqlite") writer = sqliteWriter(handle.target.filePath);
    else if (handle.pgPool) writer = postgresWriter(handle.pgPool);
    else throw new Error("rawBatchWriter: no pg pool");
    writers.set(db, writer);
  }
  return writer;
}
