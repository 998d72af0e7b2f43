// Online backups of the live database, safe while the app takes submissions.
//   SQLite: better-sqlite3's online backup API (a consistent snapshot of the
//     file; the WAL lets writers carry on meanwhile).
//   PostgreSQL: pg_dump in its custom format, on a snapshot exported by a
//     REPEATABLE READ transaction, so the row counts we print describe exactly
//     the rows in the dump.
// Either way the file appears atomically: written to a temporary name in the
// same directory, fsynced, renamed, and the directory fsynced. A crash or an
// error leaves no file (or the previous one) under the final name, never half of one.
import "server-only";
import { spawn } from "node:child_process";
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseTarget } from "@/lib/db/url";
import { now as clockNow } from "@/lib/clock";
import { processEnvironment } from "@/lib/env";
import { findPgTool, libpqUrl, PgToolMissingError } from "./pg-tools";

export { PgToolMissingError };

export type BackupSummary = {
  provider: DatabaseTarget["provider"];
  file: string;
  bytes: number;
  /** Questionnaire versions stored in the database ("id@version"). */
  questionnaireVersions: string[];
  /** Migrations applied to the database the backup was taken from. */
  migrations: string[];
  /** Rows per table, in the backup itself. */
  counts: Record<string, number>;
};

export class BackupError extends Error {
  override name = "BackupError";
}

/** fsync a file or directory by path. */
export function fsyncPath(p: string): void {
  const fd = openSync(p, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

// The wall-clock milliseconds only make the name unique beside the process id; nothing
// is decided from them, so they need not follow lib/clock (a fixed test clock would
// give two backups in one process the same temporary name).
function tempNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.partial`);
}

/** Moves a finished temporary file into place, durably. */
function publish(temp: string, file: string): void {
  fsyncPath(temp);
  renameSync(temp, file);
  fsyncPath(path.dirname(file));
}

export function defaultBackupName(provider: DatabaseTarget["provider"], now = clockNow()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `tyndau-${stamp}.${provider === "sqlite" ? "sqlite" : "pgdump"}`;
}

type SqliteFacts = Pick<BackupSummary, "questionnaireVersions" | "migrations" | "counts">;

function sqliteTables(db: Database.Database): string[] {
  return (
    db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[]
  );
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function describeSqlite(db: Database.Database): SqliteFacts {
  const tables = sqliteTables(db);
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = Number(db.prepare(`SELECT COUNT(*) FROM ${quote(t)}`).pluck().get());
  const questionnaireVersions = tables.includes("QuestionnaireVersion")
    ? (db.prepare(`SELECT "key" FROM "QuestionnaireVersion" ORDER BY "key"`).pluck().all() as string[])
    : [];
  const migrations = tables.includes("_tyndau_migrations")
    ? (db.prepare(`SELECT name FROM "_tyndau_migrations" ORDER BY name`).pluck().all() as string[])
    : [];
  return { questionnaireVersions, migrations, counts };
}

async function backupSqlite(filePath: string, out: string): Promise<BackupSummary> {
  if (!existsSync(filePath)) throw new BackupError(`the SQLite database ${filePath} does not exist`);
  const temp = tempNameFor(out);
  const source = new Database(filePath, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    // Every step after the first copies all remaining pages at once, so a
    // write by the running app can restart the copy at most once per step
    // and the copy always finishes (on a busy server as on an idle one).
    await source.backup(temp, { progress: () => 0x7fffffff });
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  } finally {
    source.close();
  }
  let facts: SqliteFacts;
  try {
    const copy = new Database(temp, { fileMustExist: true });
    try {
      // A self-contained single file: no -wal next to it, whatever the source used.
      copy.pragma("journal_mode = DELETE");
      const check = copy.pragma("quick_check", { simple: true });
      if (check !== "ok") throw new BackupError(`the backup copy failed its integrity check: ${String(check)}`);
      facts = describeSqlite(copy);
    } finally {
      copy.close();
    }
    publish(temp, out);
  } catch (e) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(temp + suffix, { force: true });
    throw e;
  }
  return { provider: "sqlite", file: out, bytes: statSync(out).size, ...facts };
}

/** Runs a command, resolving with its stderr; rejects with it on a non-zero exit. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = processEnvironment()): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], env });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(stderr);
      else reject(new BackupError(`${path.basename(command)} failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`));
    });
  });
}

export async function describePostgres(client: pg.ClientBase, schema: string): Promise<SqliteFacts> {
  const tables = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
    [schema],
  );
  const names = tables.rows.map((r) => r.table_name);
  const counts: Record<string, number> = {};
  const qs = `"${schema.replace(/"/g, '""')}"`;
  for (const t of names) {
    const r = await client.query<{ n: string }>(`SELECT COUNT(*)::text AS n FROM ${qs}.${quote(t)}`);
    counts[t] = Number(r.rows[0]?.n ?? 0);
  }
  const questionnaireVersions = names.includes("QuestionnaireVersion")
    ? (await client.query<{ key: string }>(`SELECT "key" FROM ${qs}."QuestionnaireVersion" ORDER BY "key"`)).rows.map((r) => r.key)
    : [];
  const migrations = names.includes("_tyndau_migrations")
    ? (await client.query<{ name: string }>(`SELECT name FROM ${qs}."_tyndau_migrations" ORDER BY name`)).rows.map((r) => r.name)
    : [];
  return { questionnaireVersions, migrations, counts };
}

async function backupPostgres(url: string, schema: string | undefined, out: string): Promise<BackupSummary> {
  const pgDump = findPgTool("pg_dump");
  const temp = tempNameFor(out);
  const client = new pg.Client({ connectionString: libpqUrl(url) });
  await client.connect();
  try {
    // One snapshot for the counts and the dump: the transaction stays open
    // (and the snapshot valid) until pg_dump has finished with it.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snapshot = (await client.query<{ s: string }>("SELECT pg_export_snapshot() AS s")).rows[0]!.s;
    const facts = await describePostgres(client, schema ?? "public");
    const args = ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${snapshot}`, `--file=${temp}`];
    if (schema) args.push(`--schema=${schema}`);
    args.push(`--dbname=${libpqUrl(url)}`);
    try {
      await run(pgDump, args);
      publish(temp, out);
    } catch (e) {
      rmSync(temp, { force: true });
      throw e;
    }
    await client.query("COMMIT");
    return { provider: "postgresql", file: out, bytes: statSync(out).size, ...facts };
  } finally {
    await client.end();
  }
}

/** Takes a consistent online backup of `target` into `out` (atomically). */
export async function backupDatabase(target: DatabaseTarget, out: string): Promise<BackupSummary> {
  const file = path.resolve(out);
  mkdirSync(path.dirname(file), { recursive: true });
  if (target.provider === "sqlite") {
    if (path.resolve(target.filePath) === file) throw new BackupError("the backup file cannot be the database itself");
    return backupSqlite(target.filePath, file);
  }
  return backupPostgres(target.url, target.schema, file);
}

/** A few human lines for the CLI. */
export function formatSummary(s: BackupSummary): string {
  const lines = [
    `backup written: ${s.file} (${s.bytes.toLocaleString("en")} bytes, ${s.provider})`,
    `questionnaire version(s): ${s.questionnaireVersions.join(", ") || "none stored yet"}`,
    `migrations: ${s.migrations.join(", ") || "none"}`,
    "rows:",
    ...Object.entries(s.counts).map(([t, n]) => `  ${t.padEnd(22)} ${n}`),
  ];
  return lines.join("\n");
}
