// Per-account sign-in backoff, shared by every app instance through the RateLimit
// table. The row is keyed by a salted digest of the account's e-mail (staff data, never
// an address); it counts failures in a coarse, clock-aligned 15-minute window and is
// deleted once its window and backoff have ended (purgeRateLimits).
//
// The backoff grows but never hard-locks: after ACCOUNT_FREE_FAILURES failures in a
// window, the next password check for the account waits 30 s, then 60 s, … at most
// ACCOUNT_BACKOFF_MAX_MS. Attempts refused during a backoff are not counted and never
// hashed, so someone else's failures can delay the owner by at most that long, not lock
// them out; the per-address limits (./throttle.ts) bound what any one address can do.
//
// E-mails that name no account get the same treatment in memory (so the two cannot be
// told apart from one instance) without writing a row per random e-mail.
import "server-only";
import type { Db } from "@/lib/db/client";
import { now as clockNow, nowMs } from "@/lib/clock";
import { purgeRateLimits, rateLimitDigest } from "@/lib/ratelimit/limiter";
import { memoryLimiter } from "@/lib/ratelimit/memory";
import { SIGN_IN_MAX_FAILURES } from "./config";

export const ACCOUNT_WINDOW_MS = 15 * 60_000;
export const ACCOUNT_FREE_FAILURES = SIGN_IN_MAX_FAILURES;
export const ACCOUNT_BACKOFF_BASE_MS = 30_000;
export const ACCOUNT_BACKOFF_MAX_MS = 5 * 60_000;

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export function backoffMs(failures: number): number {
  if (failures < ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(ACCOUNT_BACKOFF_BASE_MS * 2 ** Math.min(failures - ACCOUNT_FREE_FAILURES, 20), ACCOUNT_BACKOFF_MAX_MS);
}

const windowStartOf = (now: Date) => new Date(Math.floor(now.getTime() / ACCOUNT_WINDOW_MS) * ACCOUNT_WINDOW_MS);

async function accountKey(db: Db, email: string): Promise<string> {
  return rateLimitDigest(db, `account:${email}`);
}

export type Backoff = { blocked: false } | { blocked: true; retryAfterSeconds: number };

const purgeHolder = globalThis as unknown as { __tyndauAccountPurgeAt?: number };

/**
 * Deletes account rows whose window and backoff have ended, at most once a minute per
 * process (housekeeping does it hourly as well), so no row outlives its window by long.
 */
function purgeEndedRows(db: Db, now: Date): void {
  const last = purgeHolder.__tyndauAccountPurgeAt ?? 0;
  if (Math.abs(now.getTime() - last) < 60_000) return;
  purgeHolder.__tyndauAccountPurgeAt = now.getTime();
  void purgeRateLimits(db, ACCOUNT_WINDOW_MS, now).catch(() => undefined);
}

/** Whether the account is in a backoff right now (nothing is counted). */
export async function accountBackoff(db: Db, email: string, now: Date = clockNow()): Promise<Backoff> {
  purgeEndedRows(db, now);
  const row = await db.rateLimit.findUnique({ where: { key: await accountKey(db, email) } });
  if (row?.blockedUntil && row.blockedUntil > now) return { blocked: true, retryAfterSeconds: seconds(row.blockedUntil.getTime() - now.getTime()) };
  return { blocked: false };
}

/** Counts a failed password check for the account; returns the backoff it now has (0 when none). */
export async function recordAccountFailure(db: Db, email: string, now: Date = clockNow()): Promise<number> {
  const key = await accountKey(db, email);
  const windowStart = windowStartOf(now);
  let row = await db.rateLimit.upsert({
    where: { key },
    create: { key, count: 1, windowStart },
    update: { count: { increment: 1 } },
  });
  if (row.windowStart.getTime() < windowStart.getTime()) {
    // A new window: only one racing instance resets it.
    await db.rateLimit.updateMany({ where: { key, windowStart: row.windowStart }, data: { count: 1, windowStart } });
    row = (await db.rateLimit.findUnique({ where: { key } })) ?? row;
  }
  const delay = backoffMs(row.count);
  if (delay > 0) await db.rateLimit.update({ where: { key }, data: { blockedUntil: new Date(now.getTime() + delay) } });
  return delay;
}

export async function clearAccountFailures(db: Db, email: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: await accountKey(db, email) } });
}

// --- e-mails that name no account: the same rule, in memory ----------------------------

type Unknown = { failures: number; windowEnds: number; blockedUntil: number };
const unknownHolder = globalThis as unknown as { __tyndauUnknownAccounts?: Map<string, Unknown> };
const MAX_UNKNOWN = 20_000;

function unknownAccounts(): Map<string, Unknown> {
  unknownHolder.__tyndauUnknownAccounts ??= new Map();
  return unknownHolder.__tyndauUnknownAccounts;
}

export function unknownAccountBackoff(email: string, now: number = nowMs()): Backoff {
  const entry = unknownAccounts().get(email);
  if (entry && entry.blockedUntil > now) return { blocked: true, retryAfterSeconds: seconds(entry.blockedUntil - now) };
  return { blocked: false };
}

export function recordUnknownAccountFailure(email: string, now: number = nowMs()): number {
  const map = unknownAccounts();
  let entry = map.get(email);
  if (!entry || (entry.windowEnds <= now && entry.blockedUntil <= now)) {
    if (map.size >= MAX_UNKNOWN) {
      for (const [k, v] of map) if (v.windowEnds <= now && v.blockedUntil <= now) map.delete(k);
      // Still full: forget the oldest (a flood of random e-mails gains nothing by it).
      for (const k of map.keys()) {
        if (map.size < MAX_UNKNOWN) break;
        map.delete(k);
      }
    }
    entry = { failures: 0, windowEnds: Math.floor(now / ACCOUNT_WINDOW_MS) * ACCOUNT_WINDOW_MS + ACCOUNT_WINDOW_MS, blockedUntil: 0 };
    map.set(email, entry);
  }
  entry.failures++;
  const delay = backoffMs(entry.failures);
  if (delay > 0) entry.blockedUntil = now + delay;
  return delay;
}

/** Forgets all in-memory sign-in state (tests). */
export function clearSignInMemory(): void {
  unknownAccounts().clear();
  for (const name of ["signin-address", "signin-overall", "signin-unknown", "signin-pair", "signin-device", "signin-known-devices"]) memoryLimiter(name).clear();
}
