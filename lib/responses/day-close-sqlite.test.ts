// SQLite's day close, read as bytes (tests/support/sqlite-bytes.ts): before it, long
// answers' overflow pages follow the order of arrival; after it, they follow the random
// ids, the WAL is empty, and submissions made meanwhile are all stored.
import { existsSync, readFileSync, statSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDb, type DbHandle } from "@/lib/db/client";
import { submitResponse } from "@/lib/responses/submit";
import { spearman } from "@/tests/system/insider-detectors";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";
import { readSqliteImage, readWal } from "@/tests/support/sqlite-bytes";
import { submissionFactory } from "@/tests/system/support/payloads";
import { closeSubmissionDays, CLOSED_THROUGH_KEY } from "./day-close";

const settings = { delay: "day", timeZone: "Asia/Almaty" } as const;
let database: TestDatabase;
let handle: DbHandle;

beforeAll(async () => {
  database = await createSqliteDatabase();
  handle = createDb(database.target);
  await handle.ready;
});
afterAll(async () => {
  await handle?.db.$disconnect();
  await database?.drop();
});

const file = () => (database.target.provider === "sqlite" ? database.target.filePath : "");
const long = (i: number) => `ОТВЕТ ${i}\n${"Мемлекеттік қызмет 🙂 және қоғам. ".repeat(28)}`.slice(0, 990);

async function submitMany(n: number, today: string, seed: number): Promise<string[]> {
  const next = submissionFactory(seed);
  const ids: string[] = [];
  while (ids.length < n) {
    const s = next();
    const answers = Object.fromEntries(Object.entries(s.answers).map(([k, v]) => [k, typeof v === "string" && !/^\d*$/.test(v) ? long(ids.length) : v]));
    const r = await submitResponse(handle.db, { ...s, answers }, { today });
    if (r.status === "created") ids.push(r.id);
  }
  return ids;
}

/** Rank correlation of an order of ids with the first overflow page of their Response rows. */
function overflowOrder(order: readonly string[]): { rho: number; n: number } {
  const wal = existsSync(`${file()}-wal`) ? readWal(readFileSync(`${file()}-wal`)) : undefined;
  const cells = readSqliteImage(readFileSync(file()), wal).cells.filter((c) => c.tree === "Response" && c.overflow.length > 0);
  const rank = new Map(order.map((id, i) => [id, i]));
  const mine = cells.filter((c) => rank.has(String(c.values[0])));
  return { rho: spearman(mine.map((c) => rank.get(String(c.values[0]))!), mine.map((c) => c.overflow[0]!)), n: mine.length };
}

it("rebuilds the ended day's pages in id order, empties the WAL and records the day, without failing submissions made meanwhile", async () => {
  const arrived = await submitMany(40, "2026-11-27", 77);
  // The WAL has started over several times by now (each submission writes dozens of
  // pages); journal_size_limit = 0 leaves no frame of an earlier generation behind.
  const wal = readWal(readFileSync(`${file()}-wal`));
  expect(wal?.frames.length).toBeGreaterThan(0);
  expect(wal!.frames.filter((f) => f.salt !== wal!.salt)).toHaveLength(0);
  // Before the close the overflow pages are handed out in arrival order.
  const before = overflowOrder(arrived);
  expect(before.n).toBeGreaterThanOrEqual(30);
  expect(before.rho).toBeGreaterThan(0.95);

  // Midnight in Almaty has passed (19:00 UTC); respondents keep submitting during the close.
  const closing = closeSubmissionDays(handle.db, new Date("2026-11-27T19:00:05Z"), settings);
  const during = submitMany(5, "2026-11-28", 78);
  const [result, todays] = await Promise.all([closing, during]);
  expect(result).toEqual({ rewritten: 40, through: "2026-11-27" });
  expect(todays).toHaveLength(5);
  expect(await handle.db.response.count()).toBe(45);

  const after = overflowOrder(arrived);
  expect(Math.abs(after.rho)).toBeLessThan(0.5);
  // What orders them now is the random id.
  expect(overflowOrder([...arrived].sort()).rho).toBeGreaterThan(0.95);
  expect((await handle.db.setting.findUnique({ where: { key: CLOSED_THROUGH_KEY } }))?.value).toBe("2026-11-27");

  // A second run has nothing to rewrite, and leaves no WAL frames behind.
  expect(await closeSubmissionDays(handle.db, new Date("2026-11-27T20:00:00Z"), settings)).toEqual({ rewritten: 0, through: "2026-11-27" });
  expect(existsSync(`${file()}-wal`) ? statSync(`${file()}-wal`).size : 0).toBe(0);
}, 120_000);
