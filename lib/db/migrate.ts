// Applies the committed SQL migrations in prisma/<provider>/migrations, in name
// order, each in its own transaction, recording them in `_tyndau_migrations`.
// Runs in-process on start-up (and via `npm run db:migrate`), so a second run
// is a no-op and several instances starting at once on one PostgreSQL are
// serialised by an advisory lock. The SQL itself is written offline by
// `prisma migrate diff` (see docs/database.md).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { DatabaseTarget } from "./url";
import { now as clockNow } from "../clock";
import { createPgPool } from "./pg-pool";

export type Migration = { name: string; sql: string; checksum: string };
export type MigrateResult = { applied: string[]; alreadyApplied: number };

export class MigrationChecksumError extends Error {
  override name = "MigrationChecksumError";
}

export function migrationsDir(provider: DatabaseTarget["provider"], root = process.cwd()): string {
  return path.join(root, "prisma", provider, "migrations");
}

export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const TABLE = "_tyndau_migrations";

function assertUnchanged(m: Migration, recorded: string | undefined): boolean {
  if (recorded === undefined) return false;
  if (recorded !== m.checksum) {
    throw new MigrationChecksumError(
      `migration ${m.name} was edited after it was applied (checksum differs); add a new migration instead`,
    );
  }
  return true;
}

/** SQLite pragmas that live in the file (journal mode) are set here once. */
export function openSqliteForMigration(filePath: string): Database.Database {
  mkdirSync(path.dirname(filePath), { recursive: true });
  const db = new Database(filePath, { timeout: 10_000 });
  db.pragma("journal_mode = WAL");
  return db;
}

function migrateSqlite(filePath: string, migrations: Migration[]): MigrateResult {
  const db = openSqliteForMigration(filePath);
  try {
    db.exec(`CREATE TABLE IF NOT EXISTS "${TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const applied: string[] = [];
    let already = 0;
    for (const m of migrations) {
      // BEGIN IMMEDIATE takes the write lock before we look, so two processes
      // migrating the same file at once cannot both apply a migration.
      const run = db.transaction(() => {
        const row = db.prepare(`SELECT checksum FROM "${TABLE}" WHERE name = ?`).get(m.name) as
          | { checksum: string }
          | undefined;
        if (assertUnchanged(m, row?.checksum)) return false;
        db.exec(m.sql);
        db.prepare(`INSERT INTO "${TABLE}" (name, checksum, applied_at) VALUES (?, ?, ?)`).run(
          m.name,
          m.checksum,
          clockNow().toISOString(),
        );
        return true;
      });
      if (run.immediate()) applied.push(m.name);
      else already++;
    }
    return { applied, alreadyApplied: already };
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<MigrateResult> {
  const pool = createPgPool(url, { max: 1 });
  const client = await pool.connect();
  try {
    // One advisory lock for the whole run: instances starting together wait.
    await client.query("SELECT pg_advisory_lock(727111)");
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS "${TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
      const applied: string[] = [];
      let already = 0;
      for (const m of migrations) {
        const res = await client.query<{ checksum: string }>(`SELECT checksum FROM "${TABLE}" WHERE name = $1`, [m.name]);
        if (assertUnchanged(m, res.rows[0]?.checksum)) {
          already++;
          continue;
        }
        await client.query("BEGIN");
        try {
          await client.query(m.sql);
          await client.query(`INSERT INTO "${TABLE}" (name, checksum, applied_at) VALUES ($1, $2, $3)`, [m.name, m.checksum, clockNow().toISOString()]);
          await client.query("COMMIT");
        } catch (e) {
          await client.query("ROLLBACK");
          throw e;
        }
        applied.push(m.name);
      }
      return { applied, alreadyApplied: already };
    } finally {
      await client.query("SELECT pg_advisory_unlock(727111)");
    }
  } finally {
    client.release();
    await pool.end();
  }
}

export async function migrate(target: DatabaseTarget, root = process.cwd()): Promise<MigrateResult> {
  const migrations = readMigrations(migrationsDir(target.provider, root));
  if (target.provider === "sqlite") return migrateSqlite(target.filePath, migrations);
  return migratePostgres(target.url, migrations);
}
