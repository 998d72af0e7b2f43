// Seeded hostile parameters for the staff endpoints on a production server:
// the export routes' query strings (signed in as an analyst, and anonymous),
// and the sign-in form's fields. Every request gets an answer below 500; bad
// export parameters get a 400 that says what is wrong; anonymous requests get
// 401; no fuzzed sign-in creates a session; the server stays up.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { createStaff } from "@/lib/auth/accounts";
import { createSession } from "@/lib/auth/session";
import { SESSION_COOKIE } from "@/lib/auth/config";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";
import { startServer, type TestServer } from "./support/server";

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const EXPORT_COUNT = Number(process.env.FUZZ_EXPORT_COUNT ?? 2000);
const SIGN_IN_COUNT = Number(process.env.FUZZ_SIGN_IN_COUNT ?? 200);
const FILES = ["responses.csv", "responses-long.csv", "codebook.csv", "codebook.md", "responses.sps"];
const PARAMS = ["values", "lang", "header", "sep", "bom", "combined", "file", "region", "gender", "age", "screening", "locale", "from", "to"];

const hostileValue = fc.oneof(
  fc.constantFrom("codes", "labels", "kk", "ru", "en", "comma", "semicolon", "tab", "0", "1", "2026-01-01", "2026-13-45", "-1", "99", "1,2,3", ""),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer().map(String),
  fc.constantFrom("../../etc/passwd", "%00", "=cmd|' /C calc'!A0", "<script>alert(1)</script>", "'; DROP TABLE \"Response\"; --", "\u0000", "🙂".repeat(50)),
  fc.nat({ max: 20_000 }).map((n) => "x".repeat(n)),
);

const exportRequest = fc.record({
  file: fc.constantFrom(...FILES),
  params: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 12 })), hostileValue), { maxLength: 6 }),
});

describe("fuzzing the staff endpoints' parameters", () => {
  let database: TestDatabase;
  let server: TestServer;
  let cookie = "";
  beforeAll(async () => {
    database = await createSqliteDatabase();
    const handle = createDb(database.target);
    await handle.ready;
    const created = await createStaff(handle.db, { email: "fuzz@tyndau.test", password: "fuzzing-analyst-pass-1", role: "analyst", locale: "en" }, { actor: null, via: "cli" });
    if (!created.ok) throw new Error(created.problem);
    cookie = `${SESSION_COOKIE}=${(await createSession(handle.db, created.value.id)).token}`;
    await handle.db.$disconnect();
    server = await startServer({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it(`export routes: ${EXPORT_COUNT} hostile query strings, signed in and anonymous`, async () => {
    const cases = fc.sample(exportRequest, { numRuns: EXPORT_COUNT, seed: SEED });
    const unexpected: string[] = [];
    const statuses = new Map<number, number>();
    let index = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (index < cases.length) {
          const i = index++;
          const c = cases[i]!;
          const query = new URLSearchParams(c.params).toString();
          const anonymous = i % 10 === 0;
          const r = await fetch(`${server.url}/api/admin/export/${c.file}?${query}`, { headers: anonymous ? {} : { cookie } });
          const body = await r.text();
          statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          const ok =
            // Node's HTTP server refuses request lines over 16 KB itself, before any route runs.
            (query.length > 16_000 && r.status === 431) ||
            (anonymous && r.status === 401) ||
            (!anonymous && r.status === 200) ||
            (!anonymous && r.status === 400 && body.trim().length > 0);
          if (!ok) unexpected.push(`${anonymous ? "anonymous " : ""}${c.file}?${query.slice(0, 120)} → ${r.status} ${body.slice(0, 120)}`);
        }
      }),
    );
    expect(unexpected.slice(0, 10)).toEqual([]);
    // Both outcomes really occurred: valid combinations and refused ones.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(10);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(10);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it(`sign-in form: ${SIGN_IN_COUNT} hostile submissions, none signs anybody in`, async () => {
    // The form as a browser without JavaScript would post it: its hidden
    // server-action fields plus the fuzzed email and password.
    const html = await (await fetch(`${server.url}/admin/sign-in`)).text();
    const form = /<form noValidate=""[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? "";
    const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(
      (m) => [m[1]!, (m[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&")] as const,
    );
    expect(hidden.length).toBeGreaterThan(0);
    const fields = fc.record({
      email: fc.oneof(fc.constant("fuzz@tyndau.test"), fc.emailAddress(), fc.string({ maxLength: 300 }), fc.nat({ max: 100_000 }).map((n) => "a".repeat(n))),
      password: fc.oneof(fc.string({ maxLength: 64 }), fc.constant("fuzzing-analyst-pass-2"), fc.nat({ max: 100_000 }).map((n) => "p".repeat(n)), fc.constant("\u0000\u0000")),
      extra: fc.array(fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 30 })), { maxLength: 3 }),
    });
    const cases = fc.sample(fields, { numRuns: SIGN_IN_COUNT, seed: SEED });
    const unexpected: string[] = [];
    let throttled = 0;
    let index = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (index < cases.length) {
          const c = cases[index++]!;
          const body = new FormData();
          for (const [name, value] of hidden) body.append(name, value);
          body.append("email", c.email);
          body.append("password", c.password);
          for (const [name, value] of c.extra) body.append(name, value);
          const r = await fetch(`${server.url}/admin/sign-in`, { method: "POST", body, headers: { origin: server.url }, redirect: "manual" });
          await r.arrayBuffer();
          if (r.status === 429) throttled++; // over the per-address sign-in limit (lib/auth/throttle.ts)
          const setCookie = r.headers.get("set-cookie") ?? "";
          if (r.status >= 500 || setCookie.includes(SESSION_COOKIE)) unexpected.push(`${r.status} ${setCookie.slice(0, 60)} for ${JSON.stringify(c).slice(0, 100)}`);
        }
      }),
    );
    expect(unexpected.slice(0, 10)).toEqual([]);
    // The posts really reached the sign-in action (it audits every failure)…
    const handle = createDb(database.target);
    await handle.ready;
    // Unknown-account failures and refusals are aggregated rows carrying a count.
    const failures = (await handle.db.auditLog.findMany({ where: { action: { in: ["sign-in-failed", "sign-in-blocked"] } } })).reduce(
      (sum, row) => sum + Number((JSON.parse(row.details) as { count?: number }).count ?? 1),
      0,
    );
    // …and none of them left a session behind.
    const sessions = await handle.db.session.count();
    await handle.db.$disconnect();
    expect(failures + throttled).toBeGreaterThan(SIGN_IN_COUNT / 2);
    expect(sessions).toBe(1); // the analyst session made for the export fuzzing
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(server.output()).not.toMatch(/⨯|Unhandled|TypeError|RangeError/);
  });
});
