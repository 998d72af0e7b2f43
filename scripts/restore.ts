// `npm run restore -- FILE [--force]`: restores a backup written by
// `npm run backup` into DATABASE_URL, which must be empty (no rows) unless
// --force is given, then applies this version's migrations. Stop the app first.
import { parseDatabaseUrl, redactDatabaseUrl } from "../lib/db/url";
import { restoreDatabase } from "../lib/ops/restore";

const USAGE = "usage: npm run restore -- FILE [--force]   (stop the app first)";

function fail(message: string): never {
  console.error(`tyndau: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}
const force = args.includes("--force");
const files = args.filter((a) => a !== "--force");
if (files.length !== 1 || files[0]!.startsWith("--")) fail(USAGE);

try {
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  const summary = await restoreDatabase(target, files[0]!, { force });
  const where = target.provider === "sqlite" ? target.filePath : redactDatabaseUrl(target.url);
  console.log(`restored ${files[0]} into ${target.provider} ${where}`);
  if (summary.movedAside) console.log(`the previous database was moved aside to ${summary.movedAside}`);
  console.log(`migrations applied after restore: ${summary.migrations.applied.join(", ") || "none needed"}`);
  console.log(`questionnaire version(s): ${summary.questionnaireVersions.join(", ") || "none stored"}`);
  console.log("rows:");
  for (const [t, n] of Object.entries(summary.counts)) console.log(`  ${t.padEnd(22)} ${n}`);
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
