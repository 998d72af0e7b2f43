// Server-side sessions: a row per sign-in keyed by the token's hash, with an idle expiry
// (sliding, written at most once a minute) and an absolute expiry fixed at sign-in.
import "server-only";
import type { Db } from "@/lib/db/client";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_INTERVAL_MS } from "./config";
import { toPrincipal, type StaffPrincipal } from "./principal";
import { hashSessionToken, newSessionToken } from "./tokens";

export type NewSession = { token: string; expiresAt: Date };

/** A fresh token at every sign-in: a token planted before sign-in is never promoted. */
export async function createSession(db: Db, userId: string, now = new Date()): Promise<NewSession> {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await db.session.create({ data: { tokenHash: hashSessionToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt } });
  return { token, expiresAt };
}

/**
 * The account behind a session token, or null when the token is unknown, idle for
 * 30 minutes, past its absolute expiry, or its account is disabled. Expired rows are
 * deleted on sight.
 */
export async function resolveSession(db: Db, token: string | undefined, now = new Date()): Promise<StaffPrincipal | null> {
  if (!token || token.length > 128) return null;
  const tokenHash = hashSessionToken(token);
  const session = await db.session.findUnique({ where: { tokenHash }, include: { user: true } });
  if (!session) return null;
  const idleDeadline = session.lastSeenAt.getTime() + SESSION_IDLE_MS;
  if (now.getTime() >= idleDeadline || now.getTime() >= session.expiresAt.getTime()) {
    await db.session.deleteMany({ where: { tokenHash } });
    return null;
  }
  if (session.user.disabled) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    await db.session.updateMany({ where: { tokenHash }, data: { lastSeenAt: now } });
  }
  return toPrincipal(session.user);
}

export async function deleteSession(db: Db, token: string | undefined): Promise<void> {
  if (!token) return;
  await db.session.deleteMany({ where: { tokenHash: hashSessionToken(token) } });
}

/** Signs an account out everywhere (disabled, password reset, role change). */
export async function deleteSessionsOf(db: Db, userId: string): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
}

/** Housekeeping: drops sessions past either expiry. */
export async function purgeExpiredSessions(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - SESSION_IDLE_MS) } }] },
  });
  return count;
}
