// The hot path of group commit, written against the database drivers directly.
// Prisma costs ~3 ms per response for a batch insert of ~50 answer rows each
// (query compilation and parameter handling in JS); the drivers do the same
// work in a few hundred microseconds, which is what lets the submission path
// keep up with the HTTP framework (see BENCHMARKS.md). Everything else keeps
// using Prisma. One batch = one transaction:
//   survey status → which ids exist → insert new responses → insert their answers.
import Database from "better-sqlite3";
import { open, type FileHandle } from "node:fs/promises";
import type pg from "pg";
import { handleOf, type Db } from "@/lib/db/client";
import { SQLITE_PRAGMAS } from "@/lib/db/sqlite-pragmas";
import { questionnaire } from "@/lib/questionnaire/definition";
import type { ResponseRecord } from "./store";
import { answerRows } from "./store";
import { canonicalJson } from "./canonical";
import { filterColumns } from "./filter-columns";
import { SURVEY_STATUS_KEY } from "@/lib/survey/status";

export type RawItem = { record: ResponseRecord; hash: string; rate?: { digest: string; limit: number; windowMs: number } };
export type RawDecision =
  | { status: "created" | "replayed" | "conflict" | "closed" }
  | { status: "rateLimited"; retryAfterSeconds: number };

/** A rate-limit counter row as stored: count and window start (epoch ms). */
type Counter = { count: number; windowStart: number };


export class UniqueViolation extends Error {
  override name = "UniqueViolation";
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

function responseColumns(item: RawItem) {
  const { record, hash } = item;
  const f = filterColumns(questionnaire, record.answers);
  return [record.id, record.questionnaireVersion, record.locale, record.submittedOn, canonicalJson(record.answers), hash, f.screening, f.gender, f.ageGroup, f.region] as const;
}

const RESPONSE_COLUMNS = `"id","questionnaireVersion","locale","submittedOn","answers","answersHash","screening","gender","ageGroup","region"`;

type Writer = (items: RawItem[]) => Promise<RawDecision[]>;

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
  // Dates in Prisma's SQLite format (ISO 8601 with +00:00), which sorts as text.
  const sqliteDate = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
  const resetWindow = conn.prepare(`UPDATE "RateLimit" SET "count" = 0, "windowStart" = ?, "blockedUntil" = NULL WHERE "key" = ? AND "windowStart" <= ?`);
  const addHits = conn.prepare(
    `INSERT INTO "RateLimit" ("key","count","windowStart") VALUES (?,?,?)
     ON CONFLICT("key") DO UPDATE SET "count" = "count" + excluded."count" RETURNING "count","windowStart"`,
  );
  const countHits = (digest: string, n: number, now: number, windowMs: number): Counter => {
    resetWindow.run(sqliteDate(now), digest, sqliteDate(now - windowMs));
    const row = addHits.get(digest, n, sqliteDate(now)) as { count: number; windowStart: string };
    return { count: row.count, windowStart: Date.parse(row.windowStart) };
  };
  const insertAnswer = conn.prepare(`INSERT INTO "Answer" ("responseSeq","variable","code","text") VALUES (?,?,?,?)`);
  const insertResponses = new Map<number, Database.Statement>();
  const insertResponsesOf = (n: number) => {
    let stmt = insertResponses.get(n);
    if (!stmt) {
      stmt = conn.prepare(`INSERT INTO "Response" (${RESPONSE_COLUMNS}) VALUES ${Array(n).fill("(?,?,?,?,?,?,?,?,?,?)").join(",")} RETURNING "seq","id"`);
      if (insertResponses.size < 64) insertResponses.set(n, stmt);
    }
    return stmt;
  };
  const write = conn.transaction((items: RawItem[]) => {
    const closed = status.get(SURVEY_STATUS_KEY) === "closed";
    const ids = [...new Set(items.map((i) => i.record.id))];
    const stored = new Map(
      (conn.prepare(`SELECT "id","answersHash" FROM "Response" WHERE "id" IN (${ids.map(() => "?").join(",")})`).all(...ids) as { id: string; answersHash: string }[]).map(
        (r) => [r.id, r.answersHash],
      ),
    );
    const now = Date.now();
    const classified = classify(items, closed, stored);
    const counters = new Map<string, Counter>();
    for (const [digest, group] of classified.byDigest) {
      counters.set(digest, countHits(digest, group.length, now, items[group[0]!]!.rate!.windowMs));
    }
    const { decisions, fresh } = finalize(items, classified, counters, now);
    // At most 100 rows per statement keeps us far below SQLite's variable limit.
    for (let from = 0; from < fresh.length; from += 100) {
      const chunk = fresh.slice(from, from + 100);
      const created = insertResponsesOf(chunk.length).all(...chunk.flatMap((i) => responseColumns(items[i]!))) as { seq: number; id: string }[];
      const seqOf = new Map(created.map((r) => [r.id, r.seq]));
      for (const i of chunk) {
        const { record } = items[i]!;
        const seq = seqOf.get(record.id)!;
        for (const a of answerRows(record.answers)) insertAnswer.run(seq, a.variable, a.code ?? null, a.text ?? null);
      }
    }
    return decisions;
  });
  return async (items) => {
    const deadline = Date.now() + 10_000;
    for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
      try {
        const decisions = write.immediate(items);
        await flushWal();
        return decisions;
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") throw new UniqueViolation((e as Error).message);
        if (code !== "SQLITE_BUSY" || Date.now() > deadline) throw e;
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  };
}

function postgresWriter(pool: pg.Pool): Writer {
  return async (items) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const closed = (await client.query<{ value: string }>(`SELECT "value" FROM "Setting" WHERE "key" = $1`, [SURVEY_STATUS_KEY])).rows[0]?.value === "closed";
      const ids = [...new Set(items.map((i) => i.record.id))];
      const stored = new Map(
        (await client.query<{ id: string; answersHash: string }>(`SELECT "id","answersHash" FROM "Response" WHERE "id" = ANY($1::text[])`, [ids])).rows.map((r) => [r.id, r.answersHash]),
      );
      const now = Date.now();
      const classified = classify(items, closed, stored);
      const counters = new Map<string, Counter>();
      for (const [digest, group] of classified.byDigest) {
        const windowMs = items[group[0]!]!.rate!.windowMs;
        // Timestamps in UTC without zone, as Prisma stores DateTime on PostgreSQL.
        const pgDate = (ms: number) => new Date(ms).toISOString().replace("T", " ").replace("Z", "");
        await client.query(
          `UPDATE "RateLimit" SET "count" = 0, "windowStart" = $1::timestamp, "blockedUntil" = NULL WHERE "key" = $2 AND "windowStart" <= $3::timestamp`,
          [pgDate(now), digest, pgDate(now - windowMs)],
        );
        // The increment takes the row lock until COMMIT: instances sharing an address queue here.
        const row = (
          await client.query<{ count: number; ws: number }>(
            `INSERT INTO "RateLimit" ("key","count","windowStart") VALUES ($1, $2, $3::timestamp)
             ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimit"."count" + excluded."count"
             RETURNING "count", (EXTRACT(EPOCH FROM "windowStart") * 1000)::float8 AS ws`,
            [digest, group.length, pgDate(now)],
          )
        ).rows[0]!;
        counters.set(digest, { count: row.count, windowStart: row.ws });
      }
      const { decisions, fresh } = finalize(items, classified, counters, now);
      if (fresh.length > 0) {
        // unnest() of one array per column: a fixed number of parameters
        // whatever the batch size.
        const columns: unknown[][] = Array.from({ length: 10 }, () => []);
        for (const i of fresh) responseColumns(items[i]!).forEach((v, c) => columns[c]!.push(v));
        const created = await client.query<{ seq: number; id: string }>(
          `INSERT INTO "Response" (${RESPONSE_COLUMNS})
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::int[], $10::int[])
           RETURNING "seq","id"`,
          columns,
        );
        const seqOf = new Map(created.rows.map((r) => [r.id, r.seq]));
        const seqs: number[] = [];
        const variables: string[] = [];
        const codes: (number | null)[] = [];
        const texts: (string | null)[] = [];
        for (const i of fresh) {
          const { record } = items[i]!;
          const seq = seqOf.get(record.id)!;
          for (const a of answerRows(record.answers)) {
            seqs.push(seq);
            variables.push(a.variable);
            codes.push(a.code ?? null);
            texts.push(a.text ?? null);
          }
        }
        await client.query(
          `INSERT INTO "Answer" ("responseSeq","variable","code","text") SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::text[])`,
          [seqs, variables, codes, texts],
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
