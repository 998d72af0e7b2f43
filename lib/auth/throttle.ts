// Sign-in under attack: what is checked BEFORE any password is hashed, all in this
// process's memory (no address is ever written anywhere; see lib/ratelimit/memory.ts).
// Two kinds of client are kept apart (docs/hardening.md):
//   - untrusted (no valid device cookie for the account named): attempts per address
//     (IPv6 by its /64), SIGN_IN_ADDRESS_RULE, and overall on this instance,
//     SIGN_IN_OVERALL_RULE;
//   - known devices (./device-cookie.ts): attempts per cookie, SIGN_IN_DEVICE_RULE, and a
//     budget of their own on this instance, SIGN_IN_KNOWN_DEVICE_RULE;
//   - at most MAX_CONCURRENT_HASHES argon2 computations at once, of which untrusted
//     attempts may hold UNTRUSTED_MAX_ACTIVE with UNTRUSTED_MAX_WAITING queued, and known
//     devices KNOWN_DEVICE_MAX_WAITING queued of their own; anything beyond is refused at
//     once (429 + Retry-After). So a flood of unknown clients never takes the slot and
//     queue places kept for known devices.
// proxy.ts peeks at the same counters to answer 429 before the page renders.
// Per-account and per-device state (shared by every instance) is in ./throttle-account.ts
// and ./throttle-device.ts.
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

/** Attempts one device cookie may make, whatever their outcome (its failures lock it sooner). */
export const SIGN_IN_DEVICE_RULE: MemoryRule = { limit: 30, windowMs: 60_000 };
/** Attempts from known devices that one instance takes, apart from everybody else's. */
export const SIGN_IN_KNOWN_DEVICE_RULE: MemoryRule = { limit: 300, windowMs: 60_000 };

export const MAX_CONCURRENT_HASHES = 2;
export const MAX_WAITING_HASHES = 8;
/** Slots and queue places untrusted attempts may take; the rest are kept for known devices. */
export const UNTRUSTED_MAX_ACTIVE = 1;
export const UNTRUSTED_MAX_WAITING = 6;
export const KNOWN_DEVICE_MAX_WAITING = MAX_WAITING_HASHES - UNTRUSTED_MAX_WAITING;
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

/** Counts one sign-in attempt from a known device against its own and the known devices' limits. */
export function enterKnownDeviceGate(nonce: string, now: number = nowMs()): GateDecision {
  const byDevice = memoryLimiter("signin-device").hit(nonce, SIGN_IN_DEVICE_RULE, now);
  if (!byDevice.allowed) return decide(byDevice);
  return decide(memoryLimiter("signin-known-devices").hit(OVERALL_KEY, SIGN_IN_KNOWN_DEVICE_RULE, now));
}

/** Whether an untrusted attempt from this address would be refused right now, without counting it (proxy.ts). */
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

export type HashLane = "untrusted" | "known-device";

type Slots = {
  active: number;
  untrustedActive: number;
  waiting: (() => void)[];
  knownWaiting: (() => void)[];
  maxActive: number;
  refused: number;
  started: number;
};
const holder = globalThis as unknown as { __tyndauHashSlotLanes?: Slots };
function slots(): Slots {
  holder.__tyndauHashSlotLanes ??= { active: 0, untrustedActive: 0, waiting: [], knownWaiting: [], maxActive: 0, refused: 0, started: 0 };
  return holder.__tyndauHashSlotLanes;
}

export class HashSlotsBusy extends Error {
  override name = "HashSlotsBusy";
  readonly retryAfterSeconds = HASH_BUSY_RETRY_SECONDS;
}

/** Whether an untrusted attempt would be refused for want of a slot or a queue place. */
function hashSlotsFull(): boolean {
  const s = slots();
  return !canStart(s, "untrusted") && s.waiting.length >= UNTRUSTED_MAX_WAITING;
}

function canStart(s: Slots, lane: HashLane): boolean {
  if (s.active >= MAX_CONCURRENT_HASHES) return false;
  switch (lane) {
    case "known-device":
      return true;
    case "untrusted":
      return s.untrustedActive < UNTRUSTED_MAX_ACTIVE;
    default: {
      const _exhaustive: never = lane;
      return _exhaustive;
    }
  }
}

function start(s: Slots, lane: HashLane): void {
  s.active++;
  if (lane === "untrusted") s.untrustedActive++;
  s.maxActive = Math.max(s.maxActive, s.active);
}

/** Hands freed slots to waiters, known devices first. */
function pump(s: Slots): void {
  for (;;) {
    if (s.knownWaiting.length > 0 && canStart(s, "known-device")) {
      start(s, "known-device");
      s.knownWaiting.shift()!();
    } else if (s.waiting.length > 0 && canStart(s, "untrusted")) {
      start(s, "untrusted");
      s.waiting.shift()!();
    } else return;
  }
}

/**
 * Runs a password hash/verify in one of the few slots of its lane, waiting in that lane's
 * short queue; throws HashSlotsBusy when the queue is full.
 */
export async function withHashSlot<T>(work: () => Promise<T>, lane: HashLane = "untrusted"): Promise<T> {
  const s = slots();
  if (canStart(s, lane)) {
    start(s, lane);
  } else {
    const queue = lane === "known-device" ? s.knownWaiting : s.waiting;
    const room = lane === "known-device" ? KNOWN_DEVICE_MAX_WAITING : UNTRUSTED_MAX_WAITING;
    if (queue.length >= room) {
      s.refused++;
      throw new HashSlotsBusy("Too many password checks at once");
    }
    // pump() counts this caller as started before resolving.
    await new Promise<void>((resolve) => queue.push(resolve));
  }
  s.started++;
  try {
    return await work();
  } finally {
    s.active--;
    if (lane === "untrusted") s.untrustedActive--;
    pump(s);
  }
}

/** How the slots have been used (tests and diagnostics). */
export function hashSlotStats(): { active: number; waiting: number; maxActive: number; refused: number; started: number } {
  const s = slots();
  return { active: s.active, waiting: s.waiting.length + s.knownWaiting.length, maxActive: s.maxActive, refused: s.refused, started: s.started };
}

export function resetHashSlotStats(): void {
  const s = slots();
  s.maxActive = s.active;
  s.refused = 0;
  s.started = 0;
}
