// The duplicate indicator: responses whose canonical answers are identical to another
// stored response's. Computed over the data set whenever it is asked for (a GROUP BY on
// the answers' SHA-256, which every response row already holds to answer replays), never
// stored: a stored "duplicate of X" would link two rows, and their order.
import "server-only";
import type { Db } from "@/lib/db/client";

/** The answer hashes held by more than one response. */
export async function duplicateHashes(db: Db): Promise<Set<string>> {
  const groups = await db.response.groupBy({
    by: ["answersHash"],
    having: { answersHash: { _count: { gt: 1 } } },
  });
  return new Set(groups.map((g) => g.answersHash));
}
