// What the PostgreSQL side of the anonymity promise needs besides the day close
// (docs/anonymity.md, docs/decisions/010-postgres-wal-and-day-close.md): one lock
// that serialises the table rewrites of the day close and of "delete all", and the
// WAL flush after them, so that the segments holding the old inserts (each with its
// transaction's commit time) stop existing.
import type pg from "pg";

/** pg_advisory_lock key held by the day close and "delete all" ("tyndau-dc" in ASCII). */
export const CLOSE_LOCK_KEY = "8391745040741450595";

let warned = false;

/**
 * Ends the current WAL segment and checkpoints: every segment before the
 * checkpoint is then no longer needed and is removed (unlinked, with
 * wal_recycle = off from deploy/postgresql.conf.d/tyndau-anonymity.conf), and the
 * files of dropped or truncated tables are unlinked. Needs the pg_checkpoint role
 * and EXECUTE on pg_switch_wal() (deploy/postgresql.conf.d/tyndau-anonymity.conf); without them the server's own
 * archive_timeout and checkpoint_timeout do the same a few minutes later, and we
 * say so once.
 */
export async function flushWalAfterRewrite(client: pg.ClientBase): Promise<void> {
  try {
    await client.query("SELECT pg_switch_wal()");
    await client.query("CHECKPOINT");
  } catch (error) {
    if (!warned) {
      warned = true;
      console.warn(`tyndau: day close: could not switch the WAL and checkpoint (${(error as { code?: string }).code ?? "error"}); the server's archive_timeout/checkpoint_timeout will (deploy/postgresql.conf.d/tyndau-anonymity.conf)`);
    }
  }
}

/**
 * "Delete all" on PostgreSQL: TRUNCATE gives the tables new, empty files and
 * unlinks the old ones (DELETE would leave every row's bytes in the pages until
 * they are reused), then the WAL that still holds the inserts is retired.
 */
export async function truncateSubmissions(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL statement_timeout = 0");
    await client.query("SELECT pg_advisory_xact_lock($1)", [CLOSE_LOCK_KEY]);
    // With the responses go the review decisions on them and the spent started-token
    // nonces (decision 016): nothing derived from a respondent outlives "delete all".
    await client.query(`LOCK TABLE "Response", "Answer", "ResponseReview", "SpentStartToken" IN ACCESS EXCLUSIVE MODE`);
    const count = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Response"`)).rows[0]!.n);
    // Codes and weights name responses by id (migration 0008): they go with them.
    await client.query(`TRUNCATE "Response", "Answer", "ResponseReview", "SpentStartToken", "CodeAssignment", "ResponseWeight"`);
    await client.query("COMMIT");
    await flushWalAfterRewrite(client);
    return count;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
