// Kill -9 in the middle of a submission storm, restart, let the load finish:
// every response that got a 2xx is in the database exactly once and complete,
// and nothing partial exists. On SQLite and on PostgreSQL.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { describeEachDatabase, TMP_DIR, type TestDatabase } from "@/tests/support/databases";
import { startServer, type TestServer } from "./support/server";
import { auditStore } from "./support/verify-store";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TOTAL = 500;
const CONCURRENCY = 32;

function acknowledgedIds(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { id: string }).id);
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}

await describeEachDatabase("crash durability", ({ provider, create }) => {
  let database: TestDatabase | undefined;
  let server: TestServer | undefined;
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it(`keeps every acknowledged response through a SIGKILL (${provider})`, async () => {
    database = await create();
    server = await startServer({ databaseUrl: database.url });
    const out = path.join(TMP_DIR, `crash-${provider}-${process.pid}.jsonl`);
    rmSync(out, { force: true });

    const client = spawn(
      process.execPath,
      ["--import", "tsx", "tests/system/support/load-client.ts", server.url, String(TOTAL), String(CONCURRENCY), out, "7", "150000"],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    let clientOutput = "";
    client.stdout.on("data", (d: Buffer) => (clientOutput += d.toString()));
    client.stderr.on("data", (d: Buffer) => (clientOutput += d.toString()));
    const clientDone = new Promise<number>((resolve) => client.on("exit", (code) => resolve(code ?? 1)));

    // Kill once a fair share has been acknowledged, while 32 requests are in flight.
    await waitUntil(() => acknowledgedIds(out).length >= TOTAL / 4, 90_000);
    await server.kill("SIGKILL");
    const atKill = acknowledgedIds(out).length;
    await new Promise((r) => setTimeout(r, 300));
    await server.restart();

    expect(await clientDone, clientOutput).toBe(0);
    const acknowledged = acknowledgedIds(out);
    expect(atKill).toBeLessThan(TOTAL);
    expect(acknowledged.length).toBeGreaterThanOrEqual(TOTAL);
    expect(clientOutput).toMatch(/"failures":[1-9]/); // the kill really interrupted requests

    const audit = await auditStore(database.url, acknowledged);
    expect(audit.missingAcknowledged).toEqual([]);
    expect(audit.duplicated).toEqual([]);
    expect(audit.incomplete).toEqual([]);
    expect(audit.orphanAnswers).toBe(0);
    expect(audit.responses).toBeGreaterThanOrEqual(TOTAL);
    rmSync(out, { force: true });
  });
});
