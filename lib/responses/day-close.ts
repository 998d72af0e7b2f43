// When a submission day has ended, its rows are rewritten so that nothing physical
// records the order they arrived in (docs/anonymity.md). One entry point for both
// databases; each provider's rewrite lives beside it.
//
// SQLite: the submission tables are WITHOUT ROWID B-trees keyed by the random id
// (migration 0003), so rows are kept in id order from the start.
// PostgreSQL: day-close-postgres.ts.
import "server-only";
import { now as clockNow } from "@/lib/clock";
import { handleOf, type Db } from "@/lib/db/client";
import { closePostgresDays } from "./day-close-postgres";
import type { DayCloseResult } from "./day-close-state";
import { releaseSettings, dateIn, type ReleaseSettings } from "./release";

export { CLOSED_THROUGH_KEY, type DayCloseResult } from "./day-close-state";

/**
 * Closes every ended day not closed yet. Safe to run from several instances at once:
 * the table lock serialises them and the second finds nothing left to do.
 */
export async function closeSubmissionDays(db: Db, now: Date = clockNow(), settings: ReleaseSettings = releaseSettings()): Promise<DayCloseResult> {
  const handle = handleOf(db);
  if (!handle || handle.target.provider !== "postgresql" || !handle.pgPool) return { rewritten: 0, through: null };
  return closePostgresDays(handle.pgPool, dateIn(settings.timeZone, now));
}
