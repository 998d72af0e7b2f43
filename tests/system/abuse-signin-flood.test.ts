// docs/hardening.md: a sign-in flood with random e-mails must not slow the whole app
// down nor fill the audit log. Against the real production server (TRUST_PROXY=1 so the
// test can play many addresses):
//   1. one address flooding: refused with 429 + Retry-After once over its limit;
//   2. many addresses, random e-mails: beyond the instance's budget and the few
//      hashing slots, attempts are refused without hashing (429 before rendering,
//      or the form's "try again later"), and the audit log gets a handful of
//      aggregated rows with counts, not a row per attempt;
//   3. meanwhile, submissions stay fast relative to a baseline measured in the same
//      test (a ratio, not a timing).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff } from "@/lib/auth/accounts";
import { SIGN_IN_ADDRESS_RULE, SIGN_IN_UNKNOWN_ACCOUNT_RULE } from "@/lib/auth/throttle";
import { createDb } from "@/lib/db/client";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";
import { post, submissionFactory } from "./support/payloads";
import { startServer, type TestServer } from "./support/server";
import { formFields, signInForm, type SignInOutcome } from "./support/staff-forms";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

describe("a sign-in flood", () => {
  let database: TestDatabase;
  let server: TestServer;
  let hidden: [string, string][];

  beforeAll(async () => {
    database = await createSqliteDatabase();
    const handle = createDb(database.target);
    await handle.ready;
    const created = await createStaff(handle.db, { email: "admin@flood.test", password: "flood-test-passphrase", role: "admin", locale: "en" }, { actor: null, via: "cli" });
    if (!created.ok) throw new Error(created.problem);
    await handle.db.$disconnect();
    server = await startServer({ databaseUrl: database.url, env: { TRUST_PROXY: "1" } });
    hidden = await formFields(server.url, "/admin/sign-in", 'name="email"');
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const next = submissionFactory(777);
  let submissionAddress = 0;
  async function submissionLatencies(n: number): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const r = await post(server.url, next(), { "x-forwarded-for": `10.99.${submissionAddress >> 8}.${submissionAddress++ & 255}` });
      out.push(performance.now() - t0);
      expect(r.status).toBe(201);
    }
    return out;
  }

  async function flood(total: number, concurrency: number, address: (i: number) => string): Promise<Map<SignInOutcome, number>> {
    const counts = new Map<SignInOutcome, number>();
    let index = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (index < total) {
          const i = index++;
          const { outcome, posted } = await signInForm(server.url, hidden, `${randomUUID()}@flood.test`, "random-password-123", { "x-forwarded-for": address(i) });
          if (outcome === "429") expect(Number(posted.retryAfter)).toBeGreaterThan(0);
          counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
        }
      }),
    );
    return counts;
  }

  it("one address is refused with 429 + Retry-After once over its limit, before any hashing", async () => {
    const counts = await flood(80, 4, () => "198.51.100.23");
    expect([...counts.keys()].every((k) => k === "invalid" || k === "blocked" || k === "429")).toBe(true);
    // At most the per-address limit got as far as the password check.
    expect((counts.get("invalid") ?? 0) + (counts.get("blocked") ?? 0)).toBeLessThanOrEqual(SIGN_IN_ADDRESS_RULE.limit);
    expect(counts.get("429") ?? 0).toBeGreaterThanOrEqual(80 - SIGN_IN_ADDRESS_RULE.limit);
  }, 120_000);

  it("random e-mails from many addresses: the excess is refused unhashed, the audit log stays small, submissions stay fast", async () => {
    await submissionLatencies(3); // warm-up
    const baseline = median(await submissionLatencies(15));

    let floodDone = false;
    const floodRun = flood(400, 12, (i) => `203.0.${(i >> 8) & 255}.${i & 255}`).finally(() => (floodDone = true));
    // Submissions measured while the flood runs.
    const during: number[] = [];
    await new Promise((r) => setTimeout(r, 300));
    while (!floodDone && during.length < 30) during.push(...(await submissionLatencies(1)));
    const counts = await floodRun;

    const hashed = counts.get("invalid") ?? 0;
    const refused = (counts.get("429") ?? 0) + (counts.get("blocked") ?? 0);
    expect(hashed + refused).toBe(400);
    // Unknown e-mails get one budget per instance and minute (plus the few already in a slot).
    expect(hashed).toBeLessThanOrEqual(SIGN_IN_UNKNOWN_ACCOUNT_RULE.limit + 12);
    expect(refused).toBeGreaterThanOrEqual(400 - SIGN_IN_UNKNOWN_ACCOUNT_RULE.limit - 12);

    // The audit log: a few aggregated rows whose counts add up, not a row per attempt.
    await new Promise((r) => setTimeout(r, 2_500)); // aggregated counts are written within a second
    const handle = createDb(database.target);
    await handle.ready;
    const rows = await handle.db.auditLog.findMany({ where: { action: { in: ["sign-in-failed", "sign-in-blocked"] } } });
    await handle.db.$disconnect();
    expect(rows.length).toBeLessThanOrEqual(8);
    const total = rows.reduce((sum, r) => sum + Number((JSON.parse(r.details) as { count?: number }).count ?? 1), 0);
    // Every attempt that reached the action is counted (429s from the proxy never reach it).
    expect(total).toBeGreaterThanOrEqual(hashed + (counts.get("blocked") ?? 0));

    // Submissions during the flood, relative to the baseline measured above (a ratio
    // with a floor for very fast baselines, never an absolute timing).
    if (during.length >= 5) {
      const ratio = median(during) / Math.max(baseline, 20);
      console.log(`sign-in flood: submission median ${baseline.toFixed(1)} ms before, ${median(during).toFixed(1)} ms during (×${ratio.toFixed(1)}); outcomes ${JSON.stringify(Object.fromEntries(counts))}`);
      expect(ratio).toBeLessThan(40);
    }
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  }, 240_000);
});
