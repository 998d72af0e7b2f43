// The per-address submission limit, kept in memory only (docs/anonymity.md).
// A copy of the database or of the data folder therefore holds nothing about
// who submitted when: no address, no digest of one, no window start. Keys are
// HMAC-SHA-256 digests under a random key that exists only in this process and
// changes when it restarts, so even a memory dump of the counters cannot be
// turned back into addresses by hashing candidates without that key. A
// counter is dropped as soon as its window has ended. Several app instances
// each keep their own counters (the limit is then per instance), which is the
// price of storing nothing.
import "server-only";
import { createHmac, randomBytes } from "node:crypto";

export type Counter = { count: number; windowStart: number };

const processKey = randomBytes(32);
const counters = new Map<string, Counter>();
let lastSweep = 0;

/** The in-memory key a rate-limit key is counted under. */
export function addressDigest(key: string): string {
  return createHmac("sha256", processKey).update(key).digest("base64url");
}

function sweep(now: number, windowMs: number): void {
  if (now - lastSweep < windowMs) return;
  lastSweep = now;
  for (const [k, c] of counters) if (c.windowStart + windowMs <= now) counters.delete(k);
}

/**
 * Adds `n` hits to a digest's fixed window (a new window when the last one has
 * ended) and returns the counter after adding. Synchronous, so a batch counts
 * its hits atomically.
 */
export function countAddressHits(digest: string, n: number, now: number, windowMs: number): Counter {
  sweep(now, windowMs);
  let c = counters.get(digest);
  if (!c || c.windowStart + windowMs <= now) {
    c = { count: 0, windowStart: now };
    counters.set(digest, c);
  }
  c.count += n;
  return { ...c };
}

/** For tests: forget every counter. */
export function resetAddressCounters(): void {
  counters.clear();
}
