// Real databases for tests: a fresh SQLite file, or a fresh PostgreSQL database
// created on POSTGRES_URL's server and dropped afterwards. When PostgreSQL is
// unreachable, PostgreSQL suites fail under CI=true and are skipped (loudly)
// elsewhere, so a laptop without PostgreSQL can still run the rest.
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { createDb, type DbHandle } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { parseDatabaseUrl, type DatabaseTarget } from "@/lib/db/url";

export const POSTGRES_URL = process.env.POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const ROOT = path.resolve(import.meta.dirname, "../..");
export const TMP_DIR = path.join(ROOT, ".tmp", "tests");

export type TestDatabase = { provider: DatabaseTarget["provider"]; url: string; target: DatabaseTarget; drop: () => Promise<void> };

function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
}

export async function createSqliteDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  mkdirSync(TMP_DIR, { recursive: true });
  const file = path.join(TMP_DIR, `${uniqueName("tyndau")}.db`);
  const url = `file:${file}`;
  const target = parseDatabaseUrl(url);
  if (options.migrate !== false) await migrate(target, ROOT);
  return {
    provider: "sqlite",
    url,
    target,
    drop: async () => {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    },
  };
}

function withDatabase(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createPostgresDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = uniqueName("tyndau_test");
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3_000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(POSTGRES_URL, name);
  const target = parseDatabaseUrl(url);
  if (options.migrate !== false) await migrate(target, ROOT);
  return {
    provider: "postgresql",
    url,
    target,
    drop: async () => {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

let postgresReachable: Promise<boolean> | undefined;
export function isPostgresReachable(): Promise<boolean> {
  postgresReachable ??= (async () => {
    // A busy server (all connection slots taken by parallel test files, a slow
    // start) is not an absent one: try for a while before calling it unreachable.
    for (let attempt = 0; attempt < 10; attempt++) {
      const c = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3_000 });
      try {
        await c.connect();
        await c.query("SELECT 1");
        return true;
      } catch {
        await new Promise((r) => setTimeout(r, 1_000));
      } finally {
        await c.end().catch(() => undefined);
      }
    }
    return false;
  })();
  return postgresReachable;
}

/** Top-level await in a test file: decides whether PostgreSQL suites run. */
export async function postgresAvailability(): Promise<"run" | "skip"> {
  if (await isPostgresReachable()) return "run";
  const message = `PostgreSQL at ${POSTGRES_URL} is unreachable`;
  if (process.env.CI === "true") throw new Error(`${message}; PostgreSQL tests must run in CI`);
  process.stderr.write(`\n\u001b[41m WARNING \u001b[0m ${message}: PostgreSQL tests are SKIPPED. Set POSTGRES_URL to run them.\n\n`);
  return "skip";
}

export type ProviderCase = { provider: DatabaseTarget["provider"]; create: (o?: { migrate?: boolean }) => Promise<TestDatabase> };

/**
 * Runs a suite once per database. Call with `await` at the top level of a test
 * file so PostgreSQL reachability is known before suites are declared.
 */
export async function describeEachDatabase(name: string, body: (c: ProviderCase) => void): Promise<void> {
  const pgMode = await postgresAvailability();
  describe(`${name} [sqlite]`, () => body({ provider: "sqlite", create: createSqliteDatabase }));
  const describePg = pgMode === "run" ? describe : describe.skip;
  describePg(`${name} [postgresql]`, () => body({ provider: "postgresql", create: createPostgresDatabase }));
}

export type SuiteDatabase = { database: TestDatabase; handle: DbHandle };

/**
 * A fresh, migrated database and a Prisma client on it for the enclosing
 * suite, dropped afterwards. Read the fields inside tests and hooks (they are
 * filled in by beforeAll).
 */
export function useTestDatabase(create: ProviderCase["create"]): SuiteDatabase {
  const suite = {} as SuiteDatabase;
  beforeAll(async () => {
    suite.database = await create();
    suite.handle = createDb(suite.database.target);
    await suite.handle.ready;
  });
  afterAll(async () => {
    await suite.handle?.db.$disconnect();
    await suite.database?.drop();
  });
  return suite;
}
