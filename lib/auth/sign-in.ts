// Signing in and out. Every failure answers the same way whether the account exists or
// not (same message, and a dummy argon2 verify so the timing matches too). Failures are
// counted per account *and* address in the shared RateLimit table: ten within 15 minutes
// lock that pair out for 15 minutes, on every app instance using the database.
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { audit } from "@/lib/audit/log";
import { hitRateLimit, peekRateLimit, resetRateLimit } from "@/lib/ratelimit/limiter";
import { SIGN_IN_BLOCK_MS, SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_MS } from "./config";
import { normaliseEmail } from "./email";
import { dummyPasswordHash, verifyPassword } from "./password";
import { toPrincipal, type StaffPrincipal } from "./principal";
import { createSession, deleteSession, resolveSession } from "./session";

export type SignInResult =
  | { ok: true; staff: StaffPrincipal; token: string; expiresAt: Date }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "blocked"; retryAfterSeconds: number };

/**
 * The limiter key. The address is hashed into it so the RateLimit table never holds a
 * readable IP address next to a staff email.
 */
export function signInLimitKey(email: string, address: string): string {
  return `signin:${createHash("sha256").update(`${normaliseEmail(email)}\n${address}`).digest("hex").slice(0, 40)}`;
}

export async function signIn(
  db: Db,
  input: { email: string; password: string; address: string },
  now = new Date(),
): Promise<SignInResult> {
  const email = normaliseEmail(input.email);
  const key = signInLimitKey(email, input.address);
  const user = email === "" ? null : await db.staffUser.findUnique({ where: { email } });
  const knownActor = user ? { id: user.id, email: user.email } : null;

  const block = await peekRateLimit(db, key, now);
  if (block.blocked) {
    await audit(db, { actor: knownActor, action: "sign-in-blocked", details: { knownAccount: user !== null } });
    return { ok: false, reason: "blocked", retryAfterSeconds: block.retryAfterSeconds };
  }

  const usable = user !== null && !user.disabled;
  const passwordOk = await verifyPassword(usable ? user.passwordHash : await dummyPasswordHash(), input.password);
  const principal = usable && passwordOk ? toPrincipal(user) : null;
  if (!principal) {
    const decision = await hitRateLimit(
      db,
      { key, limit: SIGN_IN_MAX_FAILURES, windowMs: SIGN_IN_WINDOW_MS, blockMs: SIGN_IN_BLOCK_MS },
      now,
    );
    // The attempted email is logged only when it names an account: a typo'd email
    // field sometimes holds a password.
    await audit(db, {
      actor: knownActor,
      action: "sign-in-failed",
      details: { knownAccount: user !== null, ...(user?.disabled ? { disabled: true } : {}), ...(decision.remaining === 0 ? { lockedOut: true } : {}) },
    });
    return { ok: false, reason: "invalid" };
  }

  await resetRateLimit(db, key);
  const session = await createSession(db, principal.id, now);
  await audit(db, { actor: principal, action: "sign-in" });
  return { ok: true, staff: principal, token: session.token, expiresAt: session.expiresAt };
}

export async function signOut(db: Db, token: string | undefined): Promise<void> {
  if (!token) return;
  const staff = await resolveSession(db, token);
  await deleteSession(db, token);
  if (staff) await audit(db, { actor: staff, action: "sign-out" });
}
