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
// The day is closed before looking (results are released by day, and when it ends
// the day's rows are rewritten in random-id order: docs/anonymity.md).
//
// On SQLite the insider also reads the data folder as bytes, as someone who copied it
// while the server ran would (tests/support/sqlite-bytes.ts): the page each response's
// cell sits on, its first overflow page, the cells' positions inside shared pages, and
// the first WAL frame — of any generation — that holds each id. Answers are long
// (~1,000 characters: several lines, Kazakh and Russian, emoji), so rows spill into
// overflow pages. With 150 responses |rho| of a random order has a standard deviation
// of 0.08, so the byte threshold 0.35 is passed by chance with a probability of about
// 1e-5. A staff member browses while respondents submit (the server's clock is set
// with faketime, so the test does not depend on the hour it runs at); no time stored
// with their session may lie within a minute of a submission. Finally every response
// is deleted as the survey-control page does, and no id or answer may be left in any
// file of the data folder.
import { questionnaire } from "@/lib/questionnaire";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { createStaff } from "@/lib/auth/accounts";
import { SESSION_COOKIE } from "@/lib/auth/config";
import { createSession } from "@/lib/auth/session";
import { createDb } from "@/lib/db/client";
import { scrubDeletedData } from "@/lib/db/scrub";
import { openCsvExport } from "@/lib/export/csv-export";
import { DEFAULT_EXPORT_OPTIONS } from "@/lib/export/options";
import { closeSubmissionDays } from "@/lib/responses/day-close";
import { resetReleaseSettings } from "@/lib/responses/release";
import { describeEachDatabase, type TestDatabase } from "@/tests/support/databases";
import { leafRecords, readSqliteImage, readWal } from "@/tests/support/sqlite-bytes";
import {
  addressFindings,
  fileOrder,
  leftoverFindings,
  orderFindings,
  pageOrderFindings,
  sessionTimeFindings,
  storedStrings,
  timeFindings,
  walOrderFindings,
  type OrderFinding,
  type Table,
} from "./insider-detectors";
import { submissionFactory } from "./support/payloads";
import { startServer, type TestServer } from "./support/server";

const RESPONSES = 150;
const THRESHOLD = 0.6;
const BYTE_THRESHOLD = 0.35;
const ADDRESSES = Array.from({ length: RESPONSES }, (_, i) => `127.0.0.${10 + i}`);
// The server's clock (faketime): a weekday afternoon in Almaty. The staff session was
// started five minutes before the server.
const FAKE_START = "2026-11-27 10:20:00";
const SESSION_STARTED = new Date("2026-11-27T10:15:00Z");
const CLOSED_AT = new Date("2026-11-29T12:00:00Z");
const LIBFAKETIME = ["/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1", "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1", "/usr/lib/faketime/libfaketime.so.1"].find((f) => existsSync(f));

/** ~1,000 characters over several lines: Kazakh, Russian, emoji, and a marker to find later. */
const PIECES = ["Мемлекеттік қызметшілер қоғамның үнін тыңдауы керек. ", "Государственные служащие должны слышать общество. ", "Ақпарат ашық болсын 🙂 ", "Реформа — это диалог 🇰🇿 ", "Үкіметтік емес ұйымдар 📣 "];
function longText(marker: string, seed: number): string {
  let text = `${marker}\n`;
  for (let k = seed; Array.from(text).length < 940; k++) text += PIECES[k % PIECES.length]! + (k % 4 === 3 ? "\n" : "");
  return text.trim();
}

function postFrom(url: string, localAddress: string, body: unknown): Promise<{ status: number; at: number }> {
  const target = new URL(`${url}/api/responses`);
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: "POST", localAddress, agent: false, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(data) } },
      (res) => {
        res.resume();
        // The server's own clock, from its Date header (whole seconds).
        res.on("end", () => resolve({ status: res.statusCode ?? 0, at: Date.parse(String(res.headers.date)) }));
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}

/**
 * The sealed "started" token the first question page hands a respondent (decision 016), so
 * that the submissions below also leave what the completion band leaves: the band on the
 * response and a spent nonce beside it.
 */
async function startedToken(url: string): Promise<string> {
  const html = await (await fetch(`${url}/en/screening`)).text();
  const token = /name="_started" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error("the first question page carries no started token");
  return token;
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
    expect(LIBFAKETIME, "Debian's faketime (apt-get install faketime)").toBeDefined();
    database = await create();
    const setup = createDb(database.target);
    await setup.ready;
    const staff = await createStaff(setup.db, { email: "insider@tyndau.test", password: "insider-test-pass-42", role: "admin", locale: "en" }, { actor: null, via: "cli" });
    if (!staff.ok) throw new Error("staff account not created");
    const session = await createSession(setup.db, staff.value.id, SESSION_STARTED);
    await setup.db.$disconnect();
    // Staff see responses at once (the worst case for order in exports); the
    // per-address limit is on, so addresses do reach the limiter.
    server = await startServer({
      databaseUrl: database.url,
      env: { RESULTS_DELAY: "none", SUBMISSIONS_PER_MINUTE: "5", TZ: "UTC", LD_PRELOAD: LIBFAKETIME!, FAKETIME: `@${FAKE_START}`, FAKETIME_DONT_FAKE_MONOTONIC: "1" },
    });
    const read = () => (database!.target.provider === "sqlite" ? readSqlite(database!.target.filePath) : readPostgres(database!.url));
    const before = await read();

    const next = submissionFactory(4242);
    const arrival = new Map<string, number>();
    const markers: string[] = [];
    const times: number[] = [];
    for (let i = 0; i < RESPONSES; i++) {
      const submission = next();
      const answers = Object.fromEntries(
        Object.entries(submission.answers).map(([key, value], k) => {
          if (typeof value !== "string" || /^\d*$/.test(value)) return [key, value];
          const marker = `ZQX${i}M${k}KW`;
          markers.push(marker);
          return [key, longText(marker, i + k)];
        }),
      );
      const posted = await postFrom(server.url, ADDRESSES[i]!, { ...submission, answers, started: await startedToken(server.url) });
      expect(posted.status, `submission ${i} from ${ADDRESSES[i]}`).toBe(201);
      arrival.set(submission.id, i);
      times.push(posted.at);
      // A staff member browses the dashboard meanwhile.
      if (i % 15 === 5) expect((await fetch(`${server.url}/admin`, { headers: { cookie: `${SESSION_COOKIE}=${session.token}` }, redirect: "manual" })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 40));
    }
    expect(markers.length).toBeGreaterThan(RESPONSES);
    // A copy of the WAL taken during the day: frames of generations already checkpointed
    // (another salt) must not survive behind the current ones.
    const walDuringDay = database.target.provider === "sqlite" ? readWal(readFileSync(`${database.target.filePath}-wal`)) : undefined;
    const staleFrames = (walDuringDay?.frames ?? []).filter((f) => f.salt !== walDuringDay!.salt).length;

    // The day ends (as the server's day-close timer does after midnight).
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

    // A copy of the data folder taken now, while the server runs: the file and its WAL.
    const byteFindings: OrderFinding[] = [];
    const sessionRecords: unknown[][] = [];
    if (database.target.provider === "sqlite") {
      const file = database.target.filePath;
      const walBytes = existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0);
      const wal = readWal(walBytes);
      const image = readSqliteImage(readFileSync(file), wal);
      const answerCells = image.cells.filter((c) => c.tree === "Response" && arrival.has(String(c.values[0])));
      expect(answerCells, "the parser finds every response's cell").toHaveLength(RESPONSES);
      expect(answerCells.filter((c) => c.overflow.length > 0).length, "long answers spill into overflow pages").toBeGreaterThan(RESPONSES / 2);
      byteFindings.push(...pageOrderFindings(image, arrival), ...walOrderFindings(wal, arrival, image));
      sessionRecords.push(...image.cells.filter((c) => c.tree === "Session").map((c) => c.values));
      for (const f of wal?.frames ?? []) sessionRecords.push(...leafRecords(f.data, f.page, image.usable));
    }

    const printed = server.output();
    await server.stop();
    server = undefined;

    const after = await read();
    const stored = storedStrings(after);
    expect([...stored].filter((s) => arrival.has(s))).toHaveLength(RESPONSES);

    // Each kind of finding is reported (expect.soft), so one run shows every leak.
    // 1. Addresses (the server did see them: they were its clients).
    const raw = [...readDataFolder(database), printed, exported];
    const addresses = addressFindings(ADDRESSES, stored, raw);
    expect.soft(addresses, "addresses recoverable from the database, data folder or export").toEqual([]);

    // 2. Times of day on rows the submissions created or changed, and times stored with
    // the staff session that browsed meanwhile (every version the files still hold).
    const window = { from: Math.min(...times) - 60_000, to: Math.max(...times) + 60_000 };
    expect.soft(timeFindings(changedRows(before, after), window), "times of day on submission-created rows").toEqual([]);
    sessionRecords.push(...(after.find((t) => t.name === "Session")?.rows ?? []).map((r) => [r.tokenHash, r.userId, r.createdAt, r.lastSeenAt, r.expiresAt]));
    expect.soft(sessionTimeFindings(sessionRecords, staff.value.id, times), "a staff session's stored time bounds when respondents submitted").toEqual([]);

    // 3. Order of arrival.
    const findings = orderFindings(after, arrival);
    expect(findings.filter((f) => f.source === "Response: physical row order")).toHaveLength(1);
    expect(findings.some((f) => f.source.startsWith("Answer"))).toBe(true);
    const exportOrder = fileOrder(exported, arrival);
    expect(exportOrder.n).toBe(RESPONSES);
    const leaks = [...findings, exportOrder].filter((f) => Math.abs(f.rho) >= THRESHOLD);
    expect.soft(leaks, "stored order correlates with the order of arrival").toEqual([]);
    if (database.target.provider === "sqlite") {
      expect(byteFindings.filter((f) => f.source.startsWith("Response:")).length).toBeGreaterThanOrEqual(3);
      if (process.env.INSIDER_VERBOSE) console.log(byteFindings.map((f) => `${f.source}: rho ${f.rho.toFixed(3)} (n ${f.n})`).join("\n"));
      const byteLeaks = byteFindings.filter((f) => f.n >= 20 && Math.abs(f.rho) >= BYTE_THRESHOLD);
      expect.soft(byteLeaks, "the file's pages or the WAL's frames keep the order of arrival").toEqual([]);
      expect.soft(staleFrames, "frames of checkpointed WAL generations left in the WAL during the day").toBe(0);

      // 4. "Delete all responses" (the survey-control action: delete, then scrub).
      const wipe = createDb(database.target);
      await wipe.ready;
      try {
        await wipe.db.response.deleteMany({});
        await scrubDeletedData(wipe.db);
        const file = database.target.filePath;
        const files = readdirSync(path.dirname(file))
          .filter((f) => f.startsWith(path.basename(file)))
          .map((f) => ({ name: f, bytes: readFileSync(path.join(path.dirname(file), f)) }));
        const left = leftoverFindings(files, [...arrival.keys(), ...markers]);
        expect.soft(left.slice(0, 10), `${left.length} ids or answers left in the data folder after deleting every response`).toEqual([]);
      } finally {
        await wipe.db.$disconnect();
      }
    }
  }, 300_000);
});
