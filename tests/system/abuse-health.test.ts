// docs/hardening.md: /api/health must prove the database can commit a write, and say
// 503 when it cannot, without showing anonymous callers a path or a URL.
//   SQLite: the database file and its WAL are made immutable (chattr +i — even root
//   cannot write them), as a read-only or failing disk would.
//   PostgreSQL: the database is switched to read-only transactions (as a failed-over
//   replica or an administrator's emergency switch would), and the app's connections
//   are ended so the pool reconnects into it.
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, createSqliteDatabase, postgresAvailability, POSTGRES_URL, TMP_DIR, type TestDatabase } from "@/tests/support/databases";
import { post, submissionFactory } from "./support/payloads";
import { startServer, type TestServer } from "./support/server";

const REASONS = ["timeout", "unreachable", "read-only", "disk-full", "disk-low", "io-error", "locked", "write-failed"];

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

// A full disk: the SQLite database lives on a 40 MB tmpfs that a ballast file fills.
// On a full disk the probe's one-row upsert can still fit (it rewrites WAL space the
// file already holds) while submissions, which need new pages, get 503 — so health
// must also remember that a submission write failed (lib/db/write-failures.ts), and
// warn while free space is merely low (HEALTH_MIN_FREE_MB).

/** Mounts a tmpfs of `sizeMb` on a fresh folder; null when this machine does not allow it. */
function mountTmpfs(sizeMb: number): string | null {
  const dir = path.join(TMP_DIR, `tmpfs-${process.pid}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir, { recursive: true });
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${sizeMb}m`, "tmpfs", dir], { stdio: "ignore" });
  if (mounted.status === 0) return dir;
  rmSync(dir, { recursive: true, force: true });
  return null;
}

function unmount(dir: string): void {
  spawnSync("umount", ["-l", dir], { stdio: "ignore" });
  rmSync(dir, { recursive: true, force: true });
}

/** Writes `file` until the file system is full, or until it holds `maxMb`. */
function fill(file: string, maxMb = Infinity): void {
  const chunk = Buffer.alloc(64 * 1024, 0x5a);
  const fd = openSync(file, "a");
  try {
    for (let written = 0; written < maxMb * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOSPC") throw e;
  } finally {
    closeSync(fd);
  }
}

const probeMount = mountTmpfs(1);
if (probeMount) unmount(probeMount);
if (!probeMount) {
  if (process.env.CI) throw new Error("abuse-health: cannot mount a tmpfs (run as root, or with CAP_SYS_ADMIN); required under CI");
  console.warn("\n*** abuse-health: SKIPPING the full-disk tests: this machine does not allow `mount -t tmpfs` (run as root). ***\n");
}

describe.skipIf(!probeMount)("health on a full disk (SQLite on a 40 MB tmpfs)", () => {
  let mount = "";
  let server: TestServer;
  let lowServer: TestServer;
  const next = submissionFactory(4242);
  beforeAll(async () => {
    mount = mountTmpfs(40)!;
    [server, lowServer] = await Promise.all([
      startServer({ databaseUrl: `file:${path.join(mount, "full.db")}`, env: { HEALTH_MIN_FREE_MB: "0" } }),
      startServer({ databaseUrl: `file:${path.join(mount, "low.db")}`, env: { HEALTH_MIN_FREE_MB: "20" } }),
    ]);
  }, 180_000);
  afterEach(() => {
    // A failed assertion must not leave the next test a full disk.
    for (const name of ["ballast", "ballast-low"]) rmSync(path.join(mount, name), { force: true });
  });
  afterAll(async () => {
    await Promise.all([server?.stop(), lowServer?.stop()]);
    if (mount) unmount(mount);
  });

  it("answers 503 within the window once submissions fail on a full disk, and 200 again when there is room", async () => {
    for (let i = 0; i < 20; i++) expect((await post(server.url, next())).status).toBe(201);
    expect((await health(server)).status).toBe(200);
    const ballast = path.join(mount, "ballast");
    fill(ballast);
    let failedStatus = 0;
    for (let i = 0; i < 5_000 && failedStatus === 0; i++) {
      const { status } = await post(server.url, next());
      if (status !== 201) failedStatus = status;
    }
    expect(failedStatus).toBe(503);
    // Every probe for the next few seconds (inside the 30 s window) says so.
    const seen: number[] = [];
    let last = await health(server);
    for (let i = 0; i < 6; i++) {
      last = await health(server);
      seen.push(last.status);
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(seen).toEqual(Array(6).fill(503));
    expect(last.body).toMatchObject({ status: "unavailable", database: "sqlite" });
    expect(REASONS).toContain(last.body.reason);
    expect(last.text).not.toMatch(/\/|\.db|file:|tmpfs/);
    rmSync(ballast);
    expect((await post(server.url, next())).status).toBe(201);
    expect((await waitForStatus(server, 200)).status).toBe(200);
  }, 120_000);

  it("answers 503 disk-low while the database folder has less than HEALTH_MIN_FREE_MB free, before anything fails", async () => {
    expect((await health(lowServer)).status).toBe(200);
    const ballast = path.join(mount, "ballast-low");
    // 40 MB in all: leave about 10 MB, below the 20 MB threshold.
    fill(ballast, 28);
    const down = await waitForStatus(lowServer, 503);
    expect(down.body).toEqual({ status: "unavailable", database: "sqlite", reason: "disk-low" });
    // Submissions still work: the warning comes before the failure.
    expect((await post(lowServer.url, next())).status).toBe(201);
    rmSync(ballast);
    expect((await waitForStatus(lowServer, 200)).status).toBe(200);
  }, 60_000);
});
