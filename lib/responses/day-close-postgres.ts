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
//      random-id order, and build their indexes;
//   2. (submissions wait, ~a second) under an exclusive lock, copy the rows that
//      arrived meanwhile (today's), again in id order, drop the old tables, give
//      the shadows the old names, constraints and index names, record the day;
//   3. (submissions go on) validate the foreign key, ANALYZE, then switch the WAL
//      segment and CHECKPOINT, so the segments holding the day's inserts and commit
//      times are removed (with deploy/postgresql.conf.d: unlinked, never recycled).
// Afterwards every row, today's included, sits in id order and shares one xmin.
// A full rewrite under one lock (CLUSTER, VACUUM FULL) takes minutes at 100,000
// responses and submissions would time out meanwhile (BENCHMARKS.md).
import type pg from "pg";
import { CLOSED_THROUGH_KEY, type DayCloseResult } from "./day-close-state";
import { CLOSE_LOCK_KEY, flushWalAfterRewrite } from "./postgres-storage";

/** Submission tables, parents first, with the order their rows are written in. */
const TABLES = [
  { name: "Response", order: `"id"`, closed: (alias: string) => `${alias}."submittedOn" < $1` },
  { name: "Answer", order: `"responseId", "ordinal"`, closed: (alias: string) => `${alias}."responseId" IN (SELECT "id" FROM "Response" WHERE "submittedOn" < $1)` },
] as const;
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

/**
 * Phase 1, concurrent with submissions: the shadow tables hold every row of the
 * ended days in id order, with their indexes built (under temporary names).
 */
async function buildShadows(client: pg.PoolClient, today: string): Promise<{ indexes: IndexDef[]; copied: number }> {
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
  try {
    await client.query("SET LOCAL statement_timeout = 0");
    const indexes: IndexDef[] = [];
    let copied = 0;
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
      const inserted = await client.query(`INSERT INTO ${shadow} SELECT * FROM ${quote(t.name)} x WHERE ${t.closed("x")} ORDER BY ${t.order}`, [today]);
      if (t.name === "Response") copied = inserted.rowCount ?? 0;
      // Indexes are built after the load: a sorted build, not millions of inserts.
      for (const index of await indexesOf(client, t.name)) {
        await client.query(`CREATE ${index.unique ? "UNIQUE " : ""}INDEX ${quote(index.temp)} ON ${shadow}${index.using}`);
        indexes.push(index);
      }
    }
    await client.query("COMMIT");
    return { indexes, copied };
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
async function swap(client: pg.PoolClient, today: string, through: string, built: { indexes: IndexDef[]; copied: number }): Promise<boolean> {
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL statement_timeout = 0");
    await client.query(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`);
    await client.query(`LOCK TABLE ${TABLES.map((t) => quote(t.name)).join(", ")} IN ACCESS EXCLUSIVE MODE`);
    await client.query("SET LOCAL lock_timeout = 0");
    // Today's rows, and any row of an ended day that committed after phase 1's
    // snapshot (a batch that straddled midnight).
    const closedNow = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Response" WHERE "submittedOn" < $1`, [today])).rows[0]!.n);
    const late = closedNow !== built.copied;
    await client.query(
      `CREATE TEMP TABLE "_dayclose_delta" ON COMMIT DROP AS SELECT r."id" FROM "Response" r WHERE ${
        late ? `NOT EXISTS (SELECT 1 FROM ${quote(shadowOf("Response"))} s WHERE s."id" = r."id")` : `r."submittedOn" >= $1`
      }`,
      late ? [] : [today],
    );
    await client.query(`INSERT INTO ${quote(shadowOf("Response"))} SELECT * FROM "Response" WHERE "id" IN (SELECT "id" FROM "_dayclose_delta") ORDER BY "id"`);
    await client.query(`INSERT INTO ${quote(shadowOf("Answer"))} SELECT * FROM "Answer" WHERE "responseId" IN (SELECT "id" FROM "_dayclose_delta") ORDER BY "responseId", "ordinal"`);
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
export async function closePostgresDays(pool: pg.Pool, today: string): Promise<DayCloseResult> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [CLOSE_LOCK_KEY]);
    try {
      const last = await closedThrough(client);
      const day = (await client.query<{ d: string | null }>(`SELECT max("submittedOn") AS d FROM "Response" WHERE "submittedOn" > $1 AND "submittedOn" < $2`, [last, today])).rows[0]?.d;
      if (!day) return { rewritten: 0, through: last || null };
      const rewritten = Number(
        (await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Response" WHERE "submittedOn" > $1 AND "submittedOn" < $2`, [last, today])).rows[0]!.n,
      );
      let swapped = false;
      try {
        const built = await buildShadows(client, today);
        swapped = await swap(client, today, day, built);
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
      await flushWalAfterRewrite(client);
      return { rewritten, through: day };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [CLOSE_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    client.release();
  }
}
