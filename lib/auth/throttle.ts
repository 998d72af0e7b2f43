// Sign-in under attack: what is checked BEFORE any password is hashed, all in this
// process's memory (no address is ever written anywhere; see lib/ratelimit/memory.ts):
//   - attempts per address (IPv6 by its /64): SIGN_IN_ADDRESS_RULE,
//   - attempts overall, on this instance: SIGN_IN_OVERALL_RULE,
//   - at most MAX_CONCURRENT_HASHES argon2 computations at once and MAX_WAITING_HASHES
//     queued behind them; anything beyond is refused at once (429 + Retry-After).
// proxy.ts peeks at the same counters to answer 429 before the page renders.
// Per-account state (shared by every instance) is in ./throttle-account.ts.
import { limitKeyOfAddress } from "@/lib/http/client-address";
import { nowMs } from "@/lib/clock";
import { memoryLimiter, type MemoryRule } from "@/lib/ratelimit/memory";
import { SIGN_IN_BLOCK_MS, SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_MS } from "./config";

/** Sign-in attempts one address may make, whatever their outcome. */
export const SIGN_IN_ADDRESS_RULE: MemoryRule = { limit: 60, windowMs: 60_000 };
/** Sign-in attempts one instance takes from everybody together. */
export const SIGN_IN_OVERALL_RULE: MemoryRule = { limit: 600, windowMs: 60_000 };
/** Attempts naming no account that one instance hashes (a flood of random e-mails). */
export const SIGN_IN_UNKNOWN_ACCOUNT_RULE: MemoryRule = { limit: 120, windowMs: 60_000 };
/** Failures for one account from one address: ten in 15 minutes block that pair for 15 minutes. */
export const SIGN_IN_PAIR_RULE: MemoryRule = { limit: SIGN_IN_MAX_FAILURES, windowMs: SIGN_IN_WINDOW_MS, blockMs: SIGN_IN_BLOCK_MS };

export const MAX_CONCURRENT_HASHES = 2;
export const MAX_WAITING_HASHES = 8;
/** What a refused attempt is told when every hashing slot is taken. */
export const HASH_BUSY_RETRY_SECONDS = 5;

const OVERALL_KEY = "all";

export type GateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

function decide(decision: { allowed: boolean; retryAfterSeconds: number }): GateDecision {
  return decision.allowed ? { allowed: true } : { allowed: false, retryAfterSeconds: decision.retryAfterSeconds };
}

/** Counts one sign-in attempt from this address against the address and overall limits. */
export function enterSignInGate(address: string, now: number = nowMs()): GateDecision {
  const byAddress = memoryLimiter("signin-address").hit(limitKeyOfAddress(address), SIGN_IN_ADDRESS_RULE, now);
  if (!byAddress.allowed) return decide(byAddress);
  return decide(memoryLimiter("signin-overall").hit(OVERALL_KEY, SIGN_IN_OVERALL_RULE, now));
}

/** Whether an attempt from this address would be refused right now, without counting it (proxy.ts). */
export function peekSignInGate(address: string, now: number = nowMs()): GateDecision {
  const byAddress = memoryLimiter("signin-address").peek(limitKeyOfAddress(address), SIGN_IN_ADDRESS_RULE, now);
  if (!byAddress.allowed) return decide(byAddress);
  const overall = memoryLimiter("signin-overall").peek(OVERALL_KEY, SIGN_IN_OVERALL_RULE, now);
  if (!overall.allowed) return decide(overall);
  if (hashSlotsFull()) return { allowed: false, retryAfterSeconds: HASH_BUSY_RETRY_SECONDS };
  // A flood of e-mails naming no account has used up this minute's budget: a form
  // posted without JavaScript is refused here too (the proxy cannot tell a real account
  // from the body without reading it). The sign-in page's own JavaScript posts go on to
  // the action, where real accounts are still checked: staff are not locked out.
  const unknown = memoryLimiter("signin-unknown").peek(OVERALL_KEY, SIGN_IN_UNKNOWN_ACCOUNT_RULE, now);
  if (!unknown.allowed) return decide(unknown);
  return { allowed: true };
}

/** Counts an attempt for an e-mail that names no account against the instance's budget for those. */
export function enterUnknownAccountBudget(now: number = nowMs()): GateDecision {
  return decide(memoryLimiter("signin-unknown").hit(OVERALL_KEY, SIGN_IN_UNKNOWN_ACCOUNT_RULE, now));
}

/** The (account, address) failure counter. */
export function pairLimiter() {
  return memoryLimiter("signin-pair");
}

// --- bounded argon2 concurrency -------------------------------------------------------

type Slots = { active: number; waiting: (() => void)[]; maxActive: number; refused: number; started: number };
const holder = globalThis as unknown as { __tyndauHashSlots?: Slots };
function slots(): Slots {
  holder.__tyndauHashSlots ??= { active: 0, waiting: [], maxActive: 0, refused: 0, started: 0 };
  return holder.__tyndauHashSlots;
}

export class HashSlotsBusy extends Error {
  override name = "HashSlotsBusy";
  readonly retryAfterSeconds = HASH_BUSY_RETRY_SECONDS;
}

function hashSlotsFull(): boolean {
  const s = slots();
  return s.active >= MAX_CONCURRENT_HASHES && s.waiting.length >= MAX_WAITING_HASHES;
}

/** Runs a password hash/verify in one of the few slots, waiting in a short queue; throws HashSlotsBusy when that is full. */
export async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  const s = slots();
  if (s.active >= MAX_CONCURRENT_HASHES) {
    if (s.waiting.length >= MAX_WAITING_HASHES) {
      s.refused++;
      throw new HashSlotsBusy("Too many password checks at once");
    }
    await new Promise<void>((resolve) => s.waiting.push(resolve));
  } else {
    s.active++;
  }
  // Here this caller holds a slot (a finishing caller hands its slot over directly).
  s.maxActive = Math.max(s.maxActive, s.active);
  s.started++;
  try {
    return await work();
  } finally {
    const next = s.waiting.shift();
    if (next) next();
    else s.active--;
  }
}

/** How the slots have been used (tests and diagnostics). */
export function hashSlotStats(): { active: number; waiting: number; maxActive: number; refused: number; started: number } {
  const s = slots();
  return { active: s.active, waiting: s.waiting.length, maxActive: s.maxActive, refused: s.refused, started: s.started };
}

export function resetHashSlotStats(): void {
  const s = slots();
  s.maxActive = s.active;
  s.refused = 0;
  s.started = 0;
}
