// `npm run questionnaire` as a team would run it: the real script under tsx, on a fresh
// SQLite database: status, strings --out, an edited workbook imported, a bad one refused
// with exit status 1 and nothing applied, publish, and status showing the new version.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqliteDatabase, TMP_DIR, type TestDatabase } from "@/tests/support/databases";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const OPTION = "Q9.options.3.label";

let database: TestDatabase;
let dir: string;

/** Runs the script asynchronously (a synchronous spawn would block this worker). */
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, "--conditions=react-server", path.join(ROOT, "scripts", "questionnaire.ts"), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: "production" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function editWorkbook(file: string, out: string, mutate: (sheet: ExcelJS.Worksheet, row: (key: string) => number) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet("Strings");
  if (!sheet) throw new Error("no Strings sheet");
  const row = (key: string) => {
    for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === key) return r;
    throw new Error(`no row ${key}`);
  };
  mutate(sheet, row);
  await book.xlsx.writeFile(out);
}

beforeAll(async () => {
  database = await createSqliteDatabase();
  dir = mkdtempSync(path.join(TMP_DIR, "questionnaire-cli-"));
});

afterAll(async () => {
  await database?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("npm run questionnaire", () => {
  it("status, strings, import (good and bad), publish", async () => {
    const status = await cli("status");
    expect(status.stderr).toBe("");
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^active version: hearing-state@\d+$/m);
    expect(status.stdout).toMatch(/^changed texts: 0$/m);
    const active = /^active version: (hearing-state@\d+)$/m.exec(status.stdout)?.[1];

    const xlsx = path.join(dir, "strings.xlsx");
    const wrote = await cli("strings", "--out", xlsx);
    expect(wrote.code).toBe(0);
    expect(wrote.stdout).toMatch(/^wrote .*strings\.xlsx: \d+ strings of hearing-state@\d+ \(xlsx\)$/m);

    // A bad workbook: one good edit and one unknown key; refused, nothing applied.
    const bad = path.join(dir, "bad.xlsx");
    await editWorkbook(xlsx, bad, (s, row) => {
      s.getCell(row(OPTION), 3).value = "Жаңа белгі";
      s.getCell(row("intro"), 1).value = "intro.typo";
    });
    const refused = await cli("import", bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Row \d+ \(intro\.typo\): the key is not a string of this questionnaire/m);
    expect(refused.stderr).toMatch(/refused, nothing applied \(1 problem\(s\)\)/);
    expect((await cli("status")).stdout).toMatch(/^changed texts: 0$/m);

    const good = path.join(dir, "good.xlsx");
    await editWorkbook(xlsx, good, (s, row) => {
      s.getCell(row(OPTION), 3).value = "Жаңа белгі";
    });
    const imported = await cli("import", good);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(new RegExp(`^${OPTION.replace(/\./g, "\\.")} kk: ".*" → "Жаңа белгі"$`, "m"));
    const changed = await cli("status");
    expect(changed.stdout).toMatch(/^changed texts: 1$/m);
    expect(changed.stdout).toContain(`${OPTION} kk:`);

    const published = await cli("publish");
    expect(published.stderr).toBe("");
    expect(published.code).toBe(0);
    expect(published.stdout).toMatch(new RegExp(`^published hearing-state@\\d+ \\(after ${active}\\), 1 text\\(s\\) changed$`, "m"));
    const after = await cli("status");
    expect(after.stdout).not.toContain(`active version: ${active}\n`);
    expect(after.stdout).toMatch(/^changed texts: 0$/m);

    const audit = await cli("publish");
    expect(audit.code).toBe(1);
  }, 240_000);

  it("prints its usage for an unknown command", async () => {
    const r = await cli("frobnicate");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("usage: npm run questionnaire");
  });
});
