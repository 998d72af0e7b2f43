// `npm run backup -- [--out FILE] [--dir DIR] [--keep N]`: a consistent online
// backup of DATABASE_URL while the app keeps running (lib/ops/backup.ts).
//   --out FILE   write exactly this file (atomically: temp file, fsync, rename)
//   --dir DIR    write DIR/tyndau-<UTC timestamp>.sqlite|.pgdump (default ./backups)
//   --keep N     afterwards keep only the newest N such files in DIR (rotation)
//   --json       print the summary as one JSON line (for lib/ops/download.ts)
// Prints the questionnaire version(s) and row counts. Exit 1 with one line on failure.
import path from "node:path";
import { parseDatabaseUrl } from "../lib/db/url";
import { backupDatabase, defaultBackupName, formatSummary } from "../lib/ops/backup";
import { rotateBackups } from "../lib/ops/rotate";

const USAGE = "usage: npm run backup -- [--out FILE | --dir DIR] [--keep N] [--json]";

function fail(message: string): never {
  console.error(`tyndau: ${message}`);
  process.exit(1);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) fail(`${name} needs a value\n${USAGE}`);
  return value;
}

const argv = process.argv.slice(2);
const json = argv.includes("--json");
const args = argv.filter((a) => a !== "--json");
if (args.includes("--help") || args.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}
const known = new Set(["--out", "--dir", "--keep"]);
for (let i = 0; i < args.length; i += 2) if (!known.has(args[i]!)) fail(`unknown argument ${args[i]}\n${USAGE}`);

try {
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  const out = option(args, "--out");
  const dir = option(args, "--dir") ?? process.env.BACKUP_DIR ?? "backups";
  const keepArg = option(args, "--keep");
  if (out && keepArg) fail("--keep rotates the files in --dir; it cannot be used with --out");
  const file = out ?? path.join(dir, defaultBackupName(target.provider));
  const summary = await backupDatabase(target, file);
  console.log(json ? JSON.stringify(summary) : formatSummary(summary));
  if (keepArg) {
    const removed = rotateBackups(path.resolve(dir), Number(keepArg));
    console.log(`rotation: kept the newest ${keepArg}, removed ${removed.length}${removed.length ? `: ${removed.map((f) => path.basename(f)).join(", ")}` : ""}`);
  }
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
