// Export benchmark (not a test): time and peak memory of the streamed CSV exports for
// 10,000 and 100,000 responses on SQLite and PostgreSQL, side by side in the same run with
// a raw dump of the same rows by the database's own tool (`sqlite3 -csv`, `psql \copy`).
// Writes bench/results-export.md. Usage: npm run bench:export [-- --sizes 10000,100000] [--keep]
// [--files responses.csv,responses.sav,responses.xlsx] [--providers sqlite] [--out bench/other.md].
// The .sav (SPSS system file) and .xlsx (Excel workbook) run beside the wide CSV.
//
// Each export runs in a fresh process (bench/export-run.ts) so its peak RSS is its own;
// the baselines run under /usr/bin/time. Data: distinct valid generated responses,
// written by the production batch writer in big batches (bench/lib/bulk-seed.ts).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { parseDatabaseUrl, type DatabaseTarget } from "../lib/db/url";
import {
  generateValidAnswers,
  mulberry32,
  questionnaire,
  validateSubmission,
  type Locale,
} from "../lib/questionnaire";
import { fillResponses, type FillTemplate } from "./lib/bulk-seed";

const ROOT = path.resolve(import.meta.dirname, "..");
const TMP = path.join(ROOT, ".tmp", "bench");
const POSTGRES_URL = process.env.POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DISTINCT = 2000;

function listArg(name: string): string[] | undefined {
  const i = process.argv.indexOf(name);
  const raw = i >= 0 ? process.argv[i + 1] : undefined;
  return raw ? raw.split(",") : undefined;
}

/** --files responses.csv,responses.sav,… (default: every file); --providers sqlite,postgresql; --out bench/x.md. */
const FILES = listArg("--files") ?? ["responses.csv", "responses-long.csv", "responses.sav", "responses.xlsx"];
const PROVIDERS = (listArg("--providers") ?? ["sqlite", "postgresql"]) as ("sqlite" | "postgresql")[];
const OUT = listArg("--out")?.[0] ?? path.join("bench", "results-export.md");

function parseSizes(): number[] {
  const i = process.argv.indexOf("--sizes");
  const raw = i >= 0 ? process.argv[i + 1] : undefined;
  return raw ? raw.split(",").map(Number) : [10_000, 100_000];
}

/** Distinct valid responses (both routing paths, all languages), reused round-robin. */
function templates(): FillTemplate[] {
  const rng = mulberry32(2026);
  const locales: Locale[] = ["kk", "ru", "en"];
  return Array.from({ length: DISTINCT }, (_, i) => {
    const locale = locales[i % 3] ?? "ru";
    const raw = generateValidAnswers(questionnaire, rng, { S1: i % 2 === 0 ? 1 : 2 }, { textLocale: locale === "en" ? "mixed" : locale, openRate: 0.6 });
    const v = validateSubmission(questionnaire, raw, locale);
    if (!v.ok) throw new Error("generated answers invalid");
    return { locale, answers: v.answers };
  });
}

const dayOf = (i: number) => `2026-03-${String(1 + (i % 28)).padStart(2, "0")}`;

/** Fills a migrated database through the production batch writer (bench/lib/bulk-seed.ts). */
async function fill(target: DatabaseTarget, n: number, all: FillTemplate[]): Promise<void> {
  const t = Date.now();
  const handle = createDb(target);
  await handle.ready;
  try {
    await fillResponses(handle.db, n, all, dayOf);
    if (handle.provider === "sqlite") await handle.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    else {
      await handle.db.$executeRawUnsafe(`VACUUM ANALYZE "Response"`);
      await handle.db.$executeRawUnsafe(`VACUUM ANALYZE "Answer"`);
    }
  } finally {
    await handle.db.$disconnect();
  }
  process.stderr.write(`${target.provider} ${n}: filled in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}

async function prepareSqlite(n: number, all: FillTemplate[]): Promise<DatabaseTarget> {
  const file = path.join(TMP, `export-${n}.db`);
  for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  const target = parseDatabaseUrl(`file:${file}`);
  await migrate(target, ROOT);
  await fill(target, n, all);
  return target;
}

async function preparePostgres(n: number, all: FillTemplate[]): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  const name = `tyndau_bench_export_${n}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const target = parseDatabaseUrl(url.toString());
  await migrate(target, ROOT);
  await fill(target, n, all);
  return {
    target,
    drop: async () => {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

type Measure = { seconds: number; cpuSeconds: number; maxRssMb: number; bytes?: number; rows?: number; firstByteMs?: number };

/** Heap cap for the "bounded memory" runs: far below the size of the data exported. */
const HEAP_CAP_MB = 48;

function runExport(url: string, file: string, engine: "driver" | "prisma", heapCapMb?: number): Measure {
  const result = spawnSync(
    process.execPath,
    [
      ...(heapCapMb ? [`--max-old-space-size=${heapCapMb}`] : []),
      "--conditions=react-server",
      "--import",
      "tsx",
      path.join(ROOT, "bench", "export-run.ts"),
      url,
      file,
      engine,
    ],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (result.status !== 0) throw new Error(`export-run failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop() ?? "{}") as Measure;
}

/** Wall time and peak RSS of a command, by GNU time; its output goes to /dev/null. */
function timeCommand(command: string, args: string[]): Measure {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", "--", command, ...args], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  const [seconds, user, system, kb] = (result.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number);
  return { seconds: seconds ?? NaN, cpuSeconds: (user ?? NaN) + (system ?? NaN), maxRssMb: (kb ?? NaN) / 1024 };
}

const DUMP_SQL = `SELECT "id", "questionnaireVersion", "locale", "submittedOn", "answers" FROM "Response" ORDER BY "id"`;

function fmt(m: Measure): string {
  return `${m.seconds.toFixed(2)} s | ${m.maxRssMb.toFixed(0)} MB`;
}

async function main(): Promise<void> {
  mkdirSync(TMP, { recursive: true });
  const sizes = parseSizes();
  const all = templates();
  const lines: string[] = [];
  const table: string[] = [
    "| Database | Responses | File | Engine | Wall time | CPU time | Peak RSS | First byte | Size | vs raw dump (wall) |",
    "| --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  const pgUp = spawnSync("psql", [POSTGRES_URL, "-Atc", "SELECT 1"], { encoding: "utf8" }).status === 0;
  for (const provider of PROVIDERS) {
    if (provider === "postgresql" && !pgUp) {
      lines.push(`PostgreSQL at ${POSTGRES_URL} unreachable: skipped.`);
      continue;
    }
    for (const n of sizes) {
      process.stderr.write(`${provider} ${n}: filling…\n`);
      let target: DatabaseTarget;
      let drop = async () => undefined as void;
      if (provider === "sqlite") target = await prepareSqlite(n, all);
      else ({ target, drop } = await preparePostgres(n, all));
      try {
        const raw =
          target.provider === "sqlite"
            ? timeCommand("sqlite3", ["-csv", target.filePath, DUMP_SQL])
            : timeCommand("psql", [target.url, "-qc", `\\copy (${DUMP_SQL}) TO '/dev/null' WITH CSV`]);
        const tool = provider === "sqlite" ? "`sqlite3 -csv`" : "`psql \\copy`";
        table.push(`| ${provider} | ${n.toLocaleString("en")} | raw dump | ${tool} | ${raw.seconds.toFixed(2)} s | ${raw.cpuSeconds.toFixed(2)} s (client) | ${raw.maxRssMb.toFixed(0)} MB | – | – | 1.0× |`);
        for (const file of FILES) {
          for (const [engine, cap] of [["driver", undefined], ["prisma", undefined], ["driver", HEAP_CAP_MB]] as const) {
            // The prisma engine is compared on the wide CSV only (the reader is the same for every file).
            if (engine === "prisma" && file !== "responses.csv") continue;
            process.stderr.write(`${provider} ${n}: ${file} (${engine}${cap ? `, heap ${cap} MB` : ""})…\n`);
            const m = runExport(target.url, file, engine, cap);
            table.push(
              `| ${provider} | ${n.toLocaleString("en")} | ${file} | ${engine}${cap ? `, heap capped at ${cap} MB` : ""} | ${m.seconds.toFixed(2)} s | ${m.cpuSeconds.toFixed(2)} s | ${m.maxRssMb.toFixed(0)} MB | ${(m.firstByteMs ?? 0).toFixed(0)} ms | ${((m.bytes ?? 0) / 1e6).toFixed(0)} MB | ${(m.seconds / Math.max(raw.seconds, 0.01)).toFixed(1)}× |`,
            );
            process.stderr.write(`  ${fmt(m)}\n`);
          }
        }
      } finally {
        // --keep leaves the databases in place for profiling (.tmp/bench, tyndau_bench_export_N).
        if (process.argv.includes("--keep")) continue;
        await drop();
        if (target.provider === "sqlite") for (const s of ["", "-wal", "-shm"]) rmSync(target.filePath + s, { force: true });
      }
    }
  }
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const sqliteVersion = execFileSync("sqlite3", ["--version"], { encoding: "utf8" }).split(" ")[0] ?? "?";
  const pgVersion = pgUp ? spawnSync("psql", [POSTGRES_URL, "-Atc", "SHOW server_version"], { encoding: "utf8" }).stdout.trim().replace(/^/, "PostgreSQL ") : "no PostgreSQL";
  const load = os.loadavg().map((l) => l.toFixed(1)).join(", ");
  const report = [
    "## Exports",
    "",
    `Run on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, SQLite ${sqliteVersion}, ${pgVersion}. Command: \`npm run bench:export\` (bench/export.ts). Load average at the end of the run: ${load} (the machine is shared; wall times grow with load, CPU times much less).`,
    "",
    `Each export runs in a fresh Node process that streams the file to /dev/null with backpressure (as the HTTP route does); time is from opening the export to the last byte, peak RSS is that process's maxRSS (Node itself is ~45–60 MB of it). The raw dump is the database's own tool writing the same rows (id, version, locale, date, answers JSON) as CSV, under \`/usr/bin/time\`. Engines: \`driver\` = a dedicated read-only better-sqlite3 connection / one pg connection (the default); \`prisma\` = the same keyset SQL through Prisma's \`$queryRawUnsafe\`. The "heap capped" rows rerun the driver export with \`--max-old-space-size=${HEAP_CAP_MB}\`: finishing a 50–450 MB file inside a 48 MB heap shows memory does not grow with the row count (peak RSS above that is V8's lazy collection plus Node and the native drivers).`,
    "",
    ...table,
    "",
    ...lines,
    "How to read it:",
    "",
    "- Target: the wide export of 100,000 responses in under 5 s. CPU time is the export's own work; wall time also counts waiting for the CPU, which on this shared 2-core machine depends on what else runs (see the load average above).",
    "- Memory: the heap-capped runs finish the same files with a 48 MB V8 heap, 10,000 or 100,000 responses alike, so memory does not grow with the row count; uncapped, V8 simply collects later.",
    "- The raw dump only copies one text column per row; the export parses every response's JSON, applies routing and the missing-data codes per column, neutralises formulas and quotes per RFC 4180, so a ratio of ~10–30× is the price of a file analysts can open directly.",
    "- First byte includes opening the connection (and, in this fresh process, loading the native SQLite driver, which the server has already loaded); the header row is sent before the first batch is read.",
    "- The long CSV is nine times larger (one row per answer, ~50 per response) and scales the same way.",
    "",
  ].join("\n");
  writeFileSync(path.resolve(ROOT, OUT), `${report}\n`);
  process.stdout.write(`${report}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
