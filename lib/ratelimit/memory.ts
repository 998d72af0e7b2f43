// Per-address counters, kept in this process's memory only. Nothing about who
// sent what, or from where, is ever written to the database, a file or the log:
// a copy of the data folder (a backup, a seized disk) holds no address, no
// digest of one and no time a request arrived (docs/anonymity.md).
//
// The trade-off: each app instance counts on its own, so with N instances an
// address may make up to N × the limit, and a restart forgets the counts. For a
// survey of a few hundred NGOs that is the right side to err on.
//
// State lives on globalThis so the proxy (proxy.ts, which answers 429 before a
// page renders) and the app's server code share one set of counters even when
// the bundler gives them separate copies of this module.

import { nowMs } from "@/lib/clock";

export type MemoryRule = {
  limit: number;
  windowMs: number;
  /** When set, the hit that reaches the limit blocks the key for this long. */
  blockMs?: number;
};

export type MemoryDecision = { allowed: boolean; remaining: number; retryAfterSeconds: number };

type Counter = { count: number; windowEnds: number; blockedUntil: number };

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export class MemoryLimiter {
  private readonly counters = new Map<string, Counter>();

  constructor(private readonly maxKeys = 50_000) {}

  private current(key: string, windowMs: number, now: number): Counter {
    let counter = this.counters.get(key);
    if (counter && counter.windowEnds <= now && counter.blockedUntil <= now) {
      this.counters.delete(key);
      counter = undefined;
    }
    if (!counter) {
      if (this.counters.size >= this.maxKeys) this.sweep(now);
      counter = { count: 0, windowEnds: now + windowMs, blockedUntil: 0 };
      this.counters.set(key, counter);
    } else if (counter.windowEnds <= now) {
      counter.count = 0;
      counter.windowEnds = now + windowMs;
    }
    return counter;
  }

  /** Counts one hit and says whether it is within the limit. */
  hit(key: string, rule: MemoryRule, now: number = nowMs()): MemoryDecision {
    const counter = this.current(key, rule.windowMs, now);
    if (counter.blockedUntil > now) return { allowed: false, remaining: 0, retryAfterSeconds: seconds(counter.blockedUntil - now) };
    counter.count++;
    if (rule.blockMs !== undefined && counter.count >= rule.limit) {
      counter.blockedUntil = now + rule.blockMs;
      // The hit that reaches the limit is itself still answered normally.
      if (counter.count === rule.limit) return { allowed: true, remaining: 0, retryAfterSeconds: seconds(rule.blockMs) };
      return { allowed: false, remaining: 0, retryAfterSeconds: seconds(rule.blockMs) };
    }
    if (counter.count > rule.limit) return { allowed: false, remaining: 0, retryAfterSeconds: seconds(counter.windowEnds - now) };
    return { allowed: true, remaining: rule.limit - counter.count, retryAfterSeconds: 0 };
  }

  /** Whether the next hit would be refused, without counting one. */
  peek(key: string, rule: MemoryRule, now: number = nowMs()): MemoryDecision {
    const counter = this.counters.get(key);
    if (!counter) return { allowed: true, remaining: rule.limit, retryAfterSeconds: 0 };
    if (counter.blockedUntil > now) return { allowed: false, remaining: 0, retryAfterSeconds: seconds(counter.blockedUntil - now) };
    if (counter.windowEnds <= now) return { allowed: true, remaining: rule.limit, retryAfterSeconds: 0 };
    if (counter.count >= rule.limit) return { allowed: false, remaining: 0, retryAfterSeconds: seconds(counter.windowEnds - now) };
    return { allowed: true, remaining: rule.limit - counter.count, retryAfterSeconds: 0 };
  }

  /** Takes back one hit (e.g. a submission that turned out to be a replay). */
  refund(key: string): void {
    const counter = this.counters.get(key);
    if (counter && counter.count > 0) counter.count--;
  }

  reset(key: string): void {
    this.counters.delete(key);
  }

  clear(): void {
    this.counters.clear();
  }

  get size(): number {
    return this.counters.size;
  }

  /** Forgets finished windows; if memory is still over its bound, the oldest keys go first. */
  sweep(now: number = nowMs()): void {
    for (const [key, counter] of this.counters) {
      if (counter.windowEnds <= now && counter.blockedUntil <= now) this.counters.delete(key);
    }
    const excess = this.counters.size - Math.floor(this.maxKeys * 0.9);
    if (excess > 0) {
      let dropped = 0;
      for (const key of this.counters.keys()) {
        if (dropped++ >= excess) break;
        this.counters.delete(key);
      }
    }
  }
}

const registry = globalThis as unknown as { __tyndauMemoryLimiters?: Map<string, MemoryLimiter> };

/** The process-wide limiter of this name. */
export function memoryLimiter(name: string): MemoryLimiter {
  registry.__tyndauMemoryLimiters ??= new Map();
  let limiter = registry.__tyndauMemoryLimiters.get(name);
  if (!limiter) {
    limiter = new MemoryLimiter();
    registry.__tyndauMemoryLimiters.set(name, limiter);
  }
  return limiter;
}

/** Empties every in-memory limiter (tests). */
export function clearMemoryLimiters(): void {
  for (const limiter of registry.__tyndauMemoryLimiters?.values() ?? []) limiter.clear();
}
