// Respondents are anonymous by construction: after submissions carrying
// distinctive addresses, user agents, referrers and cookies, none of those
// strings is anywhere in the database or in what the server printed, and a
// response carries its date but no time of day.
import { afterAll, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { describeEachDatabase, type TestDatabase } from "@/tests/support/databases";
import { post, submissionFactory } from "./support/payloads";
import { dumpDatabase } from "./support/dump";
import { startServer, type TestServer } from "./support/server";

const MARKERS = {
  ip: "198.51.100.173",
  ipv6: "2001:db8:7a3::9f1",
  userAgent: "TyndauAnonProbe/7.31 (marker-ua-4f9c)",
  referrer: "https://marker-referrer-88d1.example/path?campaign=marker-ref",
  cookie: "marker-cookie-c0ffee",
};

await describeEachDatabase("anonymity", ({ provider, create }) => {
  let database: TestDatabase | undefined;
  let server: TestServer | undefined;
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it(`stores and prints nothing identifying (${provider})`, async () => {
    database = await create();
    // Trusting the proxy makes the forwarded address reach the app: the worst case.
    server = await startServer({ databaseUrl: database.url, env: { TRUST_PROXY: "1", SUBMISSIONS_PER_MINUTE: "3" } });
    const next = submissionFactory(99);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await post(server.url, next(), {
        "x-forwarded-for": i % 2 ? MARKERS.ip : MARKERS.ipv6,
        "x-real-ip": MARKERS.ip,
        forwarded: `for=${MARKERS.ip}`,
        "user-agent": MARKERS.userAgent,
        referer: MARKERS.referrer,
        cookie: `tracking=${MARKERS.cookie}`,
      });
      statuses.push(r.status);
    }
    // Some were stored, and some were refused by the per-address limit (so the
    // address did reach the rate limiter, which must not keep it either).
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(3);
    expect(statuses).toContain(429);
    // An invalid one too, so error paths are covered.
    await post(server.url, { broken: true }, { "user-agent": MARKERS.userAgent, "x-forwarded-for": MARKERS.ip });

    const dump = await dumpDatabase(database);
    expect(dump.length).toBeGreaterThan(1000);
    for (const [name, marker] of Object.entries(MARKERS)) {
      expect(dump.includes(marker), `${name} found in the database`).toBe(false);
      expect(server.output().includes(marker), `${name} found in the server output`).toBe(false);
    }
    for (const part of ["marker-ua-4f9c", "marker-ref", "88d1"]) expect(dump.includes(part)).toBe(false);
    // A date, never a time of day: every column of a stored response.
    const handle = createDb(database.target);
    await handle.ready;
    const rows = await handle.db.response.findMany();
    // The per-address limit refused some, yet left nothing behind (it counts in memory).
    const counters = await handle.db.rateLimit.count();
    await handle.db.$disconnect();
    expect(counters, "rate-limit rows written by submissions").toBe(0);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const value of Object.values(row)) {
        expect(Object.prototype.toString.call(value), "a timestamp column on Response").not.toBe("[object Date]");
        if (typeof value === "string") expect(value).not.toMatch(/\d{2}:\d{2}:\d{2}/);
      }
    }
  });
});
