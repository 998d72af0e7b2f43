// Every byte a test database holds, as text, for "this string appears nowhere"
// checks: the raw SQLite file and its WAL, or every row of every PostgreSQL table.
import { existsSync, readFileSync } from "node:fs";
import pg from "pg";
import type { TestDatabase } from "@/tests/support/databases";

export async function dumpDatabase(database: TestDatabase): Promise<string> {
  if (database.target.provider === "sqlite") {
    const file = database.target.filePath;
    return ["", "-wal", "-journal"]
      .map((suffix) => file + suffix)
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f).toString("latin1") + "\n" + readFileSync(f).toString("utf8"))
      .join("\n");
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const parts: string[] = [];
    for (const { table_name } of tables.rows) {
      const rows = await client.query(`SELECT row_to_json(t)::text AS j FROM "${table_name}" t`);
      parts.push(...rows.rows.map((r: { j: string }) => r.j));
    }
    return parts.join("\n");
  } finally {
    await client.end();
  }
}
