// Exports end to end on the production build: an analyst signs in, opens the Export page,
// downloads the wide CSV with semicolons and gets a file that parses, with Kazakh and
// Russian text intact and a formula payload neutralised; then the SPSS system file (read by
// PSPP) and the Excel workbook (read by exceljs); anonymous requests get 401.
// The database is shared with other specs: rows are compared with what this test added.
import { execFileSync, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import { generateValidAnswers, mulberry32, questionnaire, questionnaireVersion, validateSubmission, type Locale } from "@/lib/questionnaire";
import { E2E_DATABASE_FILE } from "./support/paths";

const FILES = ["responses.csv", "responses-long.csv", "codebook.csv", "codebook.md", "responses.sps", "responses.sav", "responses.xlsx"];
const hasPspp = spawnSync("pspp", ["--version"]).status === 0;

test("anonymous requests to every export get 401", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const file of FILES) {
    const response = await anonymous.get(`/api/admin/export/${file}`);
    expect(response.status(), file).toBe(401);
  }
  await anonymous.dispose();
});

test("an analyst downloads the wide CSV from the Export page and it parses", async ({ page }) => {
  // An analyst account of this test's own, made with the project's CLI.
  const email = `analyst-${randomUUID().slice(0, 8)}@tyndau.test`;
  const password = `e2e-${randomUUID()}`;
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/staff.ts", "add", email, "--role", "analyst", "--locale", "en", "--password-stdin"], {
    input: `${password}\n`,
    env: { ...process.env, DATABASE_URL: `file:./${E2E_DATABASE_FILE}` },
    stdio: ["pipe", "ignore", "inherit"],
  });

  // Responses to find in the file: Kazakh and Russian open answers and a formula payload.
  const typed: { locale: Locale; text: string }[] = [
    { locale: "kk", text: `Әкімдік ашық болсын ${randomUUID().slice(0, 6)}` },
    { locale: "ru", text: `Ещё больше открытости, «диалог» ${randomUUID().slice(0, 6)}` },
    { locale: "en", text: `=HYPERLINK("http://example.invalid","x") ${randomUUID().slice(0, 6)}` },
  ];
  const ids: string[] = [];
  for (const [i, t] of typed.entries()) {
    const answers = generateValidAnswers(questionnaire, mulberry32(4200 + i), { S1: 2, Q22: t.text });
    const valid = validateSubmission(questionnaire, answers, t.locale);
    if (!valid.ok) throw new Error("generated an invalid response");
    const id = randomUUID();
    ids.push(id);
    const response = await page.request.post("/api/responses", { data: { id, questionnaireVersion, locale: t.locale, answers: valid.answers } });
    expect(response.status()).toBe(201);
  }

  await page.goto("/admin/sign-in");
  await page.getByRole("textbox", { name: /email|пошта|почта/i }).fill(email);
  await page.getByLabel(/^(Password|Пароль|Құпиясөз)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|Войти|Кіру)$/ }).click();
  await expect(page).not.toHaveURL(/sign-in/);

  await page.goto("/admin/export");
  await expect(page.getByRole("heading", { level: 1, name: "Download data" })).toBeVisible();

  // Accessible (WCAG 2.2 A/AA rules) and no sideways scrolling on a 320 px phone.
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("radio", { name: /^Semicolon/ }).check();
  await page.getByRole("radio", { name: "Русский" }).check();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Responses, one row per response (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("responses.csv");
  const path = await download.path();
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(bytes.toString("utf8"), { bom: true, delimiter: ";" }) as string[][];
  const [header, ...data] = rows;
  expect(header?.slice(0, 5)).toEqual(["response_id", "submitted_on", "lang", "questionnaire_version", "S1"]);
  const q22 = header?.indexOf("Q22") ?? -1;
  for (const [i, id] of ids.entries()) {
    const row = data.find((r) => r[0] === id);
    expect(row, `response ${id} is in the file`).toBeDefined();
    expect(row?.length).toBe(header?.length);
    const expected = typed[i]?.text.toLocaleUpperCase(typed[i]?.locale) ?? "";
    expect(row?.[q22]).toBe(expected.startsWith("=") ? `'${expected}` : expected);
  }

  // The download is in the audit log: who, which file, how many rows.
  const db = new Database(E2E_DATABASE_FILE, { readonly: true });
  try {
    const entry = db
      .prepare(`SELECT "details" FROM "AuditLog" WHERE "action" = 'export' AND "actorEmail" = ? ORDER BY "id" DESC LIMIT 1`)
      .get(email) as { details: string } | undefined;
    expect(JSON.parse(entry?.details ?? "{}")).toMatchObject({ file: "responses.csv", rows: data.length, status: "completed", options: { sep: "semicolon", lang: "ru" } });
  } finally {
    db.close();
  }

  // The SPSS system file: a "$FL2" header, and PSPP reads every case with the Kazakh and Russian texts.
  const savDownloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "SPSS data file (.sav)" }).click();
  const sav = await savDownloading;
  expect(sav.suggestedFilename()).toBe("responses.sav");
  const savBytes = readFileSync(await sav.path());
  expect(savBytes.subarray(0, 4).toString("latin1")).toBe("$FL2");
  if (hasPspp) {
    const dir = mkdtempSync(join(tmpdir(), "e2e-sav-"));
    try {
      writeFileSync(join(dir, "responses.sav"), savBytes);
      writeFileSync(join(dir, "read.sps"), "GET FILE='responses.sav'.\nSAVE TRANSLATE /OUTFILE='back.csv' /TYPE=CSV /FIELDNAMES /REPLACE /CELLS=VALUES.\n");
      execFileSync("pspp", ["-o", "out.csv", "read.sps"], { cwd: dir, encoding: "utf8" });
      expect(readFileSync(join(dir, "out.csv"), "utf8")).not.toMatch(/^(error|warning)/im);
      const back = parse(readFileSync(join(dir, "back.csv"), "utf8"), { bom: true }) as string[][];
      expect(back[0]).toEqual(header);
      expect(back.length - 1).toBe(data.length);
      for (const [i, id] of ids.entries()) {
        const row = back.find((r) => (r[0] ?? "").trim() === id);
        expect(row, `response ${id} is in the .sav`).toBeDefined();
        expect(row?.[q22]?.trimEnd()).toBe(typed[i]?.text.toLocaleUpperCase(typed[i]?.locale));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // The Excel workbook: the same header, the texts as string cells (no apostrophe, no formula).
  const xlsxDownloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Excel workbook (.xlsx)" }).click();
  const xlsx = await xlsxDownloading;
  expect(xlsx.suggestedFilename()).toBe("responses.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("the workbook has no sheet");
  const xlsxHeader = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  expect(xlsxHeader).toEqual(header);
  expect(sheet.rowCount - 1).toBe(data.length);
  const xlsxRows = new Map<string, ExcelJS.Row>();
  sheet.eachRow((row, n) => {
    if (n > 1) xlsxRows.set(String(row.getCell(1).value), row);
  });
  for (const [i, id] of ids.entries()) {
    const cell = xlsxRows.get(id)?.getCell(q22 + 1);
    expect(cell?.type, `Q22 of ${id}`).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(typed[i]?.text.toLocaleUpperCase(typed[i]?.locale));
  }
});
