// The insider test (docs/anonymity.md). Respondents submit from many distinct
// addresses (127.0.0.x on the loopback), spread over several seconds. Then the test
// plays an insider holding a full copy of the database (every table, every column,
// found by introspection, including system columns), the data folder, an export
// and the server's output, and fails if it can recover
//   * any respondent's address, in clear or by hashing candidate addresses with
//     every stored string as salt or key (SHA-256, HMAC-SHA-256);
//   * any time of day on a row a submission created or changed;
//   * the order of arrival: Spearman's rank correlation between the true order and
//     the physical row order (SQLite without ORDER BY, PostgreSQL ctid order), each
//     column's values (rowid, xmin, seq…), or the export's row order.
// With 60 responses, |rho| of a random order has a standard deviation of 0.13, so
// the threshold 0.6 is passed by chance with a probability below 1e-5 per
// comparison, while an insertion-ordered column gives 1.
// The day is closed before looking (results are released by day, and on
// PostgreSQL the day's rows are rewritten in random order when it ends).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { openCsvExport } from "@/lib/export/csv-export";
import { DEFAULT_EXPORT_OPTIONS } from "@/lib/export/options";
import { closeSubmissionDays } from "@/lib/responses/day-close";
import { resetReleaseSettings } from "@/lib/responses/release";
import { describeEachDatabase, type TestDatabase } from "@/tests/support/databases";
import { addressFindings, fileOrder, orderFindings, storedStrings, timeFindings, type Table } from "./insider-detectors";
import { submissionFactory } from "./support/payloads";
import { startServer, type TestServer } from "./support/server";

const RESPONSES = 60;
const THRESHOLD = 0.6;
const ADDRESSES = Array.from({ length: RESPONSES }, (_, i) => `127.0.0.${10 + i}`);

function postFrom(url: string, localAddress: string, body: unknown): Promise<number> {
  const target = new URL(`${url}/api/responses`);
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: "POST", localAddress, agent: false, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(data) } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}

async function readSqlite(file: string): Promise<Table[]> {
  const db = new Database(file, { readonly: true });
  try {
    const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map((r) => r.name);
    return names.map((name) => {
      let rows: Record<string, unknown>[];
      try {
        // The rowid too, where the table has one (it is the insertion counter of a rowid table).
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
      // System columns as well: xmin (the inserting transaction) grows with time.
      const rows = (await client.query(`SELECT xmin::text::bigint AS "(xmin)", cmin::text::bigint AS "(cmin)", t.* FROM "${name}" t ORDER BY ctid`)).rows as Record<string, unknown>[];
      tables.push({ name, rows });
    }
    return tables;
  } finally {
    await client.end();
  }
}

/** Rows that are new or changed since `before` (keyed by their whole content). */
function changedRows(before: readonly Table[], after: readonly Table[]): Table[] {
  const key = (r: Record<string, unknown>) => JSON.stringify(r, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v));
  const strip = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => !k.startsWith("(")));
  return after.map((t) => {
    const old = new Set((before.find((b) => b.name === t.name)?.rows ?? []).map((r) => key(strip(r))));
    return { name: t.name, rows: t.rows.filter((r) => !old.has(key(strip(r)))) };
  });
}

function readDataFolder(database: TestDatabase): string[] {
  if (database.target.provider !== "sqlite") return [];
  const dir = path.dirname(database.target.filePath);
  const base = path.basename(database.target.filePath);
  return readdirSync(dir)
    .filter((f) => f.startsWith(base))
    .map((f) => path.join(dir, f))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f).toString("latin1"));
}

await describeEachDatabase("insider with a copy of everything", ({ provider, create }) => {
  let database: TestDatabase | undefined;
  let server: TestServer | undefined;
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it(`cannot recover addresses, times of day or the order of arrival (${provider})`, async () => {
    database = await create();
    // Staff see responses at once (the worst case for order in exports); the
    // per-address limit is on, so addresses do reach the limiter.
    server = await startServer({ databaseUrl: database.url, env: { RESULTS_DELAY: "none", SUBMISSIONS_PER_MINUTE: "5" } });
    const read = () => (database!.target.provider === "sqlite" ? readSqlite(database!.target.filePath) : readPostgres(database!.url));
    const before = await read();

    const next = submissionFactory(4242);
    const arrival = new Map<string, number>();
    const startedAt = Date.now();
    for (let i = 0; i < RESPONSES; i++) {
      const submission = next();
      expect(await postFrom(server.url, ADDRESSES[i]!, submission), `submission ${i} from ${ADDRESSES[i]}`).toBe(201);
      arrival.set(submission.id, i);
      await new Promise((r) => setTimeout(r, 80));
    }
    const endedAt = Date.now();

    // The day ends (as the server's housekeeping would do after midnight).
    const handle = createDb(database.target);
    await handle.ready;
    let exported = "";
    try {
      await closeSubmissionDays(handle.db, new Date(Date.now() + 2 * 86_400_000));
      process.env.RESULTS_DELAY = "none";
      resetReleaseSettings();
      const stream = await openCsvExport({ file: "responses.csv", options: DEFAULT_EXPORT_OPTIONS, filters: {}, target: database.target });
      exported = await new Response(stream).text();
    } finally {
      delete process.env.RESULTS_DELAY;
      resetReleaseSettings();
      await handle.db.$disconnect();
    }
    const printed = server.output();
    await server.stop();
    server = undefined;

    const after = await read();
    const stored = storedStrings(after);
    expect([...stored].filter((s) => arrival.has(s))).toHaveLength(RESPONSES);

    // 1. Addresses (the server did see them: they were its clients).
    const raw = [...readDataFolder(database), printed, exported];
    const addresses = addressFindings(ADDRESSES, stored, raw);
    expect(addresses, "addresses recoverable from the database, data folder or export").toEqual([]);

    // 2. Times of day on rows the submissions created or changed.
    const window = { from: startedAt - 60_000, to: endedAt + 60_000 };
    expect(timeFindings(changedRows(before, after), window), "times of day on submission-created rows").toEqual([]);

    // 3. Order of arrival.
    const findings = orderFindings(after, arrival);
    expect(findings.filter((f) => f.source === "Response: physical row order")).toHaveLength(1);
    expect(findings.some((f) => f.source.startsWith("Answer"))).toBe(true);
    const exportOrder = fileOrder(exported, arrival);
    expect(exportOrder.n).toBe(RESPONSES);
    const leaks = [...findings, exportOrder].filter((f) => Math.abs(f.rho) >= THRESHOLD);
    expect(leaks, "stored order correlates with the order of arrival").toEqual([]);
  }, 300_000);
});
