// Known devices (docs/hardening.md, "Device cookies"): failures from elsewhere never
// refuse the owner on the browser they signed in from before; a stolen cookie is locked
// on its own; a cookie of one account does nothing for another. Real databases, real argon2.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { flushAuditAggregates } from "@/lib/audit/log";
import { createDb, type DbHandle } from "@/lib/db/client";
import { describeEachDatabase, type TestDatabase } from "@/tests/support/databases";
import { createStaff } from "./accounts";
import { signIn, type SignInResult } from "./sign-in";
import { hashSlotStats, resetHashSlotStats, UNTRUSTED_MAX_ACTIVE } from "./throttle";
import { DEVICE_MAX_FAILURES } from "./throttle-device";
import { resetSignInState } from "@/tests/support/sign-in-state";

const PASSWORD = "tyndau-device-passphrase";
const CLI = { actor: null, via: "cli" } as const;
const ADMIN = "admin@device.test";
const ANALYST = "analyst@device.test";

function cookieOf(result: SignInResult): string {
  if (!result.ok) throw new Error(`sign-in refused: ${JSON.stringify(result)}`);
  expect(typeof result.deviceCookie).toBe("string");
  return result.deviceCookie;
}

await describeEachDatabase("sign-in from a known device", ({ create }) => {
  let database: TestDatabase;
  let handle: DbHandle;

  beforeAll(async () => {
    database = await create();
    handle = createDb(database.target);
    await handle.ready;
    for (const email of [ADMIN, ANALYST]) {
      const made = await createStaff(handle.db, { email, password: PASSWORD, role: "admin", locale: "en" }, CLI);
      if (!made.ok) throw new Error("setup failed");
    }
  });
  beforeEach(async () => {
    await resetSignInState(handle.db);
  });
  afterAll(async () => {
    await handle?.db.$disconnect();
    await database?.drop();
  });

  it("others' wrong passwords from many addresses put the account in backoff, yet the owner's known device signs in every time", async () => {
    const t0 = new Date("2031-06-01T10:00:00Z");
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    const device = cookieOf(await signIn(handle.db, { email: ADMIN, password: PASSWORD, address: "192.0.2.10" }, t0));
    let cookie = device;
    for (let round = 0; round < 13; round++) {
      // Two wrong passwords a second from ten addresses…
      for (let i = 0; i < 20; i++) {
        await signIn(handle.db, { email: ADMIN, password: `guess-${round}-${i}`, address: `203.0.113.${i % 10}` }, at(round + 1));
      }
      // …and an untrusted owner is refused (the backoff works as before)…
      if (round === 0) expect(await signIn(handle.db, { email: ADMIN, password: PASSWORD, address: "192.0.2.10" }, at(round + 1))).toMatchObject({ ok: false, reason: "blocked" });
      // …but not on the known device, from the same address.
      const result = await signIn(handle.db, { email: ADMIN, password: PASSWORD, address: "192.0.2.10", deviceCookie: cookie }, at(round + 1));
      cookie = cookieOf(result);
    }
    // The known device's success leaves the attackers' backoff in place.
    expect(await signIn(handle.db, { email: ADMIN, password: PASSWORD, address: "198.51.100.1" }, at(14))).toMatchObject({ ok: false, reason: "blocked" });
  });

  it("a stolen cookie is locked after a few failures; the account, other devices and the owner's backoff are untouched", async () => {
    const t0 = new Date("2031-06-02T10:01:00Z");
    const stolen = cookieOf(await signIn(handle.db, { email: ADMIN, password: PASSWORD, address: "192.0.2.20" }, t0));
    const owners = cookieOf(await signIn(handle.db, { email: ADMIN, password: PASSWORD, address: "192.0.2.21" }, t0));
    for (let i = 0; i < DEVICE_MAX_FAILURES; i++) {
      expect(await signIn(handle.db, { email: ADMIN, password: `thief-${i}-guess`, address: `198.51.100.${i}`, deviceCookie: stolen }, t0)).toEqual({ ok: false, reason: "invalid" });
    }
    // Locked: even the right password is refused on that cookie, without hashing.
    const started = hashSlotStats().started;
    const locked = await signIn(handle.db, { email: ADMIN, password: PASSWORD, address: "198.51.100.99", deviceCookie: stolen }, t0);
    expect(locked).toMatchObject({ ok: false, reason: "blocked" });
    expect(hashSlotStats().started).toBe(started);
    for (let i = 0; i < 3; i++) await signIn(handle.db, { email: ADMIN, password: PASSWORD, address: "198.51.100.99", deviceCookie: stolen }, t0);
    // The audit log: one row per failure up to the lock (the last saying so), then the
    // refusals of the locked cookie in one aggregated row with a count.
    await flushAuditAggregates();
    const failed = await handle.db.auditLog.findMany({ where: { action: "sign-in-failed" }, orderBy: { id: "asc" } });
    expect(failed.map((r) => JSON.parse(r.details) as Record<string, unknown>).at(-1)).toEqual({ knownAccount: true, knownDevice: true, deviceLocked: true });
    expect(failed).toHaveLength(DEVICE_MAX_FAILURES);
    const blocked = await handle.db.auditLog.findMany({ where: { action: "sign-in-blocked" } });
    expect(blocked).toHaveLength(1);
    expect(JSON.parse(blocked[0]!.details)).toMatchObject({ reason: "device", count: 4 });
    // Until the end of the next quarter hour (a coarse lock, no exact time stored).
    expect(!locked.ok && locked.reason === "blocked" && locked.retryAfterSeconds).toBe(29 * 60);
    expect((await signIn(handle.db, { email: ADMIN, password: PASSWORD, address: "198.51.100.99", deviceCookie: stolen }, new Date("2031-06-02T10:30:00Z"))).ok).toBe(true);
    // Meanwhile the other device and an untrusted client were never affected.
    expect((await signIn(handle.db, { email: ADMIN, password: PASSWORD, address: "192.0.2.21", deviceCookie: owners }, t0)).ok).toBe(true);
    expect((await signIn(handle.db, { email: ADMIN, password: PASSWORD, address: "192.0.2.22" }, t0)).ok).toBe(true);
    // The device rows hold a digest and a quarter-hour window, nothing finer.
    for (const row of await handle.db.rateLimit.findMany()) {
      expect(row.key).toMatch(/^[0-9a-f]{64}$/);
      expect(row.windowStart.getTime() % (15 * 60_000)).toBe(0);
      if (row.blockedUntil) expect(row.blockedUntil.getTime() % (15 * 60_000)).toBe(0);
    }
  });

  it("a cookie of one account is no known device for another: that attempt meets the untrusted limits", async () => {
    const t0 = new Date("2031-06-03T10:00:00Z");
    const adminsCookie = cookieOf(await signIn(handle.db, { email: ADMIN, password: PASSWORD, address: "192.0.2.30" }, t0));
    for (let i = 0; i < 10; i++) await signIn(handle.db, { email: ANALYST, password: `guess-${i}-guess`, address: `203.0.113.${i}` }, t0);
    // The analyst's account is in backoff for untrusted clients; the admin's cookie does not lift it.
    expect(await signIn(handle.db, { email: ANALYST, password: PASSWORD, address: "192.0.2.30", deviceCookie: adminsCookie }, t0)).toMatchObject({ ok: false, reason: "blocked" });
    // A forged or foreign-key cookie is simply untrusted too.
    expect(await signIn(handle.db, { email: ANALYST, password: PASSWORD, address: "192.0.2.30", deviceCookie: `${adminsCookie}x` }, t0)).toMatchObject({ ok: false, reason: "blocked" });
  });

  it("a flood of random e-mails takes at most the untrusted hashing slot; a known device is hashed beside it", async () => {
    const t0 = new Date("2031-06-04T10:00:00Z");
    const cookie = cookieOf(await signIn(handle.db, { email: ADMIN, password: PASSWORD, address: "192.0.2.40" }, t0));
    resetHashSlotStats();
    const flood = Array.from({ length: 60 }, (_, i) =>
      signIn(handle.db, { email: `${randomUUID()}@flood.test`, password: "whatever-password", address: `198.18.0.${i}` }, t0),
    );
    const owner = signIn(handle.db, { email: ADMIN, password: PASSWORD, address: "192.0.2.40", deviceCookie: cookie }, t0);
    const [results, mine] = await Promise.all([Promise.all(flood), owner]);
    expect(mine.ok).toBe(true);
    expect(results.some((r) => !r.ok && r.reason === "blocked")).toBe(true);
    expect(hashSlotStats().maxActive).toBeLessThanOrEqual(UNTRUSTED_MAX_ACTIVE + 1);
    await flushAuditAggregates();
  });
});
