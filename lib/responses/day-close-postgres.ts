// PostgreSQL's day close (docs/anonymity.md): once a day has ended, its rows are
// rewritten so that nothing physical records the order they arrived in.
//
// PostgreSQL appends new rows to the end of the heap, so the physical order (ctid)
// of a day's rows follows their arrival, and every row carries the id of the
// transaction that inserted it (xmin), which grows with time. Once a day is over,
// its responses and answers are copied aside, deleted and inserted again in the
// order of their random ids, in ONE transaction: afterwards the day's rows sit in
// random-id order and share one xmin. VACUUM then frees the old row versions.
import type pg from "pg";
import { CLOSED_THROUGH_KEY, type DayCloseResult } from "./day-close-state";

/**
 * Rewrites the rows of every ended day (before `today`) not rewritten yet. Safe to run
 * from several instances at once: the table lock serialises them and the second
 * finds nothing left to do.
 */
export async function closePostgresDays(pool: pg.Pool, today: string): Promise<DayCloseResult> {
  const client = await pool.connect();
  let rewritten = 0;
  try {
    await client.query("BEGIN");
    // Submissions wait (briefly) while the day's rows are rewritten, so none is missed.
    await client.query(`LOCK TABLE "Response" IN EXCLUSIVE MODE`);
    const last = (await client.query<{ value: string }>(`SELECT "value" FROM "Setting" WHERE "key" = $1`, [CLOSED_THROUGH_KEY])).rows[0]?.value ?? "";
    const days = (await client.query<{ d: string }>(`SELECT DISTINCT "submittedOn" AS d FROM "Response" WHERE "submittedOn" > $1 AND "submittedOn" < $2 ORDER BY 1`, [last, today])).rows.map((r) => r.d);
    if (days.length > 0) {
      const range = [last, today];
      await client.query(`CREATE TEMP TABLE "_day_r" ON COMMIT DROP AS SELECT * FROM "Response" WHERE "submittedOn" > $1 AND "submittedOn" < $2`, range);
      await client.query(`CREATE TEMP TABLE "_day_a" ON COMMIT DROP AS SELECT a.* FROM "Answer" a JOIN "_day_r" r ON r."id" = a."responseId"`);
      // ON DELETE CASCADE removes the answers with their responses.
      const deleted = await client.query(`DELETE FROM "Response" WHERE "submittedOn" > $1 AND "submittedOn" < $2`, range);
      rewritten = deleted.rowCount ?? 0;
      await client.query(`INSERT INTO "Response" SELECT * FROM "_day_r" ORDER BY "id"`);
      await client.query(`INSERT INTO "Answer" SELECT * FROM "_day_a" ORDER BY "responseId", "ordinal"`);
    }
    const through = days[days.length - 1] ?? (last || null);
    if (through && through !== last) {
      await client.query(`INSERT INTO "Setting" ("key", "value") VALUES ($1, $2) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"`, [CLOSED_THROUGH_KEY, through]);
    }
    await client.query("COMMIT");
    if (rewritten > 0) await client.query(`VACUUM "Response", "Answer"`).catch(() => undefined);
    return { rewritten, through };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
