// The export routes as the server runs them: the real route handlers with a real session
// cookie, on a fresh SQLite database named by DATABASE_URL (the app's own client reads
// it). Checks authorization, download headers, 400s for bad options, and the audit entry
// written when a stream completes or is abandoned.
import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { createSession } from "@/lib/auth/session";
import { SESSION_COOKIE } from "@/lib/auth/config";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";
import ExcelJS from "exceljs";
import { storeVersion, textVersion } from "@/tests/support/text-version";
import { submitGenerated, type Submitted } from "./support";

type Handler = (request: Request) => Promise<Response>;

describe("export routes", () => {
  let database: TestDatabase;
  let db: Db;
  let routes: Record<string, Handler>;
  let analystCookie: string;
  let analystId: string;
  let submitted: Submitted[];

  beforeAll(async () => {
    database = await createSqliteDatabase();
    process.env.DATABASE_URL = database.url;
    const client = await import("@/lib/db/client");
    db = await client.getDb();
    routes = {
      "responses.csv": (await import("@/app/api/admin/export/responses.csv/route")).GET,
      "responses-long.csv": (await import("@/app/api/admin/export/responses-long.csv/route")).GET,
      "codebook.csv": (await import("@/app/api/admin/export/codebook.csv/route")).GET,
      "codebook.md": (await import("@/app/api/admin/export/codebook.md/route")).GET,
      "responses.sps": (await import("@/app/api/admin/export/responses.sps/route")).GET,
      "responses.sav": (await import("@/app/api/admin/export/responses.sav/route")).GET,
      "responses.xlsx": (await import("@/app/api/admin/export/responses.xlsx/route")).GET,
    };
    analystId = randomUUID();
    await db.staffUser.create({ data: { id: analystId, email: "analyst@tyndau.test", passwordHash: "unused", role: "analyst", locale: "kk" } });
    const { token } = await createSession(db, analystId);
    analystCookie = `${SESSION_COOKIE}=${token}`;
    submitted = await submitGenerated(db, 40, 3);
  }, 60_000);
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  const call = (file: string, query = "", cookie?: string) => {
    const handler = routes[file];
    if (!handler) throw new Error(`no route ${file}`);
    return handler(new Request(`http://127.0.0.1/api/admin/export/${file}${query}`, { headers: cookie ? { cookie } : {} }));
  };

  async function lastAudit() {
    const entry = await db.auditLog.findFirst({ where: { action: "export" }, orderBy: { id: "desc" } });
    return entry ? { ...entry, details: JSON.parse(entry.details) as Record<string, unknown> } : undefined;
  }

  it("refuses anonymous requests to every file with 401", async () => {
    for (const file of Object.keys(routes)) {
      const response = await call(file);
      expect(response.status, file).toBe(401);
    }
    const bogus = await call("responses.csv", "", `${SESSION_COOKIE}=not-a-real-token`);
    expect(bogus.status).toBe(401);
  });

  it("streams the wide CSV to an analyst with download headers, and audits who, what and how many", async () => {
    const response = await call("responses.csv", "?sep=semicolon&gender=1&values=labels", analystCookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="responses.csv"');
    expect(response.headers.get("cache-control")).toBe("no-store");
    const rows = parse(await response.text(), { bom: true, delimiter: ";" }) as string[][];
    const expected = submitted.filter((s) => s.answers.Q1 === 1);
    expect(rows.length - 1).toBe(expected.length);
    const entry = await lastAudit();
    expect(entry?.actorId).toBe(analystId);
    expect(entry?.actorEmail).toBe("analyst@tyndau.test");
    expect(entry?.details).toMatchObject({
      file: "responses.csv",
      filters: { gender: "1" },
      options: { values: "labels", sep: "semicolon", lang: "kk" },
      rows: expected.length,
      status: "completed",
    });
    // The audit log never holds respondents' answers.
    expect(JSON.stringify(entry?.details)).not.toMatch(/Q\d+_other|ӘКІМ/);
  });

  it("labels default to the staff member's language", async () => {
    const text = await (await call("responses.csv", "?header=text", analystCookie)).text();
    const [, labels] = parse(text, { bom: true }) as string[][];
    expect(labels?.[0]).toBe("Жауап идентификаторы");
  });

  it("records an abandoned download as aborted", async () => {
    const response = await call("responses-long.csv", "?bom=0", analystCookie);
    const reader = response.body?.getReader();
    const first = await reader?.read();
    expect(new TextDecoder().decode(first?.value)).toMatch(/^response_id,variable,code,label,text\r\n/);
    await reader?.cancel();
    const entry = await lastAudit();
    expect(entry?.details).toMatchObject({ file: "responses-long.csv", status: "aborted" });
  });

  it("answers 400 naming every bad option or filter", async () => {
    const response = await call("responses.csv", "?sep=pipe&values=words&bom=maybe&region=x&from=yesterday", analystCookie);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { problems: { param: string }[] };
    expect(body.problems.map((p) => p.param).sort()).toEqual(["bom", "from", "region", "sep", "values"]);
  });

  it("serves the codebook (CSV and Markdown) and the SPSS syntax, each audited", async () => {
    const csv = await call("codebook.csv", "?sep=semicolon", analystCookie);
    expect(csv.status).toBe(200);
    const records = parse(await csv.text(), { bom: true, delimiter: ";" }) as string[][];
    expect(records[0]?.[0]).toBe("variable");
    // "-1 = not asked" would open in Excel as a broken formula: neutralised like any text.
    expect(records.flat().filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(records.flat().some((c) => c.startsWith("'-1 = not asked"))).toBe(true);
    expect((await lastAudit())?.details).toMatchObject({ file: "codebook.csv", status: "completed" });

    const md = await call("codebook.md", "", analystCookie);
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(await md.text()).toContain("## Missing-data convention");

    const sps = await call("responses.sps", "?lang=en&sep=tab&file=survey.csv", analystCookie);
    const bytes = new Uint8Array(await sps.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const syntax = new TextDecoder().decode(bytes);
    expect(syntax).toContain("/FILE='survey.csv'");
    expect(syntax).toContain('/DELIMITERS="\\t"');
    expect((await lastAudit())?.details).toMatchObject({ file: "responses.sps", options: { lang: "en", sep: "tab", file: "survey.csv" } });
    const badFile = await call("responses.sps", "?file=x'.csv", analystCookie);
    expect(badFile.status).toBe(400);
  });

  it("streams the .sav and the .xlsx to an analyst with download headers, each audited with its options and count", async () => {
    const sav = await call("responses.sav", "?lang=en&gender=1", analystCookie);
    expect(sav.status).toBe(200);
    expect(sav.headers.get("content-type")).toBe("application/x-spss-sav");
    expect(sav.headers.get("content-disposition")).toBe('attachment; filename="responses.sav"');
    const bytes = new Uint8Array(await sav.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe("$FL2");
    const expected = submitted.filter((s) => s.answers.Q1 === 1).length;
    expect((await lastAudit())?.details).toMatchObject({ file: "responses.sav", options: { lang: "en" }, filters: { gender: "1" }, rows: expected, status: "completed" });

    const xlsx = await call("responses.xlsx", "?values=labels", analystCookie);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const zip = new Uint8Array(await xlsx.arrayBuffer());
    expect([...zip.slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect((await lastAudit())?.details).toMatchObject({ file: "responses.xlsx", options: { values: "labels", lang: "kk" }, rows: submitted.length, status: "completed" });
  });

  it("after a text version is published, every codebook lists the change and labels come from it", async () => {
    const { seedQuestionnaire } = await import("@/lib/questionnaire/definition");
    const { invalidateActiveQuestionnaire } = await import("@/lib/questionnaire/active.server");
    const { versionOf } = await import("@/lib/questionnaire/version");
    const next = textVersion(seedQuestionnaire, seedQuestionnaire.version + 1, {
      "Q9.options.1.label": { kk: "ТҮЗЕТІЛГЕН БЕЛГІ" },
      "Q11.help": { ru: "Исправленная подсказка" },
    });
    await storeVersion(db, next);
    invalidateActiveQuestionnaire(db);
    const key = versionOf(next);

    const md = await (await call("codebook.md", "", analystCookie)).text();
    expect(md).toContain(`### ${key} (changes from ${versionOf(seedQuestionnaire)})`);
    expect(md).toContain("| `Q9.options.1.label` | kk |");
    expect(md).toContain("ТҮЗЕТІЛГЕН БЕЛГІ");
    expect(md).toContain(`labels in every export file are from version ${next.version}`);

    const csv = parse(await (await call("codebook.csv", "", analystCookie)).text(), { bom: true }) as string[][];
    const header = csv[0] ?? [];
    const q9 = csv.find((r) => r[0]?.startsWith("Q9"));
    expect(q9?.[header.indexOf("text_changes")]).toContain("«ТҮЗЕТІЛГЕН БЕЛГІ»");
    expect(q9?.[header.indexOf("labels_version")]).toBe(key);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await call("responses.xlsx", "", analystCookie)).arrayBuffer());
    const sheet = workbook.getWorksheet("Text versions");
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(["version", "previous_version", "string", "item", "field", "language", "before", "after"]);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[5], r[7]])).toEqual([
      [key, "Q9.options.1.label", "kk", "ТҮЗЕТІЛГЕН БЕЛГІ"],
      [key, "Q11.help", "ru", "Исправленная подсказка"],
    ]);
  });
});
