// Deletes rows that only pile up: rate-limit counters whose windows ended long
// ago and expired staff sessions; and, on PostgreSQL, rewrites the rows of
// submission days that have ended in random-id order (lib/responses/day-close.ts). Run opportunistically from busy paths (at
// most once an hour per process, in the background), so no scheduler is needed
// and every instance helps.
import "server-only";
import type { Db } from "./client";
import { purgeRateLimits } from "@/lib/ratelimit/limiter";
import { purgeExpiredSessions } from "@/lib/auth/session";
import { closeSubmissionDays } from "@/lib/responses/day-close";

const EVERY_MS = 60 * 60_000;
const lastRun = new WeakMap<Db, number>();

export function housekeepOccasionally(db: Db, now: number = Date.now()): void {
  if (now - (lastRun.get(db) ?? 0) < EVERY_MS) return;
  lastRun.set(db, now);
  void Promise.all([purgeRateLimits(db), purgeExpiredSessions(db), closeSubmissionDays(db)]).catch(() => {
    // Best effort: the next run tries again.
    lastRun.delete(db);
  });
}
