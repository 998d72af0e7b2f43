// Running Debian's PSPP from tests (tests/export/sav.test.ts, tests/export/pspp.test.ts,
// tests/dashboard/crosstab-pspp.test.ts): whether it is installed (required in CI), running
// a syntax file with the CSV output driver, reading that output's tables, and a database
// plus working directory per suite.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll } from "vitest";
import { createDb, type Db, type DbHandle } from "@/lib/db/client";
import { TMP_DIR, type TestDatabase } from "./databases";

export const hasPspp = spawnSync("pspp", ["--version"]).status === 0;
if (!hasPspp && process.env.CI === "true") throw new Error("pspp is not installed; .ci/run installs it (apt-get install -y pspp)");

export type Table = { title: string; rows: string[][] };

/** PSPP's CSV output driver writes tables as "Table: <title>" followed by rows and a blank line. */
export function tables(output: string): Table[] {
  const out: Table[] = [];
  for (const block of output.split(/\r?\n\r?\n/)) {
    const [line, ...rest] = block.split(/\r?\n/);
    // A title holding a comma or a quote is itself a quoted CSV field.
    const first = line?.startsWith('"') ? ((parse(line) as string[][])[0]?.[0] ?? "") : line;
    if (!first?.startsWith("Table: ")) continue;
    out.push({ title: first.slice("Table: ".length), rows: parse(rest.join("\n"), { relax_column_count: true }) as string[][] });
  }
  return out;
}

/** Runs `pspp -o out.csv <syntax>` in `dir`: PSPP's own log (stdout) and the CSV output. */
export function runPspp(dir: string, syntax = "check.sps"): { log: string; output: string } {
  const log = execFileSync("pspp", ["-o", "out.csv", syntax], { cwd: dir, encoding: "utf8" });
  return { log, output: readFileSync(path.join(dir, "out.csv"), "utf8") };
}

export interface PsppWorkspace<T> {
  /** A working directory for the syntax, the data and PSPP's output (kept with KEEP_PSPP=1). */
  readonly dir: string;
  readonly database: TestDatabase;
  readonly handle: DbHandle;
  /** What `fill` put into the database. */
  readonly data: T;
}

/**
 * For a describeEachDatabase body: a fresh database filled once by `fill`, a client on it
 * and a working directory for PSPP, all removed after the suite.
 */
export function usePsppWorkspace<T>(name: string, create: () => Promise<TestDatabase>, fill: (db: Db) => Promise<T>, timeout = 120_000): PsppWorkspace<T> {
  const dir = path.join(TMP_DIR, `${name}-${process.pid}`);
  let database: TestDatabase | undefined;
  let handle: DbHandle | undefined;
  let data: T | undefined;
  const ready = <V>(value: V | undefined): V => {
    if (value === undefined) throw new Error("the PSPP workspace is used before its beforeAll ran");
    return value;
  };
  beforeAll(async () => {
    database = await create();
    handle = createDb(database.target);
    await handle.ready;
    data = await fill(handle.db);
    mkdirSync(dir, { recursive: true });
  }, timeout);
  afterAll(async () => {
    await handle?.db.$disconnect();
    await database?.drop();
    if (process.env.KEEP_PSPP !== "1") rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir,
    get database() {
      return ready(database);
    },
    get handle() {
      return ready(handle);
    },
    get data() {
      return ready(data);
    },
  };
}
