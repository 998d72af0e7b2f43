// The invitation tables at PostgreSQL's day close (docs/anonymity.md): a spend updates
// an InvitationCode row or inserts a SpentToken row, and PostgreSQL writes the new row
// version at the end of the heap with the spending transaction's xmin — the order codes
// were spent in, and (no-JS path) the same xmin as the response stored with the code.
// The close empties each table with TRUNCATE (new, empty files; the old ones are
// unlinked at commit) and writes its rows back in key order in one transaction: then
// physical order follows the keyed hash and every row shares one xmin, as the responses
// do. These tables are small (one row per issued code), so one lock for the whole
// rewrite is short; the WAL of the old versions goes with the close's WAL switch.
import type pg from "pg";

const TABLES = [
  { name: "InvitationCode", key: `"hash"` },
  { name: "SpentToken", key: `"hash"` },
  { name: "InvitationTally", key: `"batchId", "day"` },
] as const;

export async function rewriteInvitationTables(client: pg.PoolClient): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL statement_timeout = 0");
    await client.query(`LOCK TABLE ${TABLES.map((t) => `"${t.name}"`).join(", ")} IN ACCESS EXCLUSIVE MODE`);
    for (const t of TABLES) {
      await client.query(`CREATE TEMP TABLE "_invitation_copy" ON COMMIT DROP AS SELECT * FROM "${t.name}"`);
      await client.query(`TRUNCATE "${t.name}"`);
      await client.query(`INSERT INTO "${t.name}" SELECT * FROM "_invitation_copy" ORDER BY ${t.key}`);
      await client.query(`DROP TABLE "_invitation_copy"`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
