// Signing in and out. Every failure answers the same way whether the account exists or
// not (same message, and a dummy argon2 verify so the timing matches too).
//
// A sign-in presenting a valid device cookie for the account it names comes from a
// KNOWN DEVICE (./device-cookie.ts; OWASP's device cookies, docs/hardening.md). The
// cookie's signature is checked first, before anything is hashed or looked up.
//
// Before any password is hashed (lib/auth/throttle.ts, throttle-account.ts, throttle-device.ts):
//   known device:
//     1. attempts per cookie and from known devices overall on this instance (memory);
//     2. the cookie's own lock: five failures in a quarter hour lock that cookie (database);
//     3. a hashing slot of the known devices' lane.
//   untrusted (no valid cookie for this account):
//     1. attempts per address (IPv6 /64) and overall on this instance (memory only);
//     2. the (account, address) pair: ten failures in 15 minutes block it for 15 minutes
//        (memory only, so no address is ever stored);
//     3. the account's backoff, shared by every instance through the database: after ten
//        failures the next check waits 30 s, doubling to at most 5 min — never a hard lock;
//        e-mails naming no account get the same in memory and share a budget per instance;
//     4. a hashing slot of the untrusted lane; beyond its short queue, refused.
// Untrusted failures never touch a known device's allowance and vice versa, so a flood of
// wrong passwords from elsewhere never refuses the owner on their known device.
// Refused and unknown-account attempts are counted in aggregated audit rows (one per
// hour and kind, with a count), so a flood cannot fill the audit log.
import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { now as clockNow } from "@/lib/clock";
import { audit, auditAggregated } from "@/lib/audit/log";
import { limitKeyOfAddress } from "@/lib/http/client-address";
import { normaliseEmail } from "./email";
import { deviceCookieKey, deviceIsFor, signDeviceCookie, verifyDeviceCookie, type DeviceCookie } from "./device-cookie";
import { dummyPasswordHash, verifyPassword } from "./password";
import { toPrincipal, type StaffPrincipal } from "./principal";
import { createSession, deleteSession, resolveSession } from "./session";
import { enterKnownDeviceGate, enterSignInGate, enterUnknownAccountBudget, HashSlotsBusy, pairLimiter, SIGN_IN_PAIR_RULE, withHashSlot } from "./throttle";
import { accountBackoff, clearAccountFailures, recordAccountFailure, recordUnknownAccountFailure, unknownAccountBackoff } from "./throttle-account";
import { clearDeviceFailures, deviceBackoff, recordDeviceFailure } from "./throttle-device";

export type SignInResult =
  | { ok: true; staff: StaffPrincipal; token: string; expiresAt: Date; deviceCookie: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "blocked"; retryAfterSeconds: number };

/** The in-memory key of an (account, address) pair; the address counts by its /64 for IPv6. */
export function signInLimitKey(email: string, address: string): string {
  return `signin:${createHash("sha256").update(`${normaliseEmail(email)}\n${limitKeyOfAddress(address)}`).digest("hex").slice(0, 40)}`;
}

type RefusalKind = "rate" | "pair" | "account" | "busy" | "device";

async function refuse(
  db: Db,
  kind: RefusalKind,
  actor: { id: string; email: string } | null,
  retryAfterSeconds: number,
  now: Date,
): Promise<SignInResult> {
  await auditAggregated(db, { actor, action: "sign-in-blocked", details: { knownAccount: actor !== null, reason: kind } }, now);
  return { ok: false, reason: "blocked", retryAfterSeconds };
}

export async function signIn(
  db: Db,
  input: { email: string; password: string; address: string; deviceCookie?: string },
  now = clockNow(),
): Promise<SignInResult> {
  const ms = now.getTime();
  const key = await deviceCookieKey(db);
  // Only the signature and the date here; whether it names this account is known once
  // the account is looked up (a cookie for another account makes the attempt untrusted).
  let device: DeviceCookie | null = verifyDeviceCookie(key, input.deviceCookie, ms);
  const gate = device ? enterKnownDeviceGate(device.nonce, ms) : enterSignInGate(input.address, ms);
  if (!gate.allowed) return refuse(db, device ? "device" : "rate", null, gate.retryAfterSeconds, now);

  const email = normaliseEmail(input.email);
  const user = email === "" ? null : await db.staffUser.findUnique({ where: { email } });
  const knownActor = user ? { id: user.id, email: user.email } : null;
  if (device && !(user && deviceIsFor(device, user.id))) {
    device = null;
    const untrusted = enterSignInGate(input.address, ms);
    if (!untrusted.allowed) return refuse(db, "rate", null, untrusted.retryAfterSeconds, now);
  }

  const pairKey = signInLimitKey(email, input.address);
  if (device) {
    const locked = await deviceBackoff(db, device.nonce, now);
    if (locked.blocked) return refuse(db, "device", knownActor, locked.retryAfterSeconds, now);
  } else {
    const pair = pairLimiter().peek(pairKey, SIGN_IN_PAIR_RULE, ms);
    if (!pair.allowed) return refuse(db, "pair", knownActor, pair.retryAfterSeconds, now);
    if (user) {
      const backoff = await accountBackoff(db, email, now);
      if (backoff.blocked) return refuse(db, "account", knownActor, backoff.retryAfterSeconds, now);
    } else {
      const backoff = unknownAccountBackoff(email, ms);
      if (backoff.blocked) return refuse(db, "account", null, backoff.retryAfterSeconds, now);
      const budget = enterUnknownAccountBudget(ms);
      if (!budget.allowed) return refuse(db, "rate", null, budget.retryAfterSeconds, now);
    }
  }

  const usable = user !== null && !user.disabled;
  let passwordOk: boolean;
  try {
    passwordOk = await withHashSlot(
      async () => verifyPassword(usable ? user.passwordHash : await dummyPasswordHash(), input.password),
      device ? "known-device" : "untrusted",
    );
  } catch (error) {
    if (error instanceof HashSlotsBusy) return refuse(db, "busy", knownActor, error.retryAfterSeconds, now);
    throw error;
  }
  const principal = usable && passwordOk ? toPrincipal(user) : null;
  if (!principal) {
    if (device) {
      // Only a real account's valid cookie gets here: its failures lock that cookie alone.
      const locked = await recordDeviceFailure(db, device.nonce, now);
      await audit(db, {
        actor: knownActor,
        action: "sign-in-failed",
        details: { knownAccount: true, knownDevice: true, ...(user?.disabled ? { disabled: true } : {}), ...(locked ? { deviceLocked: true } : {}) },
      });
      return { ok: false, reason: "invalid" };
    }
    const decision = pairLimiter().hit(pairKey, SIGN_IN_PAIR_RULE, ms);
    if (user) {
      const delay = await recordAccountFailure(db, email, now);
      // The attempted email is logged only when it names an account: a typo'd email
      // field sometimes holds a password.
      await audit(db, {
        actor: knownActor,
        action: "sign-in-failed",
        details: {
          knownAccount: true,
          ...(user.disabled ? { disabled: true } : {}),
          ...(decision.remaining === 0 ? { lockedOut: true } : {}),
          ...(delay > 0 ? { backoffSeconds: Math.round(delay / 1000) } : {}),
        },
      });
    } else {
      recordUnknownAccountFailure(email, ms);
      await auditAggregated(db, { actor: null, action: "sign-in-failed", details: { knownAccount: false } }, now);
    }
    return { ok: false, reason: "invalid" };
  }

  if (device) {
    // The account's untrusted counter stays: the owner signing in on a known device must
    // not hand whoever is guessing elsewhere a fresh allowance.
    await clearDeviceFailures(db, device.nonce);
  } else {
    pairLimiter().reset(pairKey);
    await clearAccountFailures(db, email);
  }
  const session = await createSession(db, principal.id, now);
  await audit(db, { actor: principal, action: "sign-in", details: { knownDevice: device !== null } });
  // A new nonce at every sign-in (OWASP), so this browser's failures count afresh.
  return { ok: true, staff: principal, token: session.token, expiresAt: session.expiresAt, deviceCookie: signDeviceCookie(key, principal.id, ms) };
}

export async function signOut(db: Db, token: string | undefined): Promise<void> {
  if (!token) return;
  const staff = await resolveSession(db, token);
  await deleteSession(db, token);
  if (staff) await audit(db, { actor: staff, action: "sign-out" });
}
