// After a bulk delete (e.g. "delete all responses"): make sure the deleted texts are
// gone from the data folder, not merely unlinked. SQLite runs with secure_delete=ON
// (sqlite-pragmas.ts), which zeroes deleted content; the write-ahead log may still hold
// older copies of those pages until it is checkpointed and truncated, so we do that.
// On PostgreSQL deleted rows stay in the table's pages until VACUUM reuses the space;
// an administrator who needs them gone from disk at once runs VACUUM FULL (docs/hardening.md).
import "server-only";
import { handleOf, type Db } from "./client";

export async function scrubDeletedData(db: Db): Promise<void> {
  if (handleOf(db)?.provider !== "sqlite") return;
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
}
