// Server-side sessions: a row per sign-in keyed by the token's hash, with an idle expiry
// (sliding) and an absolute expiry fixed at sign-in.
//
// The row shares the database with the responses, so its writes land between
// submissions in the file and the WAL, and a time stored with it would bound when those
// respondents submitted (docs/anonymity.md). So every time in the row is rounded down to
// the hour (SESSION_TOUCH_INTERVAL_MS) and lastSeenAt is written only when the hour
// changes. The exact last request, which the 30-minute idle expiry needs, is kept in
// this process's memory only. A process that has not seen the session yet (after a
// restart, or another instance behind the same load balancer) reads the stored hour
// generously: idle only once the whole hour plus 30 minutes have passed.
import "server-only";
import { now as clockNow } from "@/lib/clock";
import type { Db } from "@/lib/db/client";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_INTERVAL_MS as BUCKET_MS } from "./config";
import { toPrincipal, type StaffPrincipal } from "./principal";
import { hashSessionToken, newSessionToken } from "./tokens";

export type NewSession = { token: string; expiresAt: Date };

const bucket = (ms: number) => Math.floor(ms / BUCKET_MS) * BUCKET_MS;

// tokenHash → the exact time of the session's last request seen by this process. On
// globalThis: route handlers and server actions are bundled as separate copies.
const holder = globalThis as unknown as { __tyndauSessionSeen?: Map<string, number> };
const lastSeen = (holder.__tyndauSessionSeen ??= new Map<string, number>());

/** A fresh token at every sign-in: a token planted before sign-in is never promoted. */
export async function createSession(db: Db, userId: string, now = clockNow()): Promise<NewSession> {
  const token = newSessionToken();
  const tokenHash = hashSessionToken(token);
  const at = new Date(bucket(now.getTime()));
  // Rounded down as well: the absolute expiry is between 7 and 8 hours after sign-in.
  const expiresAt = new Date(bucket(now.getTime() + SESSION_ABSOLUTE_MS));
  await db.session.create({ data: { tokenHash, userId, createdAt: at, lastSeenAt: at, expiresAt } });
  lastSeen.set(tokenHash, now.getTime());
  return { token, expiresAt };
}

/**
 * The account behind a session token, or null when the token is unknown, idle for
 * 30 minutes, past its absolute expiry, or its account is disabled. Expired rows are
 * deleted on sight.
 */
export async function resolveSession(db: Db, token: string | undefined, now = clockNow()): Promise<StaffPrincipal | null> {
  if (!token || token.length > 128) return null;
  const tokenHash = hashSessionToken(token);
  const session = await db.session.findUnique({ where: { tokenHash }, include: { user: true } });
  if (!session) {
    lastSeen.delete(tokenHash);
    return null;
  }
  const t = now.getTime();
  const stored = session.lastSeenAt.getTime();
  const seen = lastSeen.get(tokenHash);
  const idleDeadline = seen !== undefined ? Math.max(seen, stored) + SESSION_IDLE_MS : stored + BUCKET_MS + SESSION_IDLE_MS;
  if (t >= idleDeadline || t >= session.expiresAt.getTime()) {
    lastSeen.delete(tokenHash);
    await db.session.deleteMany({ where: { tokenHash } });
    return null;
  }
  if (session.user.disabled) return null;
  lastSeen.set(tokenHash, Math.max(t, seen ?? t));
  if (bucket(t) > stored) await db.session.updateMany({ where: { tokenHash }, data: { lastSeenAt: new Date(bucket(t)) } });
  return toPrincipal(session.user);
}

export async function deleteSession(db: Db, token: string | undefined): Promise<void> {
  if (!token) return;
  const tokenHash = hashSessionToken(token);
  lastSeen.delete(tokenHash);
  await db.session.deleteMany({ where: { tokenHash } });
}

/** Signs an account out everywhere (disabled, password reset, role change). */
export async function deleteSessionsOf(db: Db, userId: string): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
}

/** Housekeeping: drops sessions past either expiry (the stored hour read generously). */
export async function purgeExpiredSessions(db: Db, now = clockNow()): Promise<number> {
  const t = now.getTime();
  for (const [hash, seen] of lastSeen) if (t - seen >= SESSION_IDLE_MS) lastSeen.delete(hash);
  const { count } = await db.session.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(t - SESSION_IDLE_MS - BUCKET_MS) } }] },
  });
  return count;
}
