// Password hashing (argon2id, OWASP's minimum: 19 MiB, 2 iterations, parallelism 1)
// and the password rules: at least 12 characters, not on the common-password list,
// not the account's own email.
import "server-only";
import { hash, verify, type Algorithm } from "@node-rs/argon2";
import { COMMON_PASSWORDS } from "./common-passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./config";

// `Algorithm` is an ambient const enum, which isolated modules cannot read by name.
const ARGON2ID = 2 as Algorithm;
export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "containsEmail";

export function checkPassword(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return "common";
  // One character repeated ("aaaaaaaaaaaa") is as weak as anything on the list.
  if (new Set(lower).size <= 2) return "common";
  if (email) {
    const local = email.toLowerCase().split("@")[0] ?? "";
    if (lower.includes(email.toLowerCase()) || (local.length >= 4 && lower === local)) return "containsEmail";
  }
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash never signs anyone in.
    return false;
  }
}

// Verifying against this when the account does not exist keeps the response time of
// "unknown account" equal to that of "wrong password".
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash("tyndau-timing-equaliser-not-a-password", ARGON2_OPTIONS);
  return dummyHash;
}
