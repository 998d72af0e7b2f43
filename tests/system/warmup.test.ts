// The dashboard warm-up after a restart (instrumentation.ts → lib/dashboard/warmup.ts)
// must never hold the server's event loop: with 100,000 responses on SQLite, whose driver
// is synchronous, counting every answer row on the main thread stopped /api/health and
// submissions for tens of seconds. Here the production server starts on such a database
// and, from its first answer until it prints that the aggregates are warm, is asked for
// its health and sent a submission every 100 ms: every one must be answered within 1 s.
import Database from "better-sqlite3";
import { performance } from "node:perf_hooks";
import { afterAll, expect, it } from "vitest";
import { bulkSeed } from "@/bench/lib/bulk-seed";
import { CLOSED_THROUGH_KEY } from "@/lib/responses/day-close-state";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";
import { submissionFactory } from "./support/payloads";
import { freePort, startServer, type TestServer } from "./support/server";

const RESPONSES = 100_000;
const INTERVAL_MS = 100;
const LIMIT_MS = 1_000;
const WARMED = /dashboard aggregates warmed in (\d+) ms/;

let database: TestDatabase | undefined;
let server: TestServer | undefined;
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

type Probe = { kind: "health" | "submit"; sentAt: number; ms: number; status: number | "timeout" | "refused" };

/** One request, timed; `refused` while nothing listens yet, `timeout` after 10 s. */
async function timed(kind: Probe["kind"], request: () => Promise<Response>): Promise<Probe> {
  const t = performance.now();
  try {
    const r = await request();
    await r.arrayBuffer();
    return { kind, sentAt: t, ms: performance.now() - t, status: r.status };
  } catch (e) {
    const name = e instanceof Error ? e.name : "";
    return { kind, sentAt: t, ms: performance.now() - t, status: name === "TimeoutError" || name === "AbortError" ? "timeout" : "refused" };
  }
}

it(`answers health checks and submissions within ${LIMIT_MS} ms while the warm-up runs over ${RESPONSES.toLocaleString("en")} responses (sqlite)`, async () => {
  database = await createSqliteDatabase();
  const fillStarted = performance.now();
  await bulkSeed(database.url, RESPONSES);
  // The seeded days have ended: mark them closed, so the server's start-up day close
  // (a VACUUM of the whole file, in a worker of its own) does not run alongside and the
  // figures are the warm-up's alone.
  const raw = new Database(database.target.provider === "sqlite" ? database.target.filePath : "");
  const lastDay = raw.prepare(`SELECT MAX("submittedOn") FROM "Response"`).pluck().get() as string;
  raw.prepare(`INSERT INTO "Setting" ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"`).run(CLOSED_THROUGH_KEY, lastDay);
  raw.close();
  const fillMs = performance.now() - fillStarted;

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const next = submissionFactory(11);
  const probes: Probe[] = [];
  const pending: Promise<void>[] = [];
  const spawned = performance.now();
  const ticker = setInterval(() => {
    const health = timed("health", () => fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) }));
    const submit = timed("submit", () =>
      fetch(`${url}/api/responses`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(next()), signal: AbortSignal.timeout(10_000) }),
    );
    pending.push(
      (async () => {
        probes.push(...(await Promise.all([health, submit])));
      })(),
    );
  }, INTERVAL_MS);

  let outputWhenServing = "";
  let servingAt = 0;
  let warmedAt = 0;
  try {
    server = await startServer({ databaseUrl: database.url, port });
    // Up means both routes loaded: the first submission also pays for loading its route.
    await timed("submit", () => fetch(`${url}/api/responses`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(next()) }));
    servingAt = performance.now();
    outputWhenServing = server.output();
    await expect.poll(() => WARMED.test(server!.output()) || /warm-up (skipped|unavailable)/.test(server!.output()), { timeout: 180_000, interval: 50 }).toBe(true);
    warmedAt = performance.now();
    // A little longer: whatever the warm-up's end does must not stall the server either.
    await new Promise((r) => setTimeout(r, 1_000));
  } finally {
    clearInterval(ticker);
    await Promise.all(pending);
  }
  // Requests sent before the server answered a health check and a submission wait for its
  // own start-up (Next loading the routes, a few seconds on a loaded machine, with or
  // without a warm-up); from then on it is up, and the warm-up is what could hold it.
  const measured = probes.filter((p) => p.sentAt >= servingAt);
  const during = measured.filter((p) => p.sentAt < warmedAt);
  const warmMs = Number(WARMED.exec(server.output())?.[1]);
  const worst = (kind: Probe["kind"], of: Probe[]) => Math.round(Math.max(0, ...of.filter((p) => p.kind === kind).map((p) => p.ms)));
  console.log(
    `warm-up: filled ${RESPONSES} responses in ${Math.round(fillMs)} ms; server first answered ${Math.round(servingAt - spawned)} ms after spawn; ` +
      `warmed in ${warmMs} ms (seen ${Math.round(warmedAt - spawned)} ms after spawn); ${during.length} requests sent during the warm-up once serving, ` +
      `max health ${worst("health", measured)} ms, max submit ${worst("submit", measured)} ms (start-up included: ${worst("health", probes)} / ${worst("submit", probes)} ms); ` +
      `slowest: ${[...measured].sort((x, y) => y.ms - x.ms).slice(0, 6).map((p) => `${p.kind} ${Math.round(p.ms)} ms sent at +${Math.round(p.sentAt - servingAt)} ms`).join(", ")}`,
  );

  expect(server.output()).toMatch(WARMED);
  // The server could answer its first health check before the warm-up finished.
  expect(outputWhenServing, "the server first answered only after the warm-up had finished").not.toMatch(WARMED);
  const slow = measured.filter((p) => p.ms > LIMIT_MS || (p.kind === "health" && p.status !== 200) || (p.kind === "submit" && p.status !== 201));
  expect(slow.map((p) => `${p.kind} ${p.status} ${Math.round(p.ms)} ms`)).toEqual([]);
  // Something was measured while the warm-up ran.
  expect(during.filter((p) => p.kind === "health").length).toBeGreaterThanOrEqual(5);
}, 300_000);
