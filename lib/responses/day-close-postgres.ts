// PostgreSQL's day close (docs/anonymity.md, docs/decisions/010-postgres-wal-and-day-close.md):
// once a day has ended, nothing on disk may keep the order or the time its rows arrived in.
//
// PostgreSQL appends rows to the end of the heap in arrival order (ctid), stamps each
// with its inserting transaction (xmin, which grows with time), and keeps a deleted
// row's bytes in its page until the space is reused; every insert also goes to the
// WAL with its transaction's commit time. Deleting and re-inserting rows in place
// therefore leaves the old copies readable in the table's files. So the day close
// builds NEW tables instead and drops the old ones (their files — heap, TOAST,
// indexes — are unlinked):
//   1. (submissions go on) copy every row of the ended days into shadow tables, in
//      random-id order, in chunks with pauses, and build their indexes; then copy
//      today's rows that arrived meanwhile, in rounds, until few are left;
//   2. (submissions wait: seconds — BENCHMARKS.md) under an exclusive lock, copy the
//      last arrivals, drop the old tables, give the shadows the old names,
//      constraints and index names, record the day;
//   3. (submissions go on) validate the foreign key, ANALYZE, then switch the WAL
//      segment and CHECKPOINT, so the segments holding the day's inserts and commit
//      times are removed (with deploy/postgresql.conf.d: unlinked, never recycled).
// Afterwards every row, today's included, sits in id order and shares one xmin.
// A full rewrite under one lock (CLUSTER, VACUUM FULL) takes minutes at 100,000
// responses and submissions would time out meanwhile (BENCHMARKS.md).
import type pg from "pg";
import { CLOSED_THROUGH_KEY, type DayCloseResult } from "./day-close-state";
import { CLOSE_LOCK_KEY, flushWalAfterRewrite } from "./postgres-storage";
import { rewriteInvitationTables } from "@/lib/invitations/day-close-postgres";

/** Submission tables, parents first. */
const TABLES = [{ name: "Response" }, { name: "Answer" }] as const;
const shadowOf = (table: string) => `${table}_dayclose`;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

type IndexDef = { table: string; name: string; temp: string; primary: boolean; using: string; unique: boolean };
type ForeignKey = { table: string; name: string; definition: string };

/** How long phase 2 may wait for readers to let go of the tables before trying again later. */
const LOCK_TIMEOUT = "5s";

async function indexesOf(client: pg.PoolClient, table: string): Promise<IndexDef[]> {
  const rows = (
    await client.query<{ name: string; primary: boolean; unique: boolean; def: string }>(
      `SELECT c.relname AS name, i.indisprimary AS primary, i.indisunique AS unique, pg_get_indexdef(i.indexrelid) AS def
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE i.indrelid = to_regclass($1) ORDER BY c.relname`,
      [quote(table)],
    )
  ).rows;
  return rows.map((r, k) => ({
    table,
    name: r.name,
    temp: `${table}_dayclose_${k}`,
    primary: r.primary,
    unique: r.unique,
    // "CREATE INDEX name ON schema.table USING btree (...)": keep "USING …".
    using: r.def.slice(r.def.indexOf(" USING ")),
  }));
}

async function foreignKeys(client: pg.PoolClient): Promise<ForeignKey[]> {
  return (
    await client.query<ForeignKey>(
      `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
         FROM pg_constraint
        WHERE contype = 'f' AND (conrelid = ANY($1::regclass[]) OR confrelid = ANY($1::regclass[]))`,
      [TABLES.map((t) => quote(t.name))],
    )
  ).rows;
}

const closedThrough = async (client: pg.PoolClient) =>
  (await client.query<{ value: string }>(`SELECT "value" FROM "Setting" WHERE "key" = $1`, [CLOSED_THROUGH_KEY])).rows[0]?.value ?? "";

/** Responses of the days being closed (their index only: a day's rows, not the table). */
const closingCount = async (client: pg.PoolClient, last: string, today: string) =>
  Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Response" WHERE "submittedOn" > $1 AND "submittedOn" < $2`, [last, today])).rows[0]!.n);

/**
 * Moves into the shadows, in id order, today's rows not there yet — and, when
 * `late`, rows of the days being closed that committed after phase 1's snapshot
 * (a batch that straddled midnight).
 */
async function copyArrivals(client: pg.PoolClient, range: { last: string; today: string }, late: boolean): Promise<number> {
  const shadowR = quote(shadowOf("Response"));
  // The closing days' rows start after `last`; today's are among them.
  const from = late ? `r."submittedOn" > $1` : `r."submittedOn" >= $1`;
  await client.query(`DROP TABLE IF EXISTS "_dayclose_delta"`);
  const delta = await client.query(
    `CREATE TEMP TABLE "_dayclose_delta" AS SELECT r."id" FROM "Response" r WHERE ${from} AND NOT EXISTS (SELECT 1 FROM ${shadowR} s WHERE s."id" = r."id")`,
    [late ? range.last : range.today],
  );
  await client.query(`INSERT INTO ${shadowR} SELECT * FROM "Response" WHERE "id" IN (SELECT "id" FROM "_dayclose_delta") ORDER BY "id"`);
  await client.query(`INSERT INTO ${quote(shadowOf("Answer"))} SELECT * FROM "Answer" WHERE "responseId" IN (SELECT "id" FROM "_dayclose_delta") ORDER BY "responseId", "ordinal"`);
  await client.query(`DROP TABLE "_dayclose_delta"`);
  return delta.rowCount ?? 0;
}

/** Catch-up rounds before the lock, and the arrivals per round small enough to stop. */
const CATCH_UP_ROUNDS = 6;
const CATCH_UP_ENOUGH = 50;

/** Responses per copy step of phase 1, and the pause after each. */
const CHUNK = 2_000;
const PAUSE_MS = 25;

/**
 * Copies the ended days' rows into the shadows in id order, a chunk of responses
 * (and their answers) at a time with a pause after each, so that submissions keep
 * their share of the disk while gigabytes are copied (BENCHMARKS.md).
 */
async function copyClosedRows(client: pg.PoolClient, today: string): Promise<void> {
  const shadowR = quote(shadowOf("Response"));
  const shadowA = quote(shadowOf("Answer"));
  for (let after = ""; ; ) {
    const chunk = (
      await client.query<{ last: string | null }>(
        `WITH c AS (INSERT INTO ${shadowR} SELECT * FROM "Response" WHERE "submittedOn" < $1 AND "id" > $2 ORDER BY "id" LIMIT ${CHUNK} RETURNING "id")
         SELECT max("id") AS last FROM c`,
        [today, after],
      )
    ).rows[0]?.last;
    if (!chunk) return;
    await client.query(
      `INSERT INTO ${shadowA} SELECT a.* FROM "Answer" a
        WHERE a."responseId" > $1 AND a."responseId" <= $2 AND a."responseId" IN (SELECT "id" FROM "Response" WHERE "submittedOn" < $3 AND "id" > $1 AND "id" <= $2)
        ORDER BY a."responseId", a."ordinal"`,
      [after, chunk, today],
    );
    after = chunk;
    await new Promise((r) => setTimeout(r, PAUSE_MS));
  }
}

/**
 * Phase 1, concurrent with submissions: the shadow tables hold every row of the
 * ended days in id order, with their indexes built (under temporary names).
 */
async function buildShadows(client: pg.PoolClient, today: string, last: string): Promise<{ indexes: IndexDef[]; closing: number }> {
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
  try {
    await client.query("SET LOCAL statement_timeout = 0");
    const indexes: IndexDef[] = [];
    const closing = await closingCount(client, last, today);
    for (const t of TABLES) {
      const shadow = quote(shadowOf(t.name));
      await client.query(`DROP TABLE IF EXISTS ${shadow}`);
      await client.query(`CREATE TABLE ${shadow} (LIKE ${quote(t.name)} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMPRESSION)`);
      // Per-column statistics targets (migration 0004: no value samples of ids or texts).
      const targets = await client.query<{ column: string; target: number }>(
        `SELECT attname AS column, attstattarget AS target FROM pg_attribute WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped AND attstattarget >= 0`,
        [quote(t.name)],
      );
      for (const c of targets.rows) await client.query(`ALTER TABLE ${shadow} ALTER COLUMN ${quote(c.column)} SET STATISTICS ${Number(c.target)}`);
    }
    await copyClosedRows(client, today);
    for (const t of TABLES) {
      const shadow = quote(shadowOf(t.name));
      // Indexes are built after the load: a sorted build, not millions of inserts.
      for (const index of await indexesOf(client, t.name)) {
        await client.query(`CREATE ${index.unique ? "UNIQUE " : ""}INDEX ${quote(index.temp)} ON ${shadow}${index.using}`);
        indexes.push(index);
      }
    }
    await client.query("COMMIT");
    return { indexes, closing };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

async function dropShadows(client: pg.PoolClient): Promise<void> {
  for (const t of [...TABLES].reverse()) await client.query(`DROP TABLE IF EXISTS ${quote(shadowOf(t.name))}`).catch(() => undefined);
}

/**
 * Phase 2, submissions wait: the rows that arrived since phase 1 join the shadows,
 * the old tables go, the shadows take their names. False when a reader held the
 * tables for longer than LOCK_TIMEOUT (nothing changed; the next run tries again).
 */
async function swap(client: pg.PoolClient, range: { last: string; today: string }, through: string, built: { indexes: IndexDef[]; closing: number }): Promise<boolean> {
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL statement_timeout = 0");
    await client.query(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`);
    await client.query(`LOCK TABLE ${TABLES.map((t) => quote(t.name)).join(", ")} IN ACCESS EXCLUSIVE MODE`);
    await client.query("SET LOCAL lock_timeout = 0");
    // What arrived since the catch-up (and any late row of the closing days).
    await copyArrivals(client, range, (await closingCount(client, range.last, range.today)) !== built.closing);
    const keys = await foreignKeys(client);
    for (const t of [...TABLES].reverse()) await client.query(`DROP TABLE ${quote(t.name)} CASCADE`);
    for (const t of TABLES) await client.query(`ALTER TABLE ${quote(shadowOf(t.name))} RENAME TO ${quote(t.name)}`);
    for (const index of built.indexes) {
      if (index.primary) await client.query(`ALTER TABLE ${quote(index.table)} ADD CONSTRAINT ${quote(index.name)} PRIMARY KEY USING INDEX ${quote(index.temp)}`);
      else await client.query(`ALTER INDEX ${quote(index.temp)} RENAME TO ${quote(index.name)}`);
    }
    // NOT VALID: checking millions of answers here would make submissions wait; it
    // is validated right after the commit, with submissions going on.
    for (const key of keys) await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quote(key.name)} ${key.definition} NOT VALID`);
    await client.query(`INSERT INTO "Setting" ("key", "value") VALUES ($1, $2) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"`, [CLOSED_THROUGH_KEY, through]);
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    if ((error as { code?: string }).code === "55P03") return false;
    throw error;
  }
}

/**
 * Rewrites the tables once every ended day (before `today`) not closed yet. Safe to
 * run from several instances at once: an advisory lock serialises them (and "delete
 * all", postgres-storage.ts), and the second finds nothing left to do.
 */
export async function closePostgresDays(pool: pg.Pool, today: string, observe?: (phase: "copy" | "catch-up" | "swap" | "validate" | "wal") => void): Promise<DayCloseResult> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [CLOSE_LOCK_KEY]);
    try {
      const last = await closedThrough(client);
      const day = (await client.query<{ d: string | null }>(`SELECT max("submittedOn") AS d FROM "Response" WHERE "submittedOn" > $1 AND "submittedOn" < $2`, [last, today])).rows[0]?.d;
      if (!day) return { rewritten: 0, through: last || null };
      const rewritten = await closingCount(client, last, today);
      let swapped = false;
      const range = { last, today };
      try {
        const built = await buildShadows(client, today, last);
        observe?.("copy");
        // Catch up with the rows that arrived meanwhile while submissions still go
        // on — again while a round still finds many — so that the locked phase
        // copies only the last moments' rows.
        await client.query("SET statement_timeout = 0");
        try {
          for (let round = 0; round < CATCH_UP_ROUNDS && (await copyArrivals(client, range, false)) > CATCH_UP_ENOUGH; round++);
        } finally {
          await client.query("RESET statement_timeout");
        }
        observe?.("catch-up");
        swapped = await swap(client, range, day, built);
        observe?.("swap");
      } finally {
        if (!swapped) await dropShadows(client);
      }
      if (!swapped) return { rewritten: 0, through: last || null };
      await client.query("SET statement_timeout = 0");
      try {
        for (const key of await foreignKeys(client)) await client.query(`ALTER TABLE ${key.table} VALIDATE CONSTRAINT ${quote(key.name)}`);
        await client.query(`ANALYZE ${TABLES.map((t) => quote(t.name)).join(", ")}`);
      } finally {
        await client.query("RESET statement_timeout");
      }
      observe?.("validate");
      // Spent codes and tokens lose their order too (lib/invitations/day-close-postgres.ts).
      await rewriteInvitationTables(client);
      await flushWalAfterRewrite(client);
      observe?.("wal");
      return { rewritten, through: day };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [CLOSE_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    client.release();
  }
}
