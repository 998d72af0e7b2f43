// Failures from a known device (a valid device cookie for the account named), counted
// per cookie and shared by every instance through the RateLimit table. The row is keyed
// by a salted digest of the cookie's random nonce (never an address) and counts in the
// same coarse, clock-aligned 15-minute windows as the per-account backoff; a locked
// cookie stays locked until the end of the NEXT window, so the row holds no time finer
// than a quarter hour. purgeRateLimits deletes it once both have ended.
//
// A stolen cookie therefore buys DEVICE_MAX_FAILURES guesses per quarter hour, and the
// owner's own typos never touch the account's backoff that the untrusted clients share.
import "server-only";
import type { Db } from "@/lib/db/client";
import { now as clockNow } from "@/lib/clock";
import { rateLimitDigest } from "@/lib/ratelimit/limiter";
import { ACCOUNT_WINDOW_MS, type Backoff } from "./throttle-account";

export const DEVICE_MAX_FAILURES = 5;

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
const windowStartOf = (now: Date) => new Date(Math.floor(now.getTime() / ACCOUNT_WINDOW_MS) * ACCOUNT_WINDOW_MS);

function deviceKey(db: Db, nonce: string): Promise<string> {
  return rateLimitDigest(db, `device:${nonce}`);
}

/** Whether this device cookie is locked right now (nothing is counted). */
export async function deviceBackoff(db: Db, nonce: string, now: Date = clockNow()): Promise<Backoff> {
  const row = await db.rateLimit.findUnique({ where: { key: await deviceKey(db, nonce) } });
  if (row?.blockedUntil && row.blockedUntil > now) return { blocked: true, retryAfterSeconds: seconds(row.blockedUntil.getTime() - now.getTime()) };
  return { blocked: false };
}

/** Counts a failed password check from this device; returns whether the cookie is now locked. */
export async function recordDeviceFailure(db: Db, nonce: string, now: Date = clockNow()): Promise<boolean> {
  const key = await deviceKey(db, nonce);
  const windowStart = windowStartOf(now);
  let row = await db.rateLimit.upsert({ where: { key }, create: { key, count: 1, windowStart }, update: { count: { increment: 1 } } });
  if (row.windowStart.getTime() < windowStart.getTime()) {
    // A new window: only one racing instance resets it.
    await db.rateLimit.updateMany({ where: { key, windowStart: row.windowStart }, data: { count: 1, windowStart } });
    row = (await db.rateLimit.findUnique({ where: { key } })) ?? row;
  }
  if (row.count < DEVICE_MAX_FAILURES) return false;
  await db.rateLimit.update({ where: { key }, data: { blockedUntil: new Date(windowStart.getTime() + 2 * ACCOUNT_WINDOW_MS) } });
  return true;
}

export async function clearDeviceFailures(db: Db, nonce: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: await deviceKey(db, nonce) } });
}
