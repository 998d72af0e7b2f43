import "server-only";
// The one Prisma client of the process. The URL scheme picks the driver adapter:
// `file:` → better-sqlite3, `postgresql:` → pg. Both generated clients have the
// same models (prisma/models.prisma.part), so the app codes against one type.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { mkdirSync } from "node:fs";
import type pg from "pg";
import path from "node:path";
import { env } from "@/lib/env";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { APP_STATEMENT_TIMEOUT_MS, createPgPool } from "./pg-pool";
import { parseDatabaseUrl, type DatabaseTarget } from "./url";
import { SQLITE_PRAGMAS } from "./sqlite-pragmas";

export { SQLITE_PRAGMAS };

export type Db = SqliteClient;
export type Provider = DatabaseTarget["provider"];
export type DbHandle = {
  db: Db;
  provider: Provider;
  target: DatabaseTarget;
  ready: Promise<void>;
  /** The pg pool behind the client (PostgreSQL only), for the few hot paths that use the driver directly. */
  pgPool?: pg.Pool;
};

// Which handle a client belongs to, so code given only `db` can reach its driver. Kept on
// globalThis like the client itself: a server action and a route handler are bundled as
// separate copies of this module, yet share the one process-wide client.
const handles: WeakMap<Db, DbHandle> = ((globalThis as unknown as { __tyndauDbHandles?: WeakMap<Db, DbHandle> }).__tyndauDbHandles ??= new WeakMap());
export function handleOf(db: Db): DbHandle | undefined {
  return handles.get(db);
}


export function createDb(target: DatabaseTarget, options: { poolSize?: number } = {}): DbHandle {
  if (target.provider === "sqlite") {
    mkdirSync(path.dirname(target.filePath), { recursive: true });
    const adapter = new PrismaBetterSQLite3({ url: target.filePath, timeout: 10_000 });
    const db = new SqliteClient({ adapter });
    const ready = (async () => {
      for (const pragma of SQLITE_PRAGMAS) await db.$queryRawUnsafe(`PRAGMA ${pragma}`);
    })();
    const handle: DbHandle = { db, provider: "sqlite", target, ready };
    handles.set(db, handle);
    return handle;
  }
  const pool = createPgPool(target.url, { max: options.poolSize ?? 10, statementTimeoutMs: APP_STATEMENT_TIMEOUT_MS });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const db = new PostgresClient({ adapter }) as unknown as Db;
  const handle: DbHandle = { db, provider: "postgresql", target, ready: Promise.resolve(), pgPool: pool };
  handles.set(db, handle);
  return handle;
}

// One client per process, kept on globalThis so dev-mode hot reloads reuse it.
const globalForDb = globalThis as unknown as { __tyndauDb?: DbHandle };

export function dbHandle(): DbHandle {
  globalForDb.__tyndauDb ??= createDb(parseDatabaseUrl(env().DATABASE_URL));
  return globalForDb.__tyndauDb;
}

/** The ready-to-use client (pragmas applied). */
export async function getDb(): Promise<Db> {
  const handle = dbHandle();
  await handle.ready;
  return handle.db;
}
