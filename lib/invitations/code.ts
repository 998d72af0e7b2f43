// Invitation codes as people read, type and say them (docs/decisions/013-invitation-codes.md).
// 15 random symbols from a 31-symbol alphabet (74 bits from the CSPRNG) and one check
// symbol, in four groups of four: "7KQ4-MX2D-9HTW-RB3P". The alphabet is Crockford's
// base 32 without Z (too like 2 when handwritten); O, I, L and U, which it already
// leaves out, are read as 0, 1, 1 and V, so the likely misreadings still work.
// The check symbol makes Σ (i+1)·value(i) ≡ 0 (mod 31) over all 16 symbols: 31 is prime
// and the weights 1…16 are distinct and non-zero modulo 31, so every single wrong symbol
// and every swap of two symbols is caught as a typo, not reported as "unknown code".

export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY";
const BASE = CODE_ALPHABET.length; // 31, prime
export const CODE_PAYLOAD = 15;
export const CODE_LENGTH = CODE_PAYLOAD + 1;
/** Bits of randomness in a code: 15 · log2(31) ≈ 74.3. */
export const CODE_BITS = CODE_PAYLOAD * Math.log2(BASE);

const READ_AS: Record<string, string> = { O: "0", I: "1", L: "1", U: "V", Z: "2" };

function checkValue(values: readonly number[]): number {
  let sum = 0;
  values.forEach((v, i) => (sum += (i + 1) * v));
  // value(15) · 16 ≡ −sum, and 16⁻¹ ≡ 2 (mod 31).
  return (((-2 * sum) % BASE) + BASE) % BASE;
}

/** "ABCDEFGHJKMNPQRS" → "ABCD-EFGH-JKMN-PQRS". */
export function groupCode(plain: string): string {
  return plain.match(/.{1,4}/g)!.join("-");
}

/** A new code from the CSPRNG, grouped. Rejection sampling keeps every symbol equally likely. */
export function generateCode(): string {
  const values: number[] = [];
  while (values.length < CODE_PAYLOAD) {
    // Web Crypto's CSPRNG (the same in Node and the browser).
    for (const byte of crypto.getRandomValues(new Uint8Array(32))) {
      // 248 = 8 · 31: bytes at or above it would favour the first symbols.
      if (byte < 248 && values.length < CODE_PAYLOAD) values.push(byte % BASE);
    }
  }
  values.push(checkValue(values));
  return groupCode(values.map((v) => CODE_ALPHABET[v]).join(""));
}

export type ParsedCode = { ok: true; code: string } | { ok: false; reason: "empty" | "typo" };

/**
 * Reads what a respondent typed or a link carried: case, spaces, dashes and the usual
 * misreadings do not matter. `code` is the canonical ungrouped form (what is hashed).
 * A wrong length, a symbol outside the alphabet or a failed check is a typo.
 */
export function parseCode(input: string): ParsedCode {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s\-–—_.]/g, "")
    .replace(/[OILUZ]/g, (c) => READ_AS[c]!);
  if (cleaned === "") return { ok: false, reason: "empty" };
  if (cleaned.length !== CODE_LENGTH) return { ok: false, reason: "typo" };
  const values = [...cleaned].map((c) => CODE_ALPHABET.indexOf(c));
  if (values.some((v) => v < 0)) return { ok: false, reason: "typo" };
  if (checkValue(values.slice(0, CODE_PAYLOAD)) !== values[CODE_PAYLOAD]) return { ok: false, reason: "typo" };
  return { ok: true, code: cleaned };
}

/** What a respondent is told about a code: ok, or why not (each has a message in kk/ru/en). */
export type CodeVerdict = "ok" | "empty" | "typo" | "unknown" | "spent" | "expired";
