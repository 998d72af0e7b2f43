// Restores a backup made by lib/ops/backup.ts into an EMPTY database (one
// with no rows outside the migrations table), then applies the migrations of
// this version of Tyndau, so a backup from an older release comes back
// upgraded. A database holding data is refused unless `force` is given; with
// `force` an SQLite file is first moved aside (never deleted), and a
// PostgreSQL schema is cleaned by pg_restore. Stop the app before restoring.
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { migrate, type MigrateResult } from "@/lib/db/migrate";
import { now as clockNow } from "@/lib/clock";
import type { DatabaseTarget } from "@/lib/db/url";
import { BackupError, describePostgres, describeSqlite, fsyncPath, run } from "./backup";
import { findPgTool, libpqUrl } from "./pg-tools";

export type BackupFormat = "sqlite" | "pgdump";

export type RestoreSummary = {
  provider: DatabaseTarget["provider"];
  /** Where the previous SQLite file went (with --force on a non-empty file). */
  movedAside?: string;
  migrations: MigrateResult;
  counts: Record<string, number>;
  questionnaireVersions: string[];
};

export class RestoreRefusedError extends Error {
  override name = "RestoreRefusedError";
}

export function detectBackupFormat(file: string): BackupFormat {
  if (!existsSync(file)) throw new BackupError(`no such backup file: ${file}`);
  const fd = openSync(file, "r");
  const head = Buffer.alloc(16);
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1", 0, 16) === "SQLite format 3\0") return "sqlite";
  if (head.toString("latin1", 0, 5) === "PGDMP") return "pgdump";
  throw new BackupError(`${file} is neither an SQLite backup nor a pg_dump custom-format archive`);
}

/** Tables holding rows, other than the migrations bookkeeping. */
function nonEmpty(counts: Record<string, number>): string[] {
  return Object.entries(counts)
    .filter(([t, n]) => t !== "_tyndau_migrations" && n > 0)
    .map(([t, n]) => `${t} (${n})`);
}

function refuse(where: string, tables: string[]): never {
  throw new RestoreRefusedError(
    `${where} is not empty (${tables.join(", ")}); restore into an empty database, or add --force to replace its contents`,
  );
}

async function restoreSqlite(file: string, filePath: string, force: boolean): Promise<{ movedAside?: string }> {
  // The backup must be a sound database before anything is touched.
  const probe = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = probe.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new BackupError(`${file} failed its integrity check: ${String(check)}`);
  } finally {
    probe.close();
  }
  let movedAside: string | undefined;
  if (existsSync(filePath)) {
    const current = new Database(filePath, { fileMustExist: true });
    let tables: string[];
    try {
      tables = nonEmpty(describeSqlite(current).counts);
    } finally {
      current.close();
    }
    if (tables.length > 0 && !force) refuse(filePath, tables);
    // Move the old file (and its WAL, so it cannot be replayed into the new one) aside.
    const aside = `${filePath}.before-restore-${clockNow().toISOString().replace(/[:.]/g, "")}`;
    for (const suffix of ["", "-wal", "-shm", "-journal"]) {
      if (existsSync(filePath + suffix)) renameSync(filePath + suffix, aside + suffix);
    }
    if (tables.length > 0) movedAside = aside;
    else for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(aside + suffix, { force: true });
  }
  mkdirSync(path.dirname(filePath), { recursive: true });
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.restore-${process.pid}`);
  copyFileSync(file, temp);
  fsyncPath(temp);
  renameSync(temp, filePath);
  fsyncPath(path.dirname(filePath));
  return { movedAside };
}

async function restorePostgres(file: string, url: string, schema: string | undefined, force: boolean): Promise<void> {
  const pgRestore = findPgTool("pg_restore");
  const client = new pg.Client({ connectionString: libpqUrl(url) });
  await client.connect();
  let hasTables: boolean;
  try {
    const facts = await describePostgres(client, schema ?? "public");
    const tables = nonEmpty(facts.counts);
    if (tables.length > 0 && !force) refuse("the PostgreSQL database", tables);
    hasTables = Object.keys(facts.counts).length > 0;
  } finally {
    await client.end();
  }
  // --clean drops what the archive is about to create (tables left by a
  // previous start of the app, or the data being replaced with --force);
  // one transaction, so a failed restore leaves the database as it was.
  const args = ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"];
  if (hasTables) args.push("--clean", "--if-exists");
  if (schema) args.push(`--schema=${schema}`);
  args.push(`--dbname=${libpqUrl(url)}`, file);
  await run(pgRestore, args);
}

export async function restoreDatabase(
  target: DatabaseTarget,
  backupFile: string,
  options: { force?: boolean; root?: string } = {},
): Promise<RestoreSummary> {
  const file = path.resolve(backupFile);
  const format = detectBackupFormat(file);
  const root = options.root ?? process.cwd();
  const force = options.force === true;
  let movedAside: string | undefined;
  if (target.provider === "sqlite") {
    if (format !== "sqlite") throw new BackupError(`${file} is a PostgreSQL dump; DATABASE_URL names an SQLite file`);
    ({ movedAside } = await restoreSqlite(file, target.filePath, force));
  } else {
    if (format !== "pgdump") throw new BackupError(`${file} is an SQLite backup; DATABASE_URL names a PostgreSQL database`);
    await restorePostgres(file, target.url, target.schema, force);
  }
  const migrations = await migrate(target, root);
  let facts: Pick<RestoreSummary, "counts" | "questionnaireVersions">;
  if (target.provider === "sqlite") {
    const db = new Database(target.filePath, { readonly: true, fileMustExist: true });
    try {
      facts = describeSqlite(db);
    } finally {
      db.close();
    }
  } else {
    const client = new pg.Client({ connectionString: libpqUrl(target.url) });
    await client.connect();
    try {
      facts = await describePostgres(client, target.schema ?? "public");
    } finally {
      await client.end();
    }
  }
  return { provider: target.provider, movedAside, migrations, counts: facts.counts, questionnaireVersions: facts.questionnaireVersions };
}
