import { expect, it } from "vitest";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";
import { hitRateLimit, peekRateLimit, purgeRateLimits, resetRateLimit } from "./limiter";

await describeEachDatabase("rate limiter", ({ create }) => {
  const suite = useTestDatabase(create);

  const t0 = new Date("2026-11-27T10:00:00Z");
  const at = (ms: number) => new Date(t0.getTime() + ms);

  it("allows up to the limit in a window, refuses with Retry-After, then opens a new window", async () => {
    const rule = { key: "submit:203.0.113.9", limit: 3, windowMs: 60_000 };
    for (let i = 0; i < 3; i++) expect((await hitRateLimit(suite.handle.db, rule, at(i * 1000))).allowed).toBe(true);
    const refused = await hitRateLimit(suite.handle.db, rule, at(10_000));
    expect(refused).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 50 });
    expect((await hitRateLimit(suite.handle.db, rule, at(61_000))).allowed).toBe(true);
  });

  it("counts concurrent hits exactly (atomic increment)", async () => {
    const rule = { key: "submit:concurrent", limit: 20, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 30 }, () => hitRateLimit(suite.handle.db, rule, at(0))));
    expect(results.filter((r) => r.allowed)).toHaveLength(20);
  });

  it("blocks a key for blockMs once the limit is reached (sign-in lockout)", async () => {
    const rule = { key: "signin:a@b.kz|198.51.100.1", limit: 10, windowMs: 15 * 60_000, blockMs: 15 * 60_000 };
    for (let i = 0; i < 10; i++) expect((await hitRateLimit(suite.handle.db, rule, at(i))).allowed).toBe(true);
    expect((await peekRateLimit(suite.handle.db, rule.key, at(100))).blocked).toBe(true);
    expect((await hitRateLimit(suite.handle.db, rule, at(200))).allowed).toBe(false);
    expect((await peekRateLimit(suite.handle.db, rule.key, at(15 * 60_000 + 100))).blocked).toBe(false);
    await resetRateLimit(suite.handle.db, rule.key);
    expect((await peekRateLimit(suite.handle.db, rule.key, at(300))).blocked).toBe(false);
  });

  it("never stores the key itself (it may hold an IP address)", async () => {
    await hitRateLimit(suite.handle.db, { key: "submit:192.0.2.55", limit: 5, windowMs: 1000 }, at(0));
    const keys = (await suite.handle.db.rateLimit.findMany()).map((r) => r.key);
    expect(keys.some((k) => k.includes("192.0.2.55"))).toBe(false);
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k))).toBe(true);
  });

  it("purges old counters", async () => {
    await hitRateLimit(suite.handle.db, { key: "old", limit: 5, windowMs: 1000 }, at(-3 * 86_400_000));
    expect(await purgeRateLimits(suite.handle.db, 86_400_000, at(0))).toBeGreaterThan(0);
  });
});
