import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { createDb, type DbHandle } from "@/lib/db/client";
import { describeEachDatabase, type TestDatabase } from "@/tests/support/databases";
import { changeStaffRole, createStaff, resetStaffPassword, setStaffDisabled } from "./accounts";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "./config";
import { createSession, resolveSession } from "./session";
import { resetAuditAggregates } from "@/lib/audit/log";
import { signIn, signOut } from "./sign-in";
import { clearSignInMemory } from "./throttle-account";
import { hashSessionToken } from "./tokens";

const PASSWORD = "tyndau-staff-passphrase";
const CLI = { actor: null, via: "cli" } as const;
const minutes = (n: number) => n * 60_000;

await describeEachDatabase("staff sign-in and sessions", ({ create }) => {
  let database: TestDatabase;
  let handle: DbHandle;
  let other: DbHandle;
  let adminId = "";
  let analystId = "";

  beforeAll(async () => {
    database = await create();
    handle = createDb(database.target);
    other = createDb(database.target);
    await Promise.all([handle.ready, other.ready]);
    const admin = await createStaff(handle.db, { email: "Admin@Example.org", password: PASSWORD, role: "admin", locale: "en" }, CLI);
    const analyst = await createStaff(handle.db, { email: "analyst@example.org", password: PASSWORD, role: "analyst", locale: "kk" }, CLI);
    if (!admin.ok || !analyst.ok) throw new Error("setup failed");
    adminId = admin.value.id;
    analystId = analyst.value.id;
  });
  beforeEach(async () => {
    await handle.db.rateLimit.deleteMany({});
    clearSignInMemory();
    resetAuditAggregates();
  });
  afterAll(async () => {
    await handle?.db.$disconnect();
    await other?.db.$disconnect();
    await database?.drop();
  });

  it("signs in (case-insensitive email), creates a session and audits it", async () => {
    const result = await signIn(handle.db, { email: " admin@EXAMPLE.org ", password: PASSWORD, address: "10.0.0.1" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.staff).toEqual({ id: adminId, email: "admin@example.org", role: "admin", locale: "en" });
    const row = await handle.db.session.findUnique({ where: { tokenHash: hashSessionToken(result.token) } });
    expect(row?.userId).toBe(adminId);
    expect(row?.expiresAt.getTime()).toBeCloseTo(row!.createdAt.getTime() + SESSION_ABSOLUTE_MS, -3);
    const entry = await handle.db.auditLog.findFirst({ where: { action: "sign-in" }, orderBy: { id: "desc" } });
    expect(entry?.actorEmail).toBe("admin@example.org");
  });

  it("gives a new token at every sign-in", async () => {
    const a = await signIn(handle.db, { email: "analyst@example.org", password: PASSWORD, address: "10.0.0.1" });
    const b = await signIn(handle.db, { email: "analyst@example.org", password: PASSWORD, address: "10.0.0.1" });
    expect(a.ok && b.ok && a.token !== b.token).toBe(true);
  });

  it("answers an unknown account exactly like a wrong password", async () => {
    const unknown = await signIn(handle.db, { email: "nobody@example.org", password: PASSWORD, address: "10.0.0.2" });
    const wrong = await signIn(handle.db, { email: "admin@example.org", password: "wrong-password-123", address: "10.0.0.2" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual(unknown);
    const failures = await handle.db.auditLog.findMany({ where: { action: "sign-in-failed" }, orderBy: { id: "asc" } });
    expect(failures.length).toBeGreaterThanOrEqual(2);
    // The unknown email is not written down (it could be a mistyped password).
    expect(failures.some((f) => f.details.includes("nobody@example.org") || f.actorEmail === "nobody@example.org")).toBe(false);
  });

  it("locks an account out from one address after 10 failures in 15 minutes, for 15 minutes", async () => {
    const t0 = new Date("2030-01-01T10:00:00Z");
    for (let i = 0; i < 10; i++) {
      const db = i % 2 === 0 ? handle.db : other.db; // two app instances, one database
      const r = await signIn(db, { email: "analyst@example.org", password: "wrong-password-123", address: "192.0.2.7" }, new Date(t0.getTime() + i * 1000));
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    const later = new Date(t0.getTime() + minutes(1));
    const blocked = await signIn(other.db, { email: "analyst@example.org", password: PASSWORD, address: "192.0.2.7" }, later);
    expect(blocked).toMatchObject({ ok: false, reason: "blocked" });
    // Another address is not locked out (after the account's 30-second backoff), nor another account from the same address.
    expect((await signIn(handle.db, { email: "analyst@example.org", password: PASSWORD, address: "192.0.2.8" }, later)).ok).toBe(true);
    expect((await signIn(handle.db, { email: "admin@example.org", password: PASSWORD, address: "192.0.2.7" }, later)).ok).toBe(true);
    // Still blocked at 14 minutes after the 10th failure; free after 15.
    const tenth = t0.getTime() + 9000;
    expect((await signIn(handle.db, { email: "analyst@example.org", password: PASSWORD, address: "192.0.2.7" }, new Date(tenth + minutes(14)))).ok).toBe(false);
    expect((await signIn(handle.db, { email: "analyst@example.org", password: PASSWORD, address: "192.0.2.7" }, new Date(tenth + minutes(15) + 1000))).ok).toBe(true);
    expect(await handle.db.auditLog.count({ where: { action: "sign-in-blocked" } })).toBeGreaterThan(0);
  });

  it("does not lock out after 9 failures, and a success resets the count", async () => {
    const t0 = new Date("2030-02-01T10:00:00Z");
    for (let i = 0; i < 9; i++) await signIn(handle.db, { email: "analyst@example.org", password: "nope-nope-nope", address: "192.0.2.9" }, t0);
    expect((await signIn(handle.db, { email: "analyst@example.org", password: PASSWORD, address: "192.0.2.9" }, t0)).ok).toBe(true);
    for (let i = 0; i < 9; i++) await signIn(handle.db, { email: "analyst@example.org", password: "nope-nope-nope", address: "192.0.2.9" }, t0);
    expect((await signIn(handle.db, { email: "analyst@example.org", password: PASSWORD, address: "192.0.2.9" }, t0)).ok).toBe(true);
  });

  it("expires a session after 30 idle minutes and 8 hours in all, and slides lastSeenAt at most once a minute", async () => {
    const t0 = new Date("2030-03-01T08:00:00Z");
    const { token } = await createSession(handle.db, analystId, t0);
    const tokenHash = hashSessionToken(token);
    expect(await resolveSession(handle.db, token, new Date(t0.getTime() + 30_000))).toMatchObject({ id: analystId, role: "analyst" });
    expect((await handle.db.session.findUnique({ where: { tokenHash } }))?.lastSeenAt.getTime()).toBe(t0.getTime());
    // Activity every 25 minutes keeps it alive...
    for (let k = 1; k <= 18; k++) {
      const at = new Date(t0.getTime() + minutes(25 * k));
      if (at.getTime() >= t0.getTime() + SESSION_ABSOLUTE_MS) break;
      expect(await resolveSession(handle.db, token, at)).not.toBeNull();
    }
    // ...but not past 8 hours.
    expect(await resolveSession(handle.db, token, new Date(t0.getTime() + SESSION_ABSOLUTE_MS))).toBeNull();
    expect(await handle.db.session.findUnique({ where: { tokenHash } })).toBeNull();

    const second = await createSession(handle.db, analystId, t0);
    expect(await resolveSession(handle.db, second.token, new Date(t0.getTime() + SESSION_IDLE_MS - 1000))).not.toBeNull();
    // Idle deadline is measured from the last touch (at 29:59).
    expect(await resolveSession(handle.db, second.token, new Date(t0.getTime() + 2 * SESSION_IDLE_MS))).toBeNull();
  });

  it("signing out deletes the session and is audited", async () => {
    const r = await signIn(handle.db, { email: "analyst@example.org", password: PASSWORD, address: "10.0.0.3" });
    if (!r.ok) throw new Error("sign-in failed");
    await signOut(handle.db, r.token);
    expect(await resolveSession(handle.db, r.token)).toBeNull();
    expect(await handle.db.session.count({ where: { tokenHash: hashSessionToken(r.token) } })).toBe(0);
    expect(await handle.db.auditLog.count({ where: { action: "sign-out", actorId: analystId } })).toBeGreaterThan(0);
  });

  it("disabling an account or resetting its password ends its sessions; disabled accounts cannot sign in", async () => {
    const r = await signIn(handle.db, { email: "analyst@example.org", password: PASSWORD, address: "10.0.0.4" });
    if (!r.ok) throw new Error("sign-in failed");
    expect((await setStaffDisabled(handle.db, analystId, true, CLI)).ok).toBe(true);
    expect(await resolveSession(handle.db, r.token)).toBeNull();
    expect(await signIn(handle.db, { email: "analyst@example.org", password: PASSWORD, address: "10.0.0.4" })).toEqual({ ok: false, reason: "invalid" });
    await setStaffDisabled(handle.db, analystId, false, CLI);
    const again = await signIn(handle.db, { email: "analyst@example.org", password: PASSWORD, address: "10.0.0.4" });
    if (!again.ok) throw new Error("sign-in failed");
    expect(await resetStaffPassword(handle.db, analystId, "short", CLI)).toEqual({ ok: false, problem: "tooShort" });
    expect((await resetStaffPassword(handle.db, analystId, "another-long-passphrase", CLI)).ok).toBe(true);
    expect(await resolveSession(handle.db, again.token)).toBeNull();
    expect((await signIn(handle.db, { email: "analyst@example.org", password: "another-long-passphrase", address: "10.0.0.4" })).ok).toBe(true);
    await resetStaffPassword(handle.db, analystId, PASSWORD, CLI);
  });

  it("never disables or demotes the last active admin, and refuses duplicate or weak accounts", async () => {
    expect(await setStaffDisabled(handle.db, adminId, true, CLI)).toEqual({ ok: false, problem: "lastAdmin" });
    expect(await changeStaffRole(handle.db, adminId, "analyst", CLI)).toEqual({ ok: false, problem: "lastAdmin" });
    expect(await createStaff(handle.db, { email: "ADMIN@example.org", password: PASSWORD, role: "analyst" }, CLI)).toEqual({ ok: false, problem: "emailTaken" });
    expect(await createStaff(handle.db, { email: "new@example.org", password: "password1234", role: "analyst" }, CLI)).toEqual({ ok: false, problem: "common" });
    expect(await createStaff(handle.db, { email: "not-an-email", password: PASSWORD, role: "analyst" }, CLI)).toEqual({ ok: false, problem: "invalidEmail" });
    expect((await changeStaffRole(handle.db, analystId, "admin", CLI)).ok).toBe(true);
    expect((await changeStaffRole(handle.db, adminId, "analyst", CLI)).ok).toBe(true);
    await changeStaffRole(handle.db, adminId, "admin", CLI);
    await changeStaffRole(handle.db, analystId, "analyst", CLI);
    const changes = await handle.db.auditLog.count({ where: { action: "staff-role-changed" } });
    expect(changes).toBe(4);
  });

  it("stores no password, token or address in the audit log", async () => {
    const rows = await handle.db.auditLog.findMany();
    const all = JSON.stringify(rows);
    for (const secret of [PASSWORD, "wrong-password-123", "192.0.2.7", "10.0.0.1"]) expect(all).not.toContain(secret);
  });
});
