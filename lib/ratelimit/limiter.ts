// Fixed-window counters in the RateLimit table, so every app instance on one
// database shares them. They hold per-ACCOUNT sign-in state only, never an address
// (lib/auth/throttle-account.ts: key = salted digest of the staff e-mail, coarse
// clock-aligned windows, rows deleted once their window and block have ended).
// Anything keyed on a client address lives in memory (./memory.ts) and is never
// written to the database, so a copy of the database reveals no address.
//
// The increment is a single atomic UPDATE/UPSERT; the window reset is a
// conditional update that only one racer can win. Keys are stored only as salted
// SHA-256 digests (the salt is random, kept in the Setting table so that all
// instances agree).
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { now as clockNow } from "@/lib/clock";

const SALT_KEY = "ratelimit.salt";
const salts = new WeakMap<Db, Promise<string>>();

async function loadSalt(db: Db): Promise<string> {
  const existing = await db.setting.findUnique({ where: { key: SALT_KEY } });
  if (existing) return existing.value;
  try {
    await db.setting.create({ data: { key: SALT_KEY, value: randomBytes(32).toString("hex") } });
  } catch {
    /* another instance created it first; read theirs */
  }
  const row = await db.setting.findUniqueOrThrow({ where: { key: SALT_KEY } });
  return row.value;
}

/** The digest a key is stored under (computed once per key per call). */
export async function rateLimitDigest(db: Db, key: string): Promise<string> {
  return storedKey(db, key);
}

async function storedKey(db: Db, key: string): Promise<string> {
  let salt = salts.get(db);
  if (!salt) {
    salt = loadSalt(db);
    salts.set(db, salt);
    salt.catch(() => salts.delete(db));
  }
  return createHash("sha256").update(`${await salt}:${key}`).digest("hex");
}

export type RateLimitRule = {
  key: string;
  limit: number;
  windowMs: number;
  /** When set, reaching the limit blocks the key for this long (sign-in lockout). */
  blockMs?: number;
};

export type RateLimitDecision = { allowed: boolean; remaining: number; retryAfterSeconds: number };

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Counts one hit against the key and says whether it is within the limit. */
export async function hitRateLimit(db: Db, input: RateLimitRule, now: Date = clockNow()): Promise<RateLimitDecision> {
  const rule = { ...input, key: await storedKey(db, input.key) };
  let row = await db.rateLimit.upsert({
    where: { key: rule.key },
    create: { key: rule.key, count: 1, windowStart: now },
    update: { count: { increment: 1 } },
  });
  if (row.blockedUntil && row.blockedUntil > now) {
    return { allowed: false, remaining: 0, retryAfterSeconds: seconds(row.blockedUntil.getTime() - now.getTime()) };
  }
  if (row.windowStart.getTime() + rule.windowMs <= now.getTime()) {
    // The window has passed: start a new one counting this hit. Conditional on
    // the old windowStart, so concurrent instances reset it once.
    await db.rateLimit.updateMany({
      where: { key: rule.key, windowStart: row.windowStart },
      data: { count: 1, windowStart: now, blockedUntil: null },
    });
    row = (await db.rateLimit.findUnique({ where: { key: rule.key } })) ?? row;
  }
  const windowEnds = row.windowStart.getTime() + rule.windowMs;
  if (row.count > rule.limit || (rule.blockMs !== undefined && row.count >= rule.limit)) {
    if (rule.blockMs !== undefined) {
      const blockedUntil = new Date(now.getTime() + rule.blockMs);
      await db.rateLimit.update({ where: { key: rule.key }, data: { blockedUntil } });
      // The hit that reaches the limit is itself still counted as allowed
      // (e.g. the 10th failed sign-in is answered normally); later ones are refused.
      if (row.count === rule.limit) return { allowed: true, remaining: 0, retryAfterSeconds: seconds(rule.blockMs) };
      return { allowed: false, remaining: 0, retryAfterSeconds: seconds(rule.blockMs) };
    }
    return { allowed: false, remaining: 0, retryAfterSeconds: seconds(windowEnds - now.getTime()) };
  }
  return { allowed: true, remaining: rule.limit - row.count, retryAfterSeconds: 0 };
}

/** Whether a key is currently blocked, without counting a hit. */
export async function peekRateLimit(db: Db, key: string, now: Date = clockNow()): Promise<{ blocked: boolean; retryAfterSeconds: number }> {
  const row = await db.rateLimit.findUnique({ where: { key: await storedKey(db, key) } });
  if (row?.blockedUntil && row.blockedUntil > now) {
    return { blocked: true, retryAfterSeconds: seconds(row.blockedUntil.getTime() - now.getTime()) };
  }
  return { blocked: false, retryAfterSeconds: 0 };
}

export async function resetRateLimit(db: Db, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: await storedKey(db, key) } });
}

/** Drops counters whose window (15 minutes by default) and block have ended (called opportunistically). */
export async function purgeRateLimits(db: Db, olderThanMs = 15 * 60_000, now: Date = clockNow()): Promise<number> {
  const before = new Date(now.getTime() - olderThanMs);
  const { count } = await db.rateLimit.deleteMany({
    where: { windowStart: { lt: before }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }] },
  });
  return count;
}
