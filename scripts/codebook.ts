// Prints the codebook of the questionnaire the app serves now (the active version in the
// database named by DATABASE_URL, the seed on a fresh one), with the text changes of every
// published version.
// Usage: npm run codebook -- --format md|csv|json   (default: md)
import { getDb } from "../lib/db/client";
import { activeQuestionnaire } from "../lib/questionnaire/active.server";
import { parseCodebookArgs, renderCodebook, type CodebookContext } from "../lib/questionnaire/codebook";
import { codebookContext } from "../lib/questionnaire/codebook-context.server";
import { seedQuestionnaire } from "../lib/questionnaire/definition";
import type { Questionnaire } from "../lib/questionnaire/types";

/** The served version and its history; the seed when there is no migrated database yet. */
async function served(): Promise<{ def: Questionnaire; context: CodebookContext }> {
  const db = await getDb();
  try {
    return { def: await activeQuestionnaire(db), context: await codebookContext(db) };
  } catch (error) {
    process.stderr.write(
      `codebook: the database has no questionnaire versions yet (${error instanceof Error ? error.message.split("\n").at(-1) : String(error)}); printing the seed. Run \`npm run db:migrate\` or \`npm start\` once.\n`,
    );
    return { def: seedQuestionnaire, context: {} };
  } finally {
    await db.$disconnect();
  }
}

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const parsed = parseCodebookArgs(process.argv.slice(2));
if ("error" in parsed) {
  process.stderr.write(`${parsed.error}\n`);
  process.exitCode = 2;
} else {
  const { def, context } = await served();
  process.stdout.write(renderCodebook(def, parsed.format, context));
}
