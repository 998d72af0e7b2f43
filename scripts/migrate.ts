// `npm run db:migrate`: applies pending migrations to DATABASE_URL. Idempotent.
import { parseDatabaseUrl, redactDatabaseUrl } from "../lib/db/url";
import { migrate } from "../lib/db/migrate";
import { describeDatabaseError } from "../lib/db/errors";

let target;
try {
  target = parseDatabaseUrl(process.env.DATABASE_URL);
} catch (e) {
  console.error(`tyndau: ${(e as Error).message}`);
  process.exit(1);
}
try {
  const result = await migrate(target);
  const where = target.provider === "sqlite" ? target.filePath : redactDatabaseUrl(target.url);
  console.log(`${target.provider} ${where}: applied ${result.applied.join(", ") || "nothing"}; ${result.alreadyApplied} already applied`);
} catch (e) {
  console.error(`tyndau: ${describeDatabaseError(e, target)}`);
  process.exit(1);
}
