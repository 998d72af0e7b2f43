// Backups that restore: `npm run backup` runs while 16 connections submit,
// `npm run restore` brings it back into a fresh database, and every response
// acknowledged before the backup started is there, complete, and exports
// (wide CSV with labels, long CSV) exactly as it does from the live database.
// On SQLite (online backup API) and PostgreSQL (pg_dump, when installed).
import { questionnaire } from "@/lib/questionnaire";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/config";
import { createStaff } from "@/lib/auth/accounts";
import { createSession } from "@/lib/auth/session";
import { createDb } from "@/lib/db/client";
import { openCsvExport, type CsvExportFile } from "@/lib/export/csv-export";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from "@/lib/export/options";
import { findPgTool } from "@/lib/ops/pg-tools";
import type { DatabaseTarget } from "@/lib/db/url";
import { createSqliteDatabase, describeEachDatabase, TMP_DIR, type TestDatabase } from "@/tests/support/databases";
import { startLoad } from "./support/http-load";
import { startServer, type TestServer } from "./support/server";
import { auditStore } from "./support/verify-store";

// Staff views and exports in this process show every response at once.
process.env.RESULTS_DELAY = "none";

const ROOT = path.resolve(import.meta.dirname, "../..");
// The load must outlast the backup command (a tsx start-up plus the copy), which on a
// busy machine took as long as ~300 submissions: 1,000 with the backup started after the
// first 100 leaves a wide margin, so "the load went on after the backup" holds at any speed.
const TOTAL = 1000;
const BACKUP_AFTER = 100;
const CONCURRENCY = 16;

function hasPgDump(): boolean {
  try {
    findPgTool("pg_dump");
    findPgTool("pg_restore");
    return true;
  } catch {
    return false;
  }
}

function npmRun(script: string, args: string[], databaseUrl: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "-s", script, "--", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

/** Export rows grouped by response id (first column), as JSON text per id. */
async function exportById(target: DatabaseTarget, file: CsvExportFile, overrides: Partial<ExportOptions>): Promise<{ header: string; rows: Map<string, string> }> {
  const options: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, bom: false, ...overrides, file };
  const csv = await readAll(await openCsvExport({ file, options, filters: {}, target, def: questionnaire }));
  const records = parse(csv, { relax_column_count: false }) as string[][];
  const [header, ...data] = records;
  const rows = new Map<string, string[][]>();
  for (const r of data) rows.set(r[0]!, [...(rows.get(r[0]!) ?? []), r]);
  return { header: JSON.stringify(header), rows: new Map([...rows].map(([id, rs]) => [id, JSON.stringify(rs)])) };
}

const pgDumpPresent = hasPgDump();
if (!pgDumpPresent) {
  const message = "pg_dump/pg_restore not found: the PostgreSQL backup test is SKIPPED (apt install postgresql-client)";
  if (process.env.CI === "true") throw new Error(`${message}; it must run in CI`);
  process.stderr.write(`\n\u001b[41m WARNING \u001b[0m ${message}\n\n`);
}

await describeEachDatabase("backup and restore under load", ({ provider, create }) => {
  let live: TestDatabase | undefined;
  let restored: TestDatabase | undefined;
  let server: TestServer | undefined;
  const dir = path.join(TMP_DIR, `backup-${provider}-${process.pid}`);
  afterAll(async () => {
    await server?.stop();
    await live?.drop();
    await restored?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(provider === "postgresql" && !pgDumpPresent)(`a backup taken during 16 concurrent submissions restores every acknowledged response (${provider})`, async () => {
    mkdirSync(dir, { recursive: true });
    live = await create();
    server = await startServer({ databaseUrl: live.url, env: { RESULTS_DELAY: "none" } });
    const load = startLoad(server.url, { total: TOTAL, concurrency: CONCURRENCY, seed: 41, deadlineMs: 180_000 });
    await waitUntil(() => load.acknowledged.length >= BACKUP_AFTER, 90_000);

    // Everything acknowledged up to here must be in the backup.
    const acknowledgedBefore = load.acknowledged.map((a) => a.id);
    const file = path.join(dir, `live.${provider === "sqlite" ? "sqlite" : "pgdump"}`);
    const backup = await npmRun("backup", ["--out", file], live.url);
    const acknowledgedDuring = load.acknowledged.length - acknowledgedBefore.length;
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/questionnaire version\(s\): \S+@\d+/);
    expect(backup.output).toMatch(/Response\s+\d+/);
    expect(existsSync(file)).toBe(true);
    // Atomic: nothing but the finished file in the directory.
    expect(readdirSync(dir)).toEqual([path.basename(file)]);

    await load.done;
    await server.stop();
    expect(load.acknowledged.length).toBeGreaterThanOrEqual(TOTAL);

    // Restore into a fresh, empty database.
    restored = await create({ migrate: false });
    const restore = await npmRun("restore", [file], restored.url);
    expect(restore.code, restore.output).toBe(0);
    // Restoring again over data is refused without --force.
    const again = await npmRun("restore", [file], restored.url);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/is not empty .*--force/);

    const audit = await auditStore(restored.url, acknowledgedBefore);
    expect(audit.missingAcknowledged).toEqual([]);
    expect(audit.duplicated).toEqual([]);
    expect(audit.incomplete).toEqual([]);
    expect(audit.orphanAnswers).toBe(0);
    expect(audit.responses).toBeGreaterThanOrEqual(acknowledgedBefore.length);
    // The counts the backup printed describe exactly what it holds (one snapshot).
    expect(Number(/^\s*Response\s+(\d+)$/m.exec(backup.output)?.[1])).toBe(audit.responses);
    // The load went on after the backup, so the live database has more.
    const liveAudit = await auditStore(live.url, load.acknowledged.map((a) => a.id));
    expect(liveAudit.missingAcknowledged).toEqual([]);
    expect(audit.responses).toBeLessThan(liveAudit.responses);
    console.log(
      `backup (${provider}): ${acknowledgedBefore.length} acknowledged before, ${acknowledgedDuring} during the backup; ` +
        `${audit.responses} in the backup, ${liveAudit.responses} live at the end`,
    );

    // Exports: identical, response by response, for everything in the backup.
    for (const [fileName, overrides] of [
      ["responses.csv", { values: "labels", header: "names" }],
      ["responses-long.csv", {}],
    ] as [CsvExportFile, Partial<ExportOptions>][]) {
      const fromLive = await exportById(live.target, fileName, overrides);
      const fromRestored = await exportById(restored.target, fileName, overrides);
      expect(fromRestored.header).toBe(fromLive.header);
      for (const id of acknowledgedBefore) {
        expect(fromRestored.rows.get(id), `${fileName} ${id}`).toBeDefined();
        expect(fromRestored.rows.get(id), `${fileName} ${id}`).toBe(fromLive.rows.get(id));
      }
      for (const [id, rows] of fromRestored.rows) expect(rows, `${fileName} ${id}`).toBe(fromLive.rows.get(id));
    }
  });
});

describe("the admin's Download a backup button (SQLite)", () => {
  let live: TestDatabase;
  let restored: TestDatabase | undefined;
  let server: TestServer;
  const cookies = { admin: "", analyst: "" };
  const dir = path.join(TMP_DIR, `backup-download-${process.pid}`);
  const leftovers = () => readdirSync(os.tmpdir()).filter((n) => n.startsWith("tyndau-backup-"));
  let before: string[] = [];

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    live = await createSqliteDatabase();
    const handle = createDb(live.target);
    await handle.ready;
    for (const role of ["admin", "analyst"] as const) {
      const created = await createStaff(handle.db, { email: `${role}@tyndau.test`, password: `backup-${role}-pass-1234`, role, locale: "en" }, { actor: null, via: "cli" });
      if (!created.ok) throw new Error(created.problem);
      cookies[role] = `${SESSION_COOKIE}=${(await createSession(handle.db, created.value.id)).token}`;
    }
    await handle.db.$disconnect();
    server = await startServer({ databaseUrl: live.url, env: { RESULTS_DELAY: "none" } });
    const load = startLoad(server.url, { total: 40, concurrency: 4, seed: 7, deadlineMs: 60_000 });
    await load.done;
    expect(load.acknowledged.length).toBe(40);
    before = leftovers();
  });
  afterAll(async () => {
    await server?.stop();
    await live?.drop();
    await restored?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is on the survey-control page and downloads a restorable copy, audited, leaving no copy behind", async () => {
    const page = await fetch(`${server.url}/admin/survey`, { headers: { cookie: cookies.admin } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('href="/api/admin/backup"');
    expect(html).toContain("Download a backup");

    const r = await fetch(`${server.url}/api/admin/backup`, { headers: { cookie: cookies.admin } });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-disposition")).toMatch(/^attachment; filename="tyndau-\d{8}T\d{6}Z\.sqlite"$/);
    expect(r.headers.get("cache-control")).toBe("no-store");
    const bytes = Buffer.from(await r.arrayBuffer());
    expect(bytes.subarray(0, 16).toString("latin1")).toBe("SQLite format 3\0");
    const file = path.join(dir, "downloaded.sqlite");
    writeFileSync(file, bytes);

    restored = await createSqliteDatabase({ migrate: false });
    const restore = await npmRun("restore", [file], restored.url);
    expect(restore.code, restore.output).toBe(0);
    const audit = await auditStore(restored.url, []);
    expect(audit.responses).toBe(40);
    expect(audit.incomplete).toEqual([]);

    // Audited, with the admin's name; the temporary copy is gone once streamed.
    const handle = createDb(live.target);
    await handle.ready;
    try {
      const entries = await handle.db.auditLog.findMany({ where: { action: "backup-downloaded" } });
      expect(entries.map((e) => e.actorEmail)).toEqual(["admin@tyndau.test"]);
    } finally {
      await handle.db.$disconnect();
    }
    await waitUntil(() => leftovers().length === before.length, 5_000);
  });

  it("is refused to analysts (403) and to anonymous visitors (401)", async () => {
    expect((await fetch(`${server.url}/api/admin/backup`, { headers: { cookie: cookies.analyst } })).status).toBe(403);
    expect((await fetch(`${server.url}/api/admin/backup`)).status).toBe(401);
    const page = await fetch(`${server.url}/admin/survey`, { headers: { cookie: cookies.analyst }, redirect: "manual" });
    expect(page.status).toBe(403);
  });
});
