// When a submission day has ended, its rows are rewritten so that nothing physical
// records the order they arrived in (docs/anonymity.md). One entry point for both
// databases; each provider's rewrite lives beside it. It runs from the server's own
// timer (day-close-schedule.ts), never from a request: a close triggered by a
// submission would stamp that submission's time on the database.
//
// SQLite: VACUUM rebuilds the file in id order, then the WAL is truncated
// (day-close-sqlite.ts). PostgreSQL: day-close-postgres.ts.
import "server-only";
import { now as clockNow } from "@/lib/clock";
import { handleOf, type Db } from "@/lib/db/client";
import { closePostgresDays } from "./day-close-postgres";
import { closeSqliteDays } from "./day-close-sqlite";
import type { DayCloseResult } from "./day-close-state";
import { releaseSettings, dateIn, type ReleaseSettings } from "./release";

export { CLOSED_THROUGH_KEY, type DayCloseResult } from "./day-close-state";

/**
 * Closes every ended day not closed yet. Safe to run from several instances at once:
 * on PostgreSQL the table lock serialises them and the second finds nothing left to
 * do; on SQLite (one instance) the worker's write transaction does the same.
 */
export async function closeSubmissionDays(db: Db, now: Date = clockNow(), settings: ReleaseSettings = releaseSettings()): Promise<DayCloseResult> {
  const handle = handleOf(db);
  if (!handle) throw new Error("closeSubmissionDays: client was not created by lib/db/client");
  const today = dateIn(settings.timeZone, now);
  if (handle.target.provider === "sqlite") {
    const { rewritten, through } = await closeSqliteDays(handle.target.filePath, today);
    return { rewritten, through };
  }
  if (!handle.pgPool) throw new Error("closeSubmissionDays: no pg pool");
  return closePostgresDays(handle.pgPool, today);
}
