// "Delete all responses" (the survey-control page): the rows must leave the data
// files, not only the tables' visible contents (docs/anonymity.md).
import "server-only";
import { handleOf, type Db } from "@/lib/db/client";
import { truncateSubmissions } from "./postgres-storage";

/** Deletes every response and its answers; returns how many responses there were. */
export async function deleteAllResponses(db: Db): Promise<number> {
  const handle = handleOf(db);
  if (handle?.target.provider === "postgresql" && handle.pgPool) return truncateSubmissions(handle.pgPool);
  // SQLite: secure_delete zeroes the pages; lib/db/scrub.ts then truncates the WAL. The
  // review decisions and spent started-token nonces go with the responses (decision 016);
  // codes and weights name responses by id without a foreign key (migration 0008).
  const [, , { count }] = await db.$transaction([
    db.responseReview.deleteMany({}),
    db.spentStartToken.deleteMany({}),
    db.response.deleteMany({}),
    db.codeAssignment.deleteMany({}),
    db.responseWeight.deleteMany({}),
  ]);
  return count;
}
