// Fails when the committed migrations, the Prisma schemas and the two providers
// drift apart:
// 1. both provider schemas are exactly the shared model block plus a header;
// 2. for each provider, a database built from the committed migrations has the
//    same tables, columns and indexes as one built by `prisma db push` from the
//    schema (i.e. no model change was left without a migration);
// 3. SQLite and PostgreSQL end up with the same tables, columns and nullability.
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import {
  createPostgresDatabase,
  createSqliteDatabase,
  postgresAvailability,
  type TestDatabase,
} from "@/tests/support/databases";

const ROOT = path.resolve(import.meta.dirname, "../..");
const pgMode = await postgresAvailability();
const created: TestDatabase[] = [];
afterAll(async () => {
  for (const d of created) await d.drop();
});

type Column = { table: string; column: string; nullable: boolean };
type Structure = { columns: Column[]; indexes: string[] };

// Asynchronous on purpose: a synchronous spawn would block this worker's event
// loop, and Vitest's worker RPC gives up after 60 s. The 6.19 CLI also lingers
// for about a minute after finishing (a timer of its own), so we stop waiting
// once it has reported the result.
function dbPush(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules", "prisma", "build", "index.js"), "db", "push", "--skip-generate", "--accept-data-loss"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    });
    let output = "";
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes("in sync with your Prisma schema")) {
        child.kill();
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      if (output.includes("in sync with your Prisma schema")) resolve();
      else reject(new Error(`prisma db push failed (${code}):\n${output}`));
    });
  });
}

function sqliteStructure(file: string): Structure {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    const columns: Column[] = [];
    const indexes: string[] = [];
    for (const table of tables) {
      for (const c of db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string; notnull: number; pk: number; dflt_value: string | null }[]) {
        columns.push({ table, column: c.name, nullable: c.notnull === 0 && c.pk === 0 });
      }
      // Primary keys are compared through the columns; SQLite keeps an INTEGER
      // primary key in the rowid and lists no index for it.
      for (const i of db.prepare(`PRAGMA index_list("${table}")`).all() as { name: string; unique: number; origin: string }[]) {
        if (i.origin === "pk") continue;
        const cols = (db.prepare(`PRAGMA index_info("${i.name}")`).all() as { name: string }[]).map((c) => c.name);
        indexes.push(`${table}(${cols.join(",")})${i.unique ? " unique" : ""}`);
      }
    }
    return { columns, indexes: indexes.sort() };
  } finally {
    db.close();
  }
}

async function postgresStructure(url: string): Promise<Structure> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const cols = await client.query<{ table_name: string; column_name: string; is_nullable: string }>(
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name NOT LIKE '\\_%' ORDER BY table_name, ordinal_position`,
    );
    const idx = await client.query<{ t: string; cols: string; uniq: boolean }>(
      `SELECT t.relname AS t, string_agg(a.attname, ',' ORDER BY k.ord) AS cols, ix.indisunique AS uniq
       FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       WHERE n.nspname = 'public' AND t.relname NOT LIKE '\\_%' AND NOT ix.indisprimary
       GROUP BY t.relname, ix.indexrelid, ix.indisunique`,
    );
    return {
      columns: cols.rows.map((r) => ({ table: r.table_name, column: r.column_name, nullable: r.is_nullable === "YES" })),
      indexes: idx.rows.map((r) => `${r.t}(${r.cols})${r.uniq ? " unique" : ""}`).sort(),
    };
  } finally {
    await client.end();
  }
}

const sortColumns = (c: Column[]) => [...c].sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));

describe("schema drift", () => {
  it("both provider schemas are generated from the one shared model block", () => {
    expect(() => execFileSync("node", ["scripts/prisma-schemas.mjs", "--check"], { cwd: ROOT, stdio: "pipe" })).not.toThrow();
  });

  let sqliteFromMigrations: Structure | undefined;
  it("SQLite: the committed migrations build exactly what the schema describes", async () => {
    const migrated = await createSqliteDatabase();
    const pushed = await createSqliteDatabase({ migrate: false });
    created.push(migrated, pushed);
    await dbPush(pushed.url);
    sqliteFromMigrations = sqliteStructure(migrated.target.provider === "sqlite" ? migrated.target.filePath : "");
    const fromPush = sqliteStructure(pushed.target.provider === "sqlite" ? pushed.target.filePath : "");
    expect(sqliteFromMigrations.columns.length).toBeGreaterThan(20);
    expect(sqliteFromMigrations).toEqual(fromPush);
    // `prisma db push` cannot say WITHOUT ROWID; migration 0003 adds it by hand to the
    // tables a submission creates or touches (docs/anonymity.md), and nothing may drop it.
    const file = migrated.target.provider === "sqlite" ? migrated.target.filePath : "";
    const db = new Database(file, { readonly: true });
    try {
      const rowid = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('Response', 'Answer', 'QuestionnaireVersion', 'Setting', 'InvitationCode', 'SpentToken', 'InvitationTally') AND sql NOT LIKE '%WITHOUT ROWID%'`).all();
      expect(rowid).toEqual([]);
      // Primary keys carry no counter: the random response id and an answer's position in its response.
      const pk = (table: string) => (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; pk: number }[]).filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      expect([pk("Response"), pk("Answer")]).toEqual([["id"], ["responseId", "ordinal"]]);
    } finally {
      db.close();
    }
  }, 180_000);

  (pgMode === "run" ? describe : describe.skip)("PostgreSQL", () => {
    it("the committed migrations build exactly what the schema describes, and match SQLite", async () => {
      const migrated = await createPostgresDatabase();
      const pushed = await createPostgresDatabase({ migrate: false });
      created.push(migrated, pushed);
      await dbPush(pushed.url);
      const fromMigrations = await postgresStructure(migrated.url);
      expect(fromMigrations).toEqual(await postgresStructure(pushed.url));
      expect(sqliteFromMigrations).toBeDefined();
      expect(sortColumns(fromMigrations.columns)).toEqual(sortColumns(sqliteFromMigrations!.columns));
      expect(fromMigrations.indexes).toEqual(sqliteFromMigrations!.indexes);
    }, 180_000);
  });
});
