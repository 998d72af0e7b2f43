// Running Debian's PSPP from tests (tests/export/sav.test.ts, tests/export/pspp.test.ts,
// tests/dashboard/crosstab-pspp.test.ts): whether it is installed (required in CI), running
// a syntax file with the CSV output driver, and reading that output's tables.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

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
