// Upgrading from the first release: a database created with ONLY migration
// 0001 (what release 1 shipped), holding data written the way release 1 wrote
// it (raw SQL against 0001's tables: Response.seq, Answer.responseSeq, …),
// then every later migration applied in order by lib/db/migrate.ts, exactly as
// `npm run db:migrate` does before a new version starts. Nothing is lost: every
// response, answer row, staff account and audit entry is still there, and the
// exports equal those of a database the current version filled itself.
// On SQLite and on PostgreSQL.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { parse } from "csv-parse/sync";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { migrate, migrationsDir, readMigrations } from "@/lib/db/migrate";
import type { DatabaseTarget } from "@/lib/db/url";
import { openCsvExport, type CsvExportFile } from "@/lib/export/csv-export";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from "@/lib/export/options";
import { LOCALES, generateValidAnswers, mulberry32, questionnaire, questionnaireVersion, type Answers, type Locale } from "@/lib/questionnaire";
import { answersHash, canonicalJson } from "@/lib/responses/canonical";
import { filterColumns } from "@/lib/responses/filter-columns";
import { storeRecords } from "@/lib/responses/batch-store";
import { answerRows, type ResponseRecord } from "@/lib/responses/raw-batch-write";
import { recordQuestionnaireVersion } from "@/lib/responses/versions";
import { describeEachDatabase, TMP_DIR, type TestDatabase } from "@/tests/support/databases";
import { auditStore } from "@/tests/system/support/verify-store";

process.env.RESULTS_DELAY = "none";

const ROOT = path.resolve(import.meta.dirname, "../..");
const COUNT = 60;

/** Release 1's records: varied answers, locales and (past) submission days. */
function releaseOneRecords(): ResponseRecord[] {
  const rng = mulberry32(20260301);
  return Array.from({ length: COUNT }, (_, i) => {
    const hex = (w: number) => Array.from({ length: w }, () => Math.floor(rng() * 16).toString(16)).join("");
    const id = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
    return {
      id,
      questionnaireVersion,
      locale: LOCALES[i % LOCALES.length] as Locale,
      submittedOn: `2026-03-${String(1 + (i % 28)).padStart(2, "0")}`,
      answers: generateValidAnswers(questionnaire, rng) as Answers,
    };
  });
}

type Sql = { run: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>; close: () => Promise<void> };

async function rawConnection(target: DatabaseTarget): Promise<Sql> {
  if (target.provider === "sqlite") {
    const db = new Database(target.filePath);
    return {
      run: async (sql, params = []) => {
        const stmt = db.prepare(sql);
        return stmt.reader ? (stmt.all(...params) as Record<string, unknown>[]) : (stmt.run(...params), []);
      },
      close: async () => void db.close(),
    };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return {
    run: async (sql, params = []) => {
      let n = 0;
      return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows as Record<string, unknown>[];
    },
    close: () => client.end(),
  };
}

/** Writes the records as release 1 did: Response rows keyed by seq, Answer rows pointing at seq. */
async function writeAsReleaseOne(sql: Sql, provider: DatabaseTarget["provider"], records: ResponseRecord[]): Promise<void> {
  const now = new Date("2026-03-28T12:00:00.000Z");
  const stamp = provider === "sqlite" ? now.toISOString().replace("Z", "+00:00") : now;
  const no = provider === "sqlite" ? 0 : false;
  await sql.run(`INSERT INTO "QuestionnaireVersion" ("key","id","version","definition") VALUES (?,?,?,?)`, [
    questionnaireVersion,
    questionnaire.id,
    questionnaire.version,
    JSON.stringify(questionnaire),
  ]);
  for (const r of records) {
    const f = filterColumns(questionnaire, r.answers);
    await sql.run(
      `INSERT INTO "Response" ("id","questionnaireVersion","locale","submittedOn","answers","answersHash","screening","gender","ageGroup","region") VALUES (?,?,?,?,?,?,?,?,?,?)`,
      [r.id, r.questionnaireVersion, r.locale, r.submittedOn, canonicalJson(r.answers), answersHash(r.answers), f.screening, f.gender, f.ageGroup, f.region],
    );
    const seq = (await sql.run(`SELECT "seq" FROM "Response" WHERE "id" = ?`, [r.id]))[0]!.seq;
    for (const a of answerRows(r.answers)) {
      await sql.run(`INSERT INTO "Answer" ("responseSeq","variable","code","text") VALUES (?,?,?,?)`, [seq, a.variable, a.code ?? null, a.text ?? null]);
    }
  }
  await sql.run(`INSERT INTO "StaffUser" ("id","email","passwordHash","role","disabled","locale","updatedAt") VALUES (?,?,?,?,?,?,?)`, [
    "staff-1",
    "admin@example.org",
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaA",
    "admin",
    no,
    "kk",
    stamp,
  ]);
  await sql.run(`INSERT INTO "AuditLog" ("actorId","actorEmail","action","details") VALUES (?,?,?,?)`, ["staff-1", "admin@example.org", "sign-in", "{}"]);
  await sql.run(`INSERT INTO "AuditLog" ("actorId","actorEmail","action","details") VALUES (?,?,?,?)`, ["staff-1", "admin@example.org", "survey-closed", '{"via":"ui"}']);
  await sql.run(`INSERT INTO "Setting" ("key","value","updatedAt") VALUES (?,?,?)`, ["survey.status", "closed", stamp]);
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

async function exportById(target: DatabaseTarget, file: CsvExportFile, overrides: Partial<ExportOptions>): Promise<{ header: string; rows: Map<string, string> }> {
  const options: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, bom: false, ...overrides, file };
  const records = parse(await readAll(await openCsvExport({ file, options, filters: {}, target, def: questionnaire })), {}) as string[][];
  const [header, ...data] = records;
  const rows = new Map<string, string[][]>();
  for (const r of data) rows.set(r[0]!, [...(rows.get(r[0]!) ?? []), r]);
  return { header: JSON.stringify(header), rows: new Map([...rows].map(([id, rs]) => [id, JSON.stringify(rs)])) };
}

await describeEachDatabase("upgrade from the first release", ({ provider, create }) => {
  const records = releaseOneRecords();
  let upgraded: TestDatabase;
  let reference: TestDatabase;
  const firstReleaseRoot = path.join(TMP_DIR, `release-1-${provider}-${process.pid}`);
  const all = readMigrations(migrationsDir(provider, ROOT)).map((m) => m.name);

  beforeAll(async () => {
    // The first release: a checkout whose only migration is 0001.
    const first = all[0]!;
    mkdirSync(path.join(firstReleaseRoot, "prisma", provider, "migrations"), { recursive: true });
    cpSync(path.join(migrationsDir(provider, ROOT), first), path.join(migrationsDir(provider, firstReleaseRoot), first), { recursive: true });
    upgraded = await create({ migrate: false });
    expect((await migrate(upgraded.target, firstReleaseRoot)).applied).toEqual([first]);
    const sql = await rawConnection(upgraded.target);
    try {
      await writeAsReleaseOne(sql, provider, records);
    } finally {
      await sql.close();
    }

    // The same responses stored by the current version, for the export comparison.
    reference = await create();
    const handle = createDb(reference.target);
    await handle.ready;
    try {
      await recordQuestionnaireVersion(handle.db, questionnaire);
      expect((await storeRecords(handle.db, records)).map((o) => o.status)).toEqual(records.map(() => "created"));
    } finally {
      await handle.db.$disconnect();
    }
  }, 120_000);

  afterAll(async () => {
    await upgraded?.drop();
    await reference?.drop();
    rmSync(firstReleaseRoot, { recursive: true, force: true });
  });

  it(`applies every later migration in order (${provider})`, async () => {
    const result = await migrate(upgraded.target, ROOT);
    expect(result.applied).toEqual(all.slice(1));
    expect(result.alreadyApplied).toBe(1);
    // A second run is a no-op.
    expect((await migrate(upgraded.target, ROOT)).applied).toEqual([]);
  });

  it(`keeps every response, complete, with its answers unchanged (${provider})`, async () => {
    const audit = await auditStore(upgraded.url, records.map((r) => r.id));
    expect(audit.responses).toBe(COUNT);
    expect(audit.missingAcknowledged).toEqual([]);
    expect(audit.duplicated).toEqual([]);
    expect(audit.incomplete).toEqual([]);
    expect(audit.orphanAnswers).toBe(0);

    const sql = await rawConnection(upgraded.target);
    try {
      for (const r of records) {
        const row = (await sql.run(`SELECT "questionnaireVersion","locale","submittedOn","answers","answersHash" FROM "Response" WHERE "id" = ?`, [r.id]))[0];
        expect(row, r.id).toEqual({
          questionnaireVersion: r.questionnaireVersion,
          locale: r.locale,
          submittedOn: r.submittedOn,
          answers: canonicalJson(r.answers),
          answersHash: answersHash(r.answers),
        });
      }
      const answers = await sql.run(`SELECT COUNT(*) AS n FROM "Answer"`);
      expect(Number(answers[0]!.n)).toBe(records.reduce((n, r) => n + answerRows(r.answers).length, 0));
      const staff = await sql.run(`SELECT "email","role","locale" FROM "StaffUser"`);
      expect(staff).toEqual([{ email: "admin@example.org", role: "admin", locale: "kk" }]);
      const audits = await sql.run(`SELECT "action" FROM "AuditLog" ORDER BY "action"`);
      expect(audits.map((a) => a.action)).toEqual(["sign-in", "survey-closed"]);
      const status = await sql.run(`SELECT "value" FROM "Setting" WHERE "key" = 'survey.status'`);
      expect(status).toEqual([{ value: "closed" }]);
      const versions = await sql.run(`SELECT "key","definition" FROM "QuestionnaireVersion"`);
      expect(versions).toEqual([{ key: questionnaireVersion, definition: JSON.stringify(questionnaire) }]);
    } finally {
      await sql.close();
    }
  });

  it(`exports exactly what the current version exports for the same responses (${provider})`, async () => {
    for (const [file, overrides] of [
      ["responses.csv", {}],
      ["responses.csv", { values: "labels", header: "text", lang: "kk" }],
      ["responses-long.csv", { lang: "en" }],
    ] as [CsvExportFile, Partial<ExportOptions>][]) {
      const fromUpgraded = await exportById(upgraded.target, file, overrides);
      const fromReference = await exportById(reference.target, file, overrides);
      expect(fromUpgraded.header).toBe(fromReference.header);
      // The same keys (response ids, plus any further header rows), row for row.
      expect([...fromUpgraded.rows.keys()].sort()).toEqual([...fromReference.rows.keys()].sort());
      expect(fromUpgraded.rows.size).toBeGreaterThanOrEqual(COUNT);
      for (const r of records) expect(fromUpgraded.rows.get(r.id), `${file} ${r.id}`).toBe(fromReference.rows.get(r.id));
    }
  });
});
