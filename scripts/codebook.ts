// Prints the codebook generated from the questionnaire definition.
// Usage: npm run codebook -- --format md|csv|json   (default: md)
import { parseCodebookArgs, renderCodebook } from "../lib/questionnaire/codebook";
import { questionnaire } from "../lib/questionnaire/definition";

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
  process.stdout.write(renderCodebook(questionnaire, parsed.format));
}
