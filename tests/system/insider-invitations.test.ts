// The insider against invitation codes, through the real production server (the database
// level is tests/anonymity/invitations-insider.test.ts). An admin requires codes and
// creates a batch; the codes go to a known list of people, who spend them in a known
// order — half through the JSON API (`invitation: { code }`), half without JavaScript
// (the personal link /api/invitations/enter?code=… sets the respondent-path cookie, then
// the check page's form posts). The server's clock is set with faketime. The day is
// closed, and the insider then holds the database (every table and column, system
// columns included), the data file's bytes (SQLite), a backup made with `npm run backup`,
// everything the server printed, the CSV export, the invitation key file on disk — and
// the list of who received which code. It tries to link person → response by
//   * any value derived from the person's code (the code, its SHA-256, its HMAC-SHA-256
//     under every key found on disk or in the database) stored with a response, in any
//     table, the backup or the export, and any code in the server's output;
//   * a shared transaction id (PostgreSQL xmin) between a spent code and one response;
//   * order: Spearman's rank correlation between the spend order and every stored order
//     of the responses (physical rows, each column, the export, the backup, the file's
//     cells), and pairing the k-th spent code (in the code table's physical order, rows
//     and file cells) with the k-th response.
// With 40 people |rho| of a random order has a standard deviation of 0.16, so the
// threshold 0.6 is passed by chance with a probability of about 2e-4 per comparison.
// The control: the same insider, once the test itself has added the code's hash to each
// response in the copy (as Formbricks stores the link's id), links every person.
import { execFileSync } from "node:child_process";
import { createHash, createHmac, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { openCsvExport } from "@/lib/export/csv-export";
import { DEFAULT_EXPORT_OPTIONS } from "@/lib/export/options";
import { findPgTool } from "@/lib/ops/pg-tools";
import { setAccessMode } from "@/lib/invitations/access.server";
import { createBatch } from "@/lib/invitations/batches.server";
import { CODE_COOKIE } from "@/lib/invitations/cookie";
import { generateValidAnswers, mulberry32, questionnaire, questionnaireVersion } from "@/lib/questionnaire";
import { closeSubmissionDays } from "@/lib/responses/day-close";
import { resetReleaseSettings } from "@/lib/responses/release";
import { carriedJson, FIELD } from "@/lib/survey/flow";
import { describeEachDatabase, TMP_DIR, type TestDatabase } from "@/tests/support/databases";
import { readSqliteImage, readWal } from "@/tests/support/sqlite-bytes";
import { fileOrder, orderFindings, spearman, type Table } from "./insider-detectors";
import { parseForms, postForm } from "./support/staff-forms";
import { startServer, type TestServer } from "./support/server";

const PEOPLE = 40;
const THRESHOLD = 0.6;
const TODAY = "2026-11-27";
const FAKE_START = "2026-11-27 10:20:00";
const CLOSED_AT = new Date("2026-11-29T12:00:00Z");
const LIBFAKETIME = ["/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1", "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1", "/usr/lib/faketime/libfaketime.so.1"].find((f) => existsSync(f));
const ROOT = path.resolve(import.meta.dirname, "../..");

type Person = { name: string; code: string; via: "api" | "form" };

async function readSqlite(file: string): Promise<Table[]> {
  const db = new Database(file, { readonly: true });
  try {
    const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map((r) => r.name);
    return names.map((name) => {
      let rows: Record<string, unknown>[];
      try {
        rows = db.prepare(`SELECT rowid AS "(rowid)", * FROM "${name}"`).all() as Record<string, unknown>[];
      } catch {
        rows = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
      }
      return { name, rows };
    });
  } finally {
    db.close();
  }
}

async function readPostgres(url: string): Promise<Table[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const names = (await client.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)).rows.map((r) => r.table_name);
    const tables: Table[] = [];
    for (const name of names) {
      const rows = (await client.query(`SELECT xmin::text::bigint AS "(xmin)", cmin::text::bigint AS "(cmin)", t.* FROM "${name}" t ORDER BY ctid`)).rows as Record<string, unknown>[];
      tables.push({ name, rows });
    }
    return tables;
  } finally {
    await client.end();
  }
}

const text = (v: unknown) => JSON.stringify(v, (_, x: unknown) => (typeof x === "bigint" ? String(x) : Buffer.isBuffer(x) ? x.toString("latin1") : x));

/** Everything derived from a code that an insider holding `keys` would look for. */
function derivedValues(code: string, keys: readonly Buffer[]): string[] {
  const plain = code.replace(/-/g, "");
  const digests = [createHash("sha256").update(plain), createHash("sha256").update(code), ...keys.flatMap((k) => [createHmac("sha256", k).update(plain), createHmac("sha256", k).update(code)])].map((h) => h.digest());
  return [code, plain, ...digests.flatMap((d) => [d.toString("hex"), d.toString("base64"), d.toString("base64url")])];
}

type Evidence = { person: string; response: string; how: string };

/**
 * Links from the tables: a row of any table that names a response id and holds a value
 * derived from a person's code; on PostgreSQL, a spent code sharing its xmin with exactly
 * one response.
 */
function valueLinks(tables: readonly Table[], people: readonly Person[], keys: readonly Buffer[], responseIds: readonly string[]): Evidence[] {
  const byResponse = new Map<string, string>(responseIds.map((id) => [id, ""]));
  for (const t of tables)
    for (const r of t.rows) {
      const row = text(r);
      for (const id of responseIds) if (row.includes(id)) byResponse.set(id, byResponse.get(id)! + row);
    }
  const found: Evidence[] = [];
  for (const p of people) {
    const values = derivedValues(p.code, keys);
    for (const [id, rows] of byResponse) if (values.some((v) => rows.includes(v))) found.push({ person: p.name, response: id, how: "a value derived from the code" });
  }
  const responses = tables.find((t) => t.name === "Response")?.rows ?? [];
  if (responses.some((r) => "(xmin)" in r)) {
    const byXmin = new Map<string, string[]>();
    for (const r of responses) byXmin.set(String(r["(xmin)"]), [...(byXmin.get(String(r["(xmin)"])) ?? []), String(r.id)]);
    const hashes = new Map(people.flatMap((p) => derivedValues(p.code, keys).map((v) => [v, p.name] as const)));
    for (const t of tables) {
      if (t.name === "Response") continue;
      for (const r of t.rows) {
        const person = Object.values(r).map((v) => hashes.get(String(v))).find(Boolean);
        const same = byXmin.get(String(r["(xmin)"]));
        if (person && same?.length === 1) found.push({ person, response: same[0]!, how: `${t.name} shares its xmin` });
      }
    }
  }
  return found;
}

/** Rank correlation of "k-th code in `codeOrder`" with "k-th response in `responseOrder`", under the truth. */
function pairing(codeOrder: readonly string[], responseOrder: readonly string[], truth: ReadonlyMap<string, string>): { rho: number; n: number } {
  const at = new Map(responseOrder.map((id, i) => [id, i]));
  const xs: number[] = [];
  const ys: number[] = [];
  codeOrder.forEach((person, i) => {
    const y = at.get(truth.get(person) ?? "");
    if (y !== undefined) {
      xs.push(i);
      ys.push(y);
    }
  });
  return { rho: spearman(xs, ys), n: xs.length };
}

/** The code table's physical order, as people (via their codes' hashes). */
function codeTableOrder(tables: readonly Table[], hashToPerson: ReadonlyMap<string, string>): string[] {
  const rows = tables.find((t) => t.name === "InvitationCode")?.rows ?? [];
  return rows.map((r) => hashToPerson.get(String(r.hash))).filter((p): p is string => p !== undefined);
}

async function sendByApi(server: TestServer, person: Person, id: string, seed: number): Promise<number> {
  const answers = generateValidAnswers(questionnaire, mulberry32(seed), {}, { textLocale: "kk", openRate: 1 });
  const r = await fetch(`${server.url}/api/responses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ id, questionnaireVersion, locale: "kk", answers, invitation: { code: person.code } }),
  });
  await r.arrayBuffer();
  return r.status;
}

/** Without JavaScript: the personal link sets the cookie, then the check page's form posts. */
async function sendByForm(server: TestServer, person: Person, id: string, seed: number): Promise<{ entered: string | null; status: number; location: string | null }> {
  const entered = await fetch(`${server.url}/api/invitations/enter?code=${encodeURIComponent(person.code)}&locale=kk`, { redirect: "manual" });
  await entered.arrayBuffer();
  const cookie = entered.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
  expect(cookie).toContain(`${CODE_COOKIE}=`);
  const page = await (await fetch(`${server.url}/kk/screening`, { headers: { cookie } })).text();
  const form = parseForms(page).find((f) => f.hidden.some(([n]) => n === FIELD.view));
  if (!form) throw new Error("no respondent form on /kk/screening");
  const fields = form.hidden.filter(([n]) => n !== FIELD.view && n !== FIELD.answers && n !== FIELD.intent && n !== FIELD.id);
  const answers = generateValidAnswers(questionnaire, mulberry32(seed), {}, { textLocale: "kk", openRate: 1 });
  fields.push([FIELD.view, "check"], [FIELD.answers, carriedJson(answers)], [FIELD.id, id], [FIELD.intent, "submit"]);
  const posted = await postForm(server.url, "/kk/check", fields, { cookie });
  return { entered: entered.headers.get("location"), status: posted.status, location: posted.location };
}

function backup(database: TestDatabase, out: string): string {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/backup.ts", "--out", out], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: "pipe",
  });
  return out;
}

await describeEachDatabase("insider with the list of who got which invitation code", ({ provider, create }) => {
  let database: TestDatabase | undefined;
  let server: TestServer | undefined;
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it(`links no person to a response through the server, its output, a backup and the export (${provider})`, async () => {
    expect(LIBFAKETIME, "Debian's faketime (apt-get install faketime)").toBeDefined();
    mkdirSync(TMP_DIR, { recursive: true });
    const keyFile = path.join(TMP_DIR, `insider-invitations-${provider}-${process.pid}.key`);
    process.env.INVITATION_KEY_FILE = keyFile;
    database = await create();
    const setup = createDb(database.target);
    await setup.ready;
    await setAccessMode(setup.db, "code");
    const batch = await createBatch(setup.db, { label: "Insider NGOs", count: PEOPLE + 10 }, TODAY);
    await setup.db.$disconnect();
    const people: Person[] = batch.codes.slice(0, PEOPLE).map((code, i) => ({ name: `person-${i}`, code, via: i % 2 === 0 ? "api" : "form" }));

    server = await startServer({
      databaseUrl: database.url,
      env: { INVITATION_KEY_FILE: keyFile, TZ: "UTC", LD_PRELOAD: LIBFAKETIME!, FAKETIME: `@${FAKE_START}`, FAKETIME_DONT_FAKE_MONOTONIC: "1" },
    });

    // Spent in the list's order, one after another: the order the insider knows.
    const truth = new Map<string, string>();
    const arrival = new Map<string, number>();
    for (const [i, p] of people.entries()) {
      const id = randomUUID();
      if (p.via === "api") expect(await sendByApi(server, p, id, 500 + i), `${p.name} through the API`).toBe(201);
      else {
        const sent = await sendByForm(server, p, id, 500 + i);
        expect(sent.entered, `${p.name}'s link`).toContain("invite=ok");
        expect([sent.status, sent.location], `${p.name} through the form`).toEqual([303, "/kk/thanks"]);
      }
      truth.set(p.name, id);
      arrival.set(id, i);
    }
    // Each code answers once: the first person's again is refused.
    expect(await sendByApi(server, people[0]!, randomUUID(), 1)).toBe(403);

    // The day ends; the export and a backup are taken while the server runs.
    const handle = createDb(database.target);
    await handle.ready;
    let exported = "";
    try {
      await closeSubmissionDays(handle.db, CLOSED_AT);
      process.env.RESULTS_DELAY = "none";
      resetReleaseSettings();
      const stream = await openCsvExport({ file: "responses.csv", options: DEFAULT_EXPORT_OPTIONS, filters: {}, target: database.target, def: questionnaire });
      exported = await new Response(stream).text();
    } finally {
      delete process.env.RESULTS_DELAY;
      resetReleaseSettings();
      await handle.db.$disconnect();
    }
    const backupFile = backup(database, path.join(TMP_DIR, `insider-invitations-${process.pid}.${provider === "sqlite" ? "sqlite" : "pgdump"}`));

    // The data file's bytes, copied while the server runs (SQLite).
    const fileTexts: string[] = [];
    let cellOrder: { responses: string[]; codes: string[] } | undefined;
    const after = database.target.provider === "sqlite" ? await readSqlite(database.target.filePath) : await readPostgres(database.url);
    const hashOf = new Map<string, string>();
    // The insider's keys: the key file's text and bytes, and every string stored in Setting.
    const keyText = readFileSync(keyFile, "utf8").trim();
    const settings = (after.find((t) => t.name === "Setting")?.rows ?? []).map((r) => Buffer.from(String(r.value)));
    const keys = [Buffer.from(keyText, "hex"), Buffer.from(keyText), readFileSync(keyFile), ...settings];
    for (const p of people) for (const v of derivedValues(p.code, keys)) hashOf.set(v, p.name);
    expect(codeTableOrder(after, hashOf), "the insider recognises every issued code's row").toHaveLength(PEOPLE);

    if (database.target.provider === "sqlite") {
      const file = database.target.filePath;
      for (const f of readdirSync(path.dirname(file)).filter((n) => n.startsWith(path.basename(file)))) fileTexts.push(readFileSync(path.join(path.dirname(file), f)).toString("latin1"));
      const wal = existsSync(`${file}-wal`) ? readWal(readFileSync(`${file}-wal`)) : undefined;
      const image = readSqliteImage(readFileSync(file), wal);
      const sorted = [...image.cells].sort((a, b) => a.page - b.page || a.offset - b.offset);
      cellOrder = {
        responses: sorted.filter((c) => c.tree === "Response" && arrival.has(String(c.values[0]))).map((c) => String(c.values[0])),
        // Each code's first cell (its hash is in the table's tree and in the batch index's).
        codes: [...new Set(sorted.map((c) => c.values.map((v) => hashOf.get(String(v))).find(Boolean)).filter((p): p is string => p !== undefined))],
      };
      expect(cellOrder.responses, "the parser finds every response's cell").toHaveLength(PEOPLE);
    }
    const printed = server.output();
    const backupBytes = readFileSync(backupFile).toString("latin1");
    // The SQLite backup is a database file; a pg_dump is read back as SQL text (its COPY
    // lines are the rows, one per line).
    const backupTables =
      provider === "sqlite"
        ? await readSqlite(backupFile)
        : [{ name: "pg_dump lines", rows: execFileSync(findPgTool("pg_restore"), ["-f", "-", backupFile], { encoding: "utf8", maxBuffer: 1 << 28 }).split("\n").map((line) => ({ line })) }];

    // 1. Values: with a response in the database or the backup, anywhere in the output and
    //    the export (no code or hash of one belongs there at all).
    const ids = [...truth.values()];
    expect.soft(valueLinks(after, people, keys, ids), "the database links a person to a response").toEqual([]);
    expect.soft(valueLinks(backupTables, people, keys, ids), "the backup links a person to a response").toEqual([]);
    const everywhere = (hay: string) => [...hashOf.keys()].filter((v) => hay.includes(v));
    expect.soft(everywhere(printed), "a code, or a value derived from one, in the server's output").toEqual([]);
    expect.soft(everywhere(exported), "a code, or a value derived from one, in the export").toEqual([]);
    // The SQLite backup is the database again (its code table holds the hashes): only the
    // rows that name a response count, above. A pg_dump is compressed: its bytes are
    // searched for the codes themselves.
    const plainCodes = (hay: string) => people.filter((p) => hay.includes(p.code) || hay.includes(p.code.replace(/-/g, ""))).map((p) => p.name);
    expect.soft(fileTexts.flatMap(plainCodes), "a code in the data file's bytes").toEqual([]);
    if (provider !== "sqlite") expect.soft(plainCodes(backupBytes), "a code in the backup").toEqual([]);

    // 2. Order: spend order against every stored order of the responses, and pairing
    //    the k-th spent code with the k-th response.
    const orders = [...orderFindings(after, arrival), fileOrder(exported, arrival), ...(provider === "sqlite"
        ? orderFindings(backupTables, arrival).map((f) => ({ ...f, source: `backup ${f.source}` }))
        : [{ ...fileOrder(backupTables[0]!.rows.map((r) => String(r.line)).join("\n"), arrival), source: "pg_dump row order" }]),
    ];
    expect(orders.filter((f) => f.source === "Response: physical row order")).toHaveLength(1);
    const responseRows = (after.find((t) => t.name === "Response")?.rows ?? []).map((r) => String(r.id));
    const pairs = [
      { source: "code table row order vs response row order", ...pairing(codeTableOrder(after, hashOf), responseRows, truth) },
      { source: "the list's order vs response row order", ...pairing(people.map((p) => p.name), responseRows, truth) },
      ...(cellOrder
        ? [
            { source: "code cells in the file vs response cells", ...pairing(cellOrder.codes, cellOrder.responses, truth) },
            { source: "the list's order vs response cells", ...pairing(people.map((p) => p.name), cellOrder.responses, truth) },
          ]
        : []),
    ];
    if (process.env.INSIDER_VERBOSE) console.log([...orders, ...pairs].map((f) => `${f.source}: rho ${f.rho.toFixed(3)} (n ${f.n})`).join("\n"));
    expect.soft([...orders, ...pairs].filter((f) => f.n >= 20 && Math.abs(f.rho) >= THRESHOLD), "an order that pairs people with responses").toEqual([]);
    expect(pairs.every((p) => p.n === PEOPLE)).toBe(true);

    await server.stop();
    server = undefined;

    // 3. The control: a variant that keeps the code's hash with the response must be caught.
    const leak = (p: Person) => createHmac("sha256", Buffer.from(keyText, "hex")).update(p.code.replace(/-/g, "")).digest("hex");
    if (database.target.provider === "sqlite") {
      const db = new Database(database.target.filePath);
      try {
        db.exec(`ALTER TABLE "Response" ADD COLUMN "invitationHash" TEXT`);
        const update = db.prepare(`UPDATE "Response" SET "invitationHash" = ? WHERE id = ?`);
        for (const p of people) update.run(leak(p), truth.get(p.name)!);
      } finally {
        db.close();
      }
    } else {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        await client.query(`ALTER TABLE "Response" ADD COLUMN "invitationHash" TEXT`);
        for (const p of people) await client.query(`UPDATE "Response" SET "invitationHash" = $1 WHERE id = $2`, [leak(p), truth.get(p.name)!]);
      } finally {
        await client.end();
      }
    }
    const leaky = database.target.provider === "sqlite" ? await readSqlite(database.target.filePath) : await readPostgres(database.url);
    const caught = valueLinks(leaky, people, keys, ids).filter((e) => truth.get(e.person) === e.response);
    expect(new Set(caught.map((e) => e.person)).size, "the detector links every person in the leaky variant").toBe(PEOPLE);
  }, 600_000);
});
