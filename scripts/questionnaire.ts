// `npm run questionnaire -- <command>`: the questionnaire's wording from the command line,
// for teams that keep the strings workbook in version control.
//   status                      the active version, the draft's strings by status, what it changes
//   strings --out F.xlsx|F.csv  writes the draft's strings (the workbook translators edit)
//   import F.xlsx|F.csv         applies an edited workbook to the draft, all or nothing
//   publish                     publishes the draft as the next version
// Same database as the app (DATABASE_URL). Changes are audited with via = "cli".
// Exit status 1 when anything is refused; problems are printed one a line, by row.
import { readFileSync, writeFileSync } from "node:fs";
import { getDb } from "../lib/db/client";
import { loadDraft } from "../lib/questionnaire/editing/draft.server";
import { publishDraft } from "../lib/questionnaire/editing/publish.server";
import { STRING_STATUSES, type EditActing, type StringStatus } from "../lib/questionnaire/editing/types";
import { LOCALES, isLocale, type Locale } from "../lib/questionnaire/locale";
import { importStrings, stringsFile } from "../lib/questionnaire/strings/spreadsheet.server";

const USAGE = `usage: npm run questionnaire -- <command>
  status
  strings --out <file.xlsx|file.csv> [--lang kk|ru|en]
  import <file.xlsx|file.csv> [--lang kk|ru|en]
  publish`;

const CLI: EditActing = { actor: null, via: "cli" };

function fail(message: string): never {
  console.error(`questionnaire: ${message}`);
  process.exit(1);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function langOf(args: string[]): Locale {
  const lang = option(args, "--lang") ?? "en";
  if (!isLocale(lang)) fail("--lang must be kk, ru or en");
  return lang;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}…` : text);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const db = await getDb();
  try {
    switch (command) {
      case "status": {
        const draft = await loadDraft(db);
        console.log(`active version: ${draft.baseVersion}`);
        console.log(`next version: ${draft.nextVersion}`);
        console.log(`source language: ${draft.sourceLocale}`);
        console.log(draft.stored ? `draft: revision ${draft.revision}${draft.updatedBy ? `, last saved by ${draft.updatedBy}` : ""}` : "draft: none (the active version unchanged)");
        const counts = Object.fromEntries(STRING_STATUSES.map((s) => [s, 0])) as Record<StringStatus, number>;
        for (const s of draft.strings) for (const l of LOCALES) counts[s.status[l]] += 1;
        console.log(`strings: ${draft.strings.length} (${draft.strings.length * LOCALES.length} texts)`);
        console.log(`  ${STRING_STATUSES.map((s) => `${s} ${counts[s]}`).join(", ")}`);
        const changed = draft.strings.flatMap((s) => LOCALES.filter((l) => s.text[l] !== s.published[l]).map((l) => ({ s, l })));
        console.log(`changed texts: ${changed.length}`);
        for (const { s, l } of changed) console.log(`  ${s.key} ${l}: ${quote(s.published[l])} → ${quote(s.text[l])}`);
        for (const w of draft.warnings) console.log(`warning: ${w.message}`);
        const missing = counts.missing;
        if (missing > 0) console.log(`publishing is refused while ${missing} text(s) are missing`);
        return 0;
      }
      case "strings": {
        const out = option(args, "--out");
        if (!out) fail(`strings needs --out <file.xlsx|file.csv>\n${USAGE}`);
        const format = out.toLowerCase().endsWith(".csv") ? "csv" : "xlsx";
        const file = await stringsFile(db, format, langOf(args));
        writeFileSync(out, file.body);
        console.log(`wrote ${out}: ${file.count} strings of ${file.baseVersion} (${format})`);
        return 0;
      }
      case "import": {
        const path = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--lang");
        if (!path) fail(`import needs a file\n${USAGE}`);
        let bytes: Uint8Array;
        try {
          bytes = readFileSync(path);
        } catch (error) {
          fail(`cannot read ${path}: ${(error as Error).message}`);
        }
        const outcome = await importStrings(db, bytes, CLI, langOf(args));
        if (!outcome.ok) {
          for (const p of outcome.problems) console.error(p.message);
          console.error(`questionnaire: ${path} refused, nothing applied (${outcome.problems.length} problem(s))`);
          return 1;
        }
        if (outcome.changed.length === 0) console.log(`${path} changes nothing`);
        for (const c of outcome.changed) console.log(`${c.key} ${c.locale}: ${quote(c.before)} → ${quote(c.after)}`);
        if (outcome.changed.length > 0) console.log(`applied ${outcome.changed.length} change(s) to the draft`);
        return 0;
      }
      case "publish": {
        const result = await publishDraft(db, CLI);
        if (!result.ok) {
          for (const p of result.problems) console.error(p.message);
          console.error(`questionnaire: publishing refused (${result.problems.length} problem(s))`);
          return 1;
        }
        console.log(`published ${result.version} (after ${result.previous}), ${result.changed.length} text(s) changed`);
        for (const c of result.changed) console.log(`  ${c.key} ${c.locale}: ${quote(c.before)} → ${quote(c.after)}`);
        return 0;
      }
      default:
        fail(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
    }
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => fail(e instanceof Error ? e.message : String(e)),
);
