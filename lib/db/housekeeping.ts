// Deletes rows that only pile up: rate-limit counters whose windows ended long
// ago and expired staff sessions. Run opportunistically from busy paths (at
// most once an hour per process, in the background), so no scheduler is needed
// and every instance helps.
import type { Db } from "./client";
import { purgeRateLimits } from "@/lib/ratelimit/limiter";
import { purgeExpiredSessions } from "@/lib/auth/session";

const EVERY_MS = 60 * 60_000;
const lastRun = new WeakMap<Db, number>();

export function housekeepOccasionally(db: Db, now: number = Date.now()): void {
  if (now - (lastRun.get(db) ?? 0) < EVERY_MS) return;
  lastRun.set(db, now);
  void Promise.all([purgeRateLimits(db), purgeExpiredSessions(db)]).catch(() => {
    // Best effort: the next run tries again.
    lastRun.delete(db);
  });
}
