// Guessing codes is limited per address, in memory only, like the submission limit
// (docs/anonymity.md, "Abuse limits without a trace"): a failed check (typo, unknown,
// spent, expired) counts; GUESS_LIMIT failures within the window block the address for
// GUESS_BLOCK_MS. Under the limit a guesser gets 30 tries per 15 minutes per address.
// Even without it, a guess that passes the check symbol hits one of 20,000 codes with
// probability 20,000 / 31^15 ≈ 8.7 × 10⁻¹⁹, so 10,000 guesses hit with ≈ 8.7 × 10⁻¹⁵.
import { MemoryLimiter } from "@/lib/ratelimit/memory";
import { addressDigest } from "@/lib/responses/address-limit";

export const GUESS_LIMIT = 30;
export const GUESS_WINDOW_MS = 15 * 60_000;
export const GUESS_BLOCK_MS = 15 * 60_000;
const RULE = { limit: GUESS_LIMIT, windowMs: GUESS_WINDOW_MS, blockMs: GUESS_BLOCK_MS };

const globalStore = globalThis as typeof globalThis & { __tyndauGuessLimiter?: MemoryLimiter };
const limiter = () => (globalStore.__tyndauGuessLimiter ??= new MemoryLimiter());

const keyOf = (addressKey: string) => addressDigest(`guess:${addressKey}`);

/** Whether this address may try a code now (counts nothing). */
export function mayGuess(addressKey: string): boolean {
  return limiter().peek(keyOf(addressKey), RULE).allowed;
}

/** Counts a failed check. */
export function countFailedGuess(addressKey: string): void {
  limiter().hit(keyOf(addressKey), RULE);
}

export function resetGuessLimits(): void {
  limiter().clear();
}
