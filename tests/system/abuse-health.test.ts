// docs/hardening.md: /api/health must prove the database can commit a write, and say
// 503 when it cannot, without showing anonymous callers a path or a URL.
//   SQLite: the database file and its WAL are made immutable (chattr +i — even root
//   cannot write them), as a read-only or failing disk would.
//   PostgreSQL: the database is switched to read-only transactions (as a failed-over
//   replica or an administrator's emergency switch would), and the app's connections
//   are ended so the pool reconnects into it.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, createSqliteDatabase, postgresAvailability, POSTGRES_URL, TMP_DIR, type TestDatabase } from "@/tests/support/databases";
import { startServer, type TestServer } from "./support/server";

const REASONS = ["timeout", "unreachable", "read-only", "disk-full", "io-error", "locked", "write-failed"];

async function health(server: TestServer): Promise<{ status: number; text: string; body: Record<string, unknown> }> {
  const r = await fetch(`${server.url}/api/health`);
  const text = await r.text();
  return { status: r.status, text, body: JSON.parse(text) as Record<string, unknown> };
}

async function waitForStatus(server: TestServer, status: number, timeoutMs = 20_000): Promise<{ status: number; text: string; body: Record<string, unknown> }> {
  const deadline = Date.now() + timeoutMs;
  let last = await health(server);
  while (last.status !== status && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    last = await health(server);
  }
  return last;
}

/** chattr +i works here (root, a filesystem with the immutable flag)? Probed on a scratch file. */
function canChattr(): boolean {
  if (process.getuid?.() !== 0) return false;
  mkdirSync(TMP_DIR, { recursive: true });
  const probe = path.join(TMP_DIR, `chattr-probe-${process.pid}`);
  try {
    writeFileSync(probe, "x");
    execFileSync("chattr", ["+i", probe], { stdio: "ignore" });
    execFileSync("chattr", ["-i", probe], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { force: true });
  }
}

describe.skipIf(!canChattr())("health write probe on SQLite", () => {
  let database: TestDatabase;
  let server: TestServer;
  let files: string[] = [];
  beforeAll(async () => {
    database = await createSqliteDatabase();
    server = await startServer({ databaseUrl: database.url });
    if (database.target.provider !== "sqlite") throw new Error("sqlite expected");
    files = [database.target.filePath, `${database.target.filePath}-wal`];
  }, 120_000);
  afterAll(async () => {
    for (const f of files) {
      try {
        execFileSync("chattr", ["-i", f], { stdio: "ignore" });
      } catch {
        /* already writable or gone */
      }
    }
    await server?.stop();
    await database?.drop();
  });

  it("answers 503 with a reason code, and no path, when the file cannot be written; 200 again once it can", async () => {
    expect((await health(server)).status).toBe(200);
    for (const f of files) execFileSync("chattr", ["+i", f]);
    const down = await waitForStatus(server, 503);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: "unavailable", database: "sqlite" });
    expect(REASONS).toContain(down.body.reason);
    expect(Object.keys(down.body).sort()).toEqual(["database", "reason", "status"]);
    expect(down.text).not.toContain(database.url);
    expect(down.text).not.toMatch(/\/|\.db|file:/);
    for (const f of files) execFileSync("chattr", ["-i", f]);
    expect((await waitForStatus(server, 200)).status).toBe(200);
  }, 60_000);
});

const pgMode = await postgresAvailability();

(pgMode === "run" ? describe : describe.skip)("health write probe on PostgreSQL", () => {
  let database: TestDatabase;
  let server: TestServer;
  let name = "";
  beforeAll(async () => {
    database = await createPostgresDatabase();
    name = new URL(database.url).pathname.slice(1);
    server = await startServer({ databaseUrl: database.url });
  }, 120_000);
  afterAll(async () => {
    await setReadOnly(false).catch(() => undefined);
    await server?.stop();
    await database?.drop();
  });

  async function setReadOnly(on: boolean): Promise<void> {
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${name.replace(/"/g, "")}" SET default_transaction_read_only = ${on ? "on" : "off"}`);
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
    } finally {
      await admin.end();
    }
  }

  it("answers 503 'read-only', with no URL, when the database refuses writes; 200 again once it takes them", async () => {
    expect((await health(server)).status).toBe(200);
    await setReadOnly(true);
    const down = await waitForStatus(server, 503);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: "unavailable", database: "postgresql" });
    expect(REASONS).toContain(down.body.reason);
    expect(down.text).not.toMatch(/postgres(ql)?:\/\/|127\.0\.0\.1|5432/);
    expect(down.text).not.toContain(name);
    await setReadOnly(false);
    expect((await waitForStatus(server, 200)).status).toBe(200);
  }, 60_000);
});
