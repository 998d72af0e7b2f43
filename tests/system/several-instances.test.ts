// Two app processes on different ports share one PostgreSQL database: both
// accept submissions, the same id sent to both at once is stored once, and the
// per-address submission limit is counted by each instance in its own memory
// (nothing about an address reaches the shared database: docs/anonymity.md). (Staff sessions and the sign-in
// limiter across instances: tests/system/several-instances-staff.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { createPostgresDatabase, postgresAvailability, type TestDatabase } from "@/tests/support/databases";
import { post, submissionFactory } from "./support/payloads";
import { startServer, type TestServer } from "./support/server";
import { auditStore } from "./support/verify-store";

const pgMode = await postgresAvailability();

(pgMode === "run" ? describe : describe.skip)("several instances on one PostgreSQL", () => {
  let database: TestDatabase;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    database = await createPostgresDatabase();
    [a, b] = await Promise.all([
      startServer({ databaseUrl: database.url, env: { SUBMISSIONS_PER_MINUTE: "5", TRUST_PROXY: "1" } }),
      startServer({ databaseUrl: database.url, env: { SUBMISSIONS_PER_MINUTE: "5", TRUST_PROXY: "1" } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  const next = submissionFactory(4242);
  let addressCounter = 0;
  // A distinct address per submission keeps these tests clear of the 5/minute limit.
  const fresh = () => ({ "x-forwarded-for": `10.77.${Math.floor(addressCounter / 250)}.${addressCounter++ % 250}` });

  it("both instances accept submissions into the one database", async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => post(i % 2 ? a.url : b.url, next(), fresh())),
    );
    expect(results.map((r) => r.status)).toEqual(Array(40).fill(201));
  });

  it("the same id sent to both at the same moment is stored once; both are told it is kept", async () => {
    const ids: string[] = [];
    for (let round = 0; round < 25; round++) {
      const submission = next();
      ids.push(submission.id);
      const headers = fresh();
      const [ra, rb] = await Promise.all([post(a.url, submission, headers), post(b.url, submission, headers)]);
      expect([ra.status, rb.status].sort()).toEqual([200, 201]);
    }
    const audit = await auditStore(database.url, ids);
    expect(audit.missingAcknowledged).toEqual([]);
    expect(audit.duplicated).toEqual([]);
    expect(audit.incomplete).toEqual([]);
    expect(audit.responses).toBe(40 + 25);
  });

  it("the per-address submission limit is kept in each instance's memory: 5 a minute per instance, then 429, and nothing in the database", async () => {
    const address = { "x-forwarded-for": "203.0.113.250" };
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    // Six to each instance, alternating: each lets five through and refuses the sixth.
    for (let i = 0; i < 12; i++) {
      const r = await post(i % 2 ? a.url : b.url, next(), address);
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers.get("retry-after");
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    const handle = createDb(database.target);
    await handle.ready;
    expect(await handle.db.response.count()).toBe(40 + 25 + 10);
    // The limiter left no trace of the address (or of anything per address) in the shared database.
    expect(await handle.db.rateLimit.count()).toBe(0);
    await handle.db.$disconnect();
  });
});
