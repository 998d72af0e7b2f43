// Deletes rows that only pile up: rate-limit counters whose windows ended long ago and
// expired staff sessions. Run from the server's day-close timer
// (lib/responses/day-close-server.ts), at most once an hour — never from a request: a
// delete made while handling a submission would put a write next to it whose timing
// (sessions expiring) says when it happened.
import "server-only";
import type { Db } from "./client";
import { nowMs } from "@/lib/clock";
import { purgeRateLimits } from "@/lib/ratelimit/limiter";
import { purgeExpiredSessions } from "@/lib/auth/session";

const EVERY_MS = 60 * 60_000;
const lastRun = new WeakMap<Db, number>();

export function housekeepOccasionally(db: Db, now: number = nowMs()): void {
  if (now - (lastRun.get(db) ?? 0) < EVERY_MS) return;
  lastRun.set(db, now);
  void Promise.all([purgeRateLimits(db), purgeExpiredSessions(db)]).catch(() => {
    // Best effort: the next run tries again.
    lastRun.delete(db);
  });
}
