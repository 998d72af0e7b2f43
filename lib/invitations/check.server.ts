// Recognising and spending a code outside a submission: the start page's check (nothing
// spent), and the redeem step of the blind-token path (spent at once, in exchange for a
// blind signature: lib/invitations/blind.server.ts).
import "server-only";
import { handleOf, type Db } from "@/lib/db/client";
import { parseCode, type CodeVerdict } from "./code";
import { codeHash } from "./key.server";
import { COUNT_USE, pgSql, SPEND_CODE } from "./spend-sql";

export type { CodeVerdict };

/** A well-formed code's state, without spending it. */
export async function codeVerdict(db: Db, input: string, today: string): Promise<CodeVerdict> {
  const parsed = parseCode(input);
  if (!parsed.ok) return parsed.reason;
  return verdictOfHash(db, codeHash(parsed.code), today);
}

export async function verdictOfHash(db: Db, hash: string, today: string): Promise<CodeVerdict> {
  const row = await db.invitationCode.findUnique({ where: { hash } });
  if (!row) return "unknown";
  if (row.spent) return "spent";
  const batch = await db.invitationBatch.findUnique({ where: { id: row.batchId } });
  if (!batch || batch.revoked || batch.validUntil < today) return "expired";
  return "ok";
}

/** Spends a code now (the blind-token path). "ok" exactly once per code, however many race. */
export async function spendCode(db: Db, input: string, today: string): Promise<CodeVerdict> {
  const parsed = parseCode(input);
  if (!parsed.ok) return parsed.reason;
  const hash = codeHash(parsed.code);
  const pg = handleOf(db)?.provider === "postgresql";
  const sql = (s: string) => (pg ? pgSql(s) : s);
  const spent = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRawUnsafe<{ batchId: string }[]>(sql(SPEND_CODE), hash, today);
    if (rows.length === 0) return false;
    await tx.$executeRawUnsafe(sql(COUNT_USE), rows[0]!.batchId, today);
    return true;
  });
  return spent ? "ok" : verdictOfHash(db, hash, today);
}
