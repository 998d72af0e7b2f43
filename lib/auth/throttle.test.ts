// Sign-in under attack (docs/hardening.md): limits checked before any hashing, bounded argon2
// concurrency, aggregated audit rows, and a per-account backoff that slows but never
// locks the owner out. Real databases, real argon2.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { flushAuditAggregates } from "@/lib/audit/log";
import { createDb, type DbHandle } from "@/lib/db/client";
import { purgeRateLimits } from "@/lib/ratelimit/limiter";
import { describeEachDatabase, type TestDatabase } from "@/tests/support/databases";
import { createStaff } from "./accounts";
import { signIn } from "./sign-in";
import { hashSlotStats, MAX_CONCURRENT_HASHES, MAX_WAITING_HASHES, SIGN_IN_ADDRESS_RULE } from "./throttle";
import { ACCOUNT_BACKOFF_MAX_MS, backoffMs } from "./throttle-account";
import { resetSignInState } from "@/tests/support/sign-in-state";

const PASSWORD = "tyndau-throttle-passphrase";
const CLI = { actor: null, via: "cli" } as const;

await describeEachDatabase("sign-in throttling", ({ create }) => {
  let database: TestDatabase;
  let handle: DbHandle;
  let other: DbHandle;

  beforeAll(async () => {
    database = await create();
    handle = createDb(database.target);
    other = createDb(database.target);
    await Promise.all([handle.ready, other.ready]);
    const admin = await createStaff(handle.db, { email: "admin@example.org", password: PASSWORD, role: "admin", locale: "en" }, CLI);
    if (!admin.ok) throw new Error("setup failed");
  });
  beforeEach(async () => {
    await resetSignInState(handle.db);
  });
  afterAll(async () => {
    await handle?.db.$disconnect();
    await other?.db.$disconnect();
    await database?.drop();
  });

  it("a flood of random e-mails from many addresses: bounded argon2 concurrency, the excess refused, a bounded audit log, no per-address rows", async () => {
    const results = await Promise.all(
      Array.from({ length: 80 }, (_, i) =>
        signIn(handle.db, { email: `${randomUUID()}@flood.test`, password: "whatever-password", address: `198.18.${i >> 8}.${i & 255}` }),
      ),
    );
    const stats = hashSlotStats();
    expect(stats.maxActive).toBeLessThanOrEqual(MAX_CONCURRENT_HASHES);
    const invalid = results.filter((r) => !r.ok && r.reason === "invalid").length;
    const refused = results.filter((r) => !r.ok && r.reason === "blocked");
    // The slots and their short queue took some; everything beyond was refused at once.
    expect(invalid).toBeLessThanOrEqual(MAX_CONCURRENT_HASHES + MAX_WAITING_HASHES + 2);
    expect(invalid).toBeGreaterThanOrEqual(MAX_CONCURRENT_HASHES);
    expect(refused.length).toBe(80 - invalid);
    expect(refused.every((r) => !r.ok && r.reason === "blocked" && r.retryAfterSeconds > 0)).toBe(true);
    expect(stats.started).toBe(invalid);

    await flushAuditAggregates();
    const rows = await handle.db.auditLog.findMany();
    expect(rows.length).toBeLessThanOrEqual(3);
    const counted = (action: string) =>
      rows.filter((r) => r.action === action).reduce((sum, r) => sum + Number((JSON.parse(r.details) as { count?: number }).count ?? 1), 0);
    expect(counted("sign-in-failed")).toBe(invalid);
    expect(counted("sign-in-blocked")).toBe(refused.length);
    // Nothing keyed on an address (nor on the random e-mails) reached the database.
    expect(await handle.db.rateLimit.count()).toBe(0);
  });

  it("limits attempts per address before hashing, counting IPv6 by its /64", async () => {
    const t0 = new Date("2031-01-01T10:00:00Z");
    for (let i = 0; i < SIGN_IN_ADDRESS_RULE.limit; i++) {
      const r = await signIn(handle.db, { email: `u${i}@example.org`, password: "x", address: `2001:db8:7:7::${(i + 1).toString(16)}` }, t0);
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    const before = hashSlotStats().started;
    // Another address in the same /64, even with the right password: refused without hashing.
    const r = await signIn(handle.db, { email: "admin@example.org", password: PASSWORD, address: "2001:db8:7:7:ffff::1" }, t0);
    expect(r).toMatchObject({ ok: false, reason: "blocked" });
    expect(hashSlotStats().started).toBe(before);
    // The neighbouring /64 is someone else.
    expect((await signIn(handle.db, { email: "admin@example.org", password: PASSWORD, address: "2001:db8:7:8::1" }, t0)).ok).toBe(true);
  });

  it("others' failures from many addresses slow the admin down but never lock them out (on every instance)", async () => {
    const t0 = new Date("2031-02-01T10:00:00Z");
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    for (let i = 0; i < 10; i++) {
      const db = i % 2 ? handle.db : other.db;
      expect(await signIn(db, { email: "admin@example.org", password: `guess-${i}-guess`, address: `203.0.113.${i + 1}` }, at(i))).toEqual({ ok: false, reason: "invalid" });
    }
    // The owner, from their own address, right after: a short backoff on both instances…
    expect(await signIn(handle.db, { email: "admin@example.org", password: PASSWORD, address: "192.0.2.200" }, at(12))).toMatchObject({ ok: false, reason: "blocked" });
    const refused = await signIn(other.db, { email: "admin@example.org", password: PASSWORD, address: "192.0.2.200" }, at(13));
    expect(refused).toMatchObject({ ok: false, reason: "blocked" });
    expect(!refused.ok && refused.reason === "blocked" && refused.retryAfterSeconds).toBeLessThanOrEqual(30);
    // …and attempts during the backoff are neither hashed nor counted, so the attacker
    // cannot extend it by hammering: once it ends, the owner gets in.
    for (let i = 0; i < 20; i++) await signIn(handle.db, { email: "admin@example.org", password: "hammer-hammer", address: `203.0.114.${i}` }, at(14));
    expect((await signIn(handle.db, { email: "admin@example.org", password: PASSWORD, address: "192.0.2.200" }, at(41))).ok).toBe(true);
    // A success clears the account's row.
    expect(await handle.db.rateLimit.count()).toBe(0);
  });

  it("the backoff grows and is capped; rows go when their window has ended", async () => {
    expect(backoffMs(9)).toBe(0);
    expect(backoffMs(10)).toBe(30_000);
    expect(backoffMs(11)).toBe(60_000);
    expect(backoffMs(1000)).toBe(ACCOUNT_BACKOFF_MAX_MS);
    const t0 = new Date("2031-03-01T10:00:10Z");
    await signIn(handle.db, { email: "admin@example.org", password: "wrong-wrong-wrong", address: "192.0.2.1" }, t0);
    const row = await handle.db.rateLimit.findFirst();
    // The window start is coarse (the quarter hour), the key a digest.
    expect(row?.windowStart.toISOString()).toBe("2031-03-01T10:00:00.000Z");
    expect(row?.key).toMatch(/^[0-9a-f]{64}$/);
    expect(await purgeRateLimits(handle.db, undefined, new Date("2031-03-01T10:14:00Z"))).toBe(0);
    expect(await purgeRateLimits(handle.db, undefined, new Date("2031-03-01T10:15:01Z"))).toBe(1);
  });
});
