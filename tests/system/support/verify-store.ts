// Reads a test database directly and checks the durability promise: every
// acknowledged id is stored exactly once, and every stored response is
// complete (all the answer rows its answers imply, and nothing else).
import { createDb } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/url";
import { answerRows } from "@/lib/responses/raw-batch-write";
import type { Answers } from "@/lib/questionnaire";

export type StoreAudit = {
  responses: number;
  missingAcknowledged: string[];
  duplicated: string[];
  incomplete: string[];
  orphanAnswers: number;
};

export async function auditStore(databaseUrl: string, acknowledged: string[]): Promise<StoreAudit> {
  const handle = createDb(parseDatabaseUrl(databaseUrl));
  await handle.ready;
  try {
    const { db } = handle;
    const rows = await db.response.findMany({ select: { id: true, answers: true, _count: { select: { answerRows: true } } } });
    const byId = new Map<string, number>();
    for (const r of rows) byId.set(r.id, (byId.get(r.id) ?? 0) + 1);
    const incomplete = rows
      .filter((r) => answerRows(JSON.parse(r.answers) as Answers).length !== r._count.answerRows)
      .map((r) => r.id);
    const orphans = await db.$queryRawUnsafe<{ n: bigint | number }[]>(
      `SELECT COUNT(*) AS n FROM "Answer" a WHERE NOT EXISTS (SELECT 1 FROM "Response" r WHERE r."id" = a."responseId")`,
    );
    return {
      responses: rows.length,
      missingAcknowledged: acknowledged.filter((id) => !byId.has(id)),
      duplicated: [...byId.entries()].filter(([, n]) => n > 1).map(([id]) => id),
      incomplete,
      orphanAnswers: Number(orphans[0]?.n ?? 0),
    };
  } finally {
    await handle.db.$disconnect();
  }
}
