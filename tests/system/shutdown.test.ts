// SIGTERM in the middle of a submission storm (16 keep-alive connections), as
// systemd sends on `systemctl restart`: the server stops accepting, finishes
// what is in flight, closes the database and exits 0. Every request is either
// answered (201/200, or 503 while closing) or refused at the connection level
// (refused/reset before any answer); none is answered with an error, and
// after a restart every acknowledged response is stored, once, complete.
// On SQLite and on PostgreSQL.
import { afterAll, expect, it } from "vitest";
import { describeEachDatabase, type TestDatabase } from "@/tests/support/databases";
import { startLoad } from "./support/http-load";
import { startServer, type TestServer } from "./support/server";
import { auditStore } from "./support/verify-store";

const TOTAL = 500;
const CONCURRENCY = 16;
const CLEAN_ERRORS = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE"]);

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}

await describeEachDatabase("graceful shutdown", ({ provider, create }) => {
  let database: TestDatabase | undefined;
  let server: TestServer | undefined;
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it(`answers or cleanly refuses every request through a SIGTERM and loses nothing acknowledged (${provider})`, async () => {
    database = await create();
    server = await startServer({ databaseUrl: database.url, env: { RESULTS_DELAY: "none", SHUTDOWN_TIMEOUT_MS: "20000" } });
    const load = startLoad(server.url, { total: TOTAL, concurrency: CONCURRENCY, seed: 14, deadlineMs: 180_000 });

    await waitUntil(() => load.acknowledged.length >= TOTAL / 4, 90_000).catch((e: Error) => {
      throw new Error(`${e.message}: ${JSON.stringify(load.attempts.slice(-3))}\n${server?.output().slice(-2000)}`);
    });
    const signalledAt = Date.now();
    await server.kill("SIGTERM");
    const exitedAt = Date.now();
    const acknowledgedBeforeExit = load.acknowledged.length;
    // Down for a moment: the clients see refused connections and keep retrying.
    await new Promise((r) => setTimeout(r, 500));
    await server.restart();
    await load.done;

    const output = server.output();
    expect(output).toContain("SIGTERM received");
    expect(output).toMatch(/stopped cleanly in \d+ ms/);
    expect(output).not.toContain("shutdown timed out");
    expect(exitedAt - signalledAt).toBeLessThan(20_000);

    // Every attempt: a status the protocol allows, or a connection-level refusal.
    const statuses = new Map<number, number>();
    const errors = new Map<string, number>();
    for (const a of load.attempts) {
      if (a.status !== undefined) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
      else errors.set(a.error!, (errors.get(a.error!) ?? 0) + 1);
    }
    const summary = JSON.stringify({ statuses: [...statuses], errors: [...errors], acknowledgedBeforeExit });
    console.log(`shutdown (${provider}): ${summary}, stopped in ${exitedAt - signalledAt} ms`);
    for (const status of statuses.keys()) expect([200, 201, 503], summary).toContain(status);
    for (const error of errors.keys()) expect(CLEAN_ERRORS.has(error), summary).toBe(true);
    // The shutdown really happened under load: requests were refused while it was down…
    expect(errors.get("ECONNREFUSED") ?? 0, summary).toBeGreaterThan(0);
    // …and requests in flight when the signal came were still answered 201.
    const finishedDuringShutdown = load.attempts.filter((a) => a.status === 201 && a.at >= signalledAt && a.at <= exitedAt).length;
    expect(finishedDuringShutdown, summary).toBeGreaterThan(0);

    // A refused request was never processed: when it was retried with the same
    // id, the server stored it then (201), rather than recognising a replay (200).
    const finalStatus = new Map<string, number>();
    for (const a of load.attempts) if (a.status === 201 || a.status === 200) finalStatus.set(a.id, a.status);
    const refused = load.attempts.filter((a) => a.error !== undefined || a.status === 503);
    for (const a of refused) expect(finalStatus.get(a.id), `${a.id} refused (${a.error ?? a.status}) but processed`).toBe(201);

    const acknowledged = load.acknowledged.map((a) => a.id);
    expect(acknowledged.length).toBeGreaterThanOrEqual(TOTAL);
    const audit = await auditStore(database.url, acknowledged);
    expect(audit.missingAcknowledged).toEqual([]);
    expect(audit.duplicated).toEqual([]);
    expect(audit.incomplete).toEqual([]);
    expect(audit.orphanAnswers).toBe(0);
  });
});
