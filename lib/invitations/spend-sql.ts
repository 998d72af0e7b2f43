// The statements that spend a code or a token, shared by the redeem path and by the
// submission writer (lib/responses/raw-batch-write.ts), which runs them inside the
// transaction that stores the response. Each spends at most once however many
// transactions race: the UPDATE's condition "spent = false" (re-checked by PostgreSQL
// after waiting for a concurrent writer's row lock; SQLite has one writer at a time),
// and the primary key of SpentToken. Placeholders: "?" for SQLite; for PostgreSQL
// they are numbered by `pgSql`.
//
// Nothing here stores a time, a counter or anything of the response: InvitationCode
// only flips its flag, InvitationTally counts per batch and day (docs/anonymity.md).

/** Params: hash, today. Returns the batch of the code it spent (no row: not spendable). */
export const SPEND_CODE = `UPDATE "InvitationCode" SET "spent" = true
  WHERE "hash" = ? AND "spent" = false
    AND "batchId" IN (SELECT "id" FROM "InvitationBatch" WHERE "revoked" = false AND "validUntil" >= ?)
  RETURNING "batchId"`;

/** Params: batchId, day. */
export const COUNT_USE = `INSERT INTO "InvitationTally" ("batchId", "day", "used") VALUES (?, ?, 1)
  ON CONFLICT ("batchId", "day") DO UPDATE SET "used" = "InvitationTally"."used" + 1`;

/** Params: token hash. One row affected: spent now; none: spent before. */
export const SPEND_TOKEN = `INSERT INTO "SpentToken" ("hash") VALUES (?) ON CONFLICT ("hash") DO NOTHING`;

/** "?" → "$1", "$2", … */
export function pgSql(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** What a respondent holds: a code to spend with the response, or a blind-signed token. */
export type InvitationSpend = { kind: "code"; hash: string } | { kind: "token"; hash: string };
