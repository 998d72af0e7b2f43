import { expect, it, vi } from "vitest";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";
import { housekeepOccasionally } from "./housekeeping";

await describeEachDatabase("housekeeping", ({ create }) => {
  const suite = useTestDatabase(create);

  it("removes stale rate-limit counters and expired sessions, at most once an hour", async () => {
    const { db } = suite.handle;
    const long = new Date(Date.now() - 3 * 86_400_000);
    await db.rateLimit.create({ data: { key: "stale", count: 3, windowStart: long } });
    await db.rateLimit.create({ data: { key: "fresh", count: 1, windowStart: new Date() } });
    const user = await db.staffUser.create({ data: { id: "u1", email: "h@tyndau.test", passwordHash: "x", role: "analyst" } });
    await db.session.create({ data: { tokenHash: "old", userId: user.id, createdAt: long, lastSeenAt: long, expiresAt: long } });

    housekeepOccasionally(db);
    await vi.waitFor(async () => expect(await db.session.count()).toBe(0), { timeout: 10_000 });
    await vi.waitFor(async () => expect((await db.rateLimit.findMany()).map((r) => r.key)).toEqual(["fresh"]), { timeout: 10_000 });

    // Within the hour nothing runs again.
    await db.rateLimit.create({ data: { key: "stale-2", count: 1, windowStart: long } });
    housekeepOccasionally(db);
    await new Promise((r) => setTimeout(r, 50));
    expect(await db.rateLimit.count()).toBe(2);
  });
});
