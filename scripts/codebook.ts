// Prints the codebook of the questionnaire the database serves now: the active version
// (lib/questionnaire/active.server.ts), not the code instrument, which is only the seed a
// fresh database starts from. Same database as the app (DATABASE_URL).
// Usage: npm run codebook -- --format md|csv|json   (default: md)
import { getDb } from "../lib/db/client";
import { activeQuestionnaire } from "../lib/questionnaire/active.server";
import { parseCodebookArgs, renderCodebook } from "../lib/questionnaire/codebook";

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

async function main(argv: string[]): Promise<number> {
  const parsed = parseCodebookArgs(argv);
  if ("error" in parsed) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  const db = await getDb();
  try {
    const text = renderCodebook(await activeQuestionnaire(db), parsed.format);
    // Wait for the write to drain before disconnecting, so a large codebook is not cut short.
    await new Promise<void>((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`codebook: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
