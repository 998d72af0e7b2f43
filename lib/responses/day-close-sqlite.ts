// SQLite's day close (docs/anonymity.md): once a day has ended, nothing in the file's
// bytes may record the order its responses arrived in.
//
// WITHOUT ROWID keeps the rows *logically* in random-id order, but not the bytes: a
// row over ~1 KB spills into overflow pages, and new pages (overflow and leaf pages
// from splits) are handed out at the end of the file, in arrival order; inside a page,
// cells are placed from the end of the page towards its start, so older cells sit
// further back. VACUUM rebuilds the whole file from scratch: it copies every table in
// its key order (the random id for Response and Answer) into a fresh database and
// writes that back page by page, so afterwards page numbers, overflow chains and cell
// positions follow the ids and nothing else. (Rebuilding only the two tables would not
// do: their new pages would come off the freelist, which the old layout ordered.)
// secure_delete is on, so nothing freed keeps old content. Then the WAL — which now
// holds the new pages and, before them, today's and earlier frames in arrival order —
// is checkpointed and truncated to zero bytes.
//
// Runs in a worker thread on a connection of its own: better-sqlite3 is synchronous,
// and a VACUUM of a large file must not stop the event loop. Submissions meanwhile get
// SQLITE_BUSY and wait (the raw writer retries while dayCloseRunning()).
import "server-only";
import { Worker } from "node:worker_threads";
import { SQLITE_PRAGMAS } from "@/lib/db/sqlite-pragmas";
import { CLOSED_THROUGH_KEY, type DayCloseResult } from "./day-close-state";
import { whileDayCloseRuns } from "./day-close-running";

export type SqliteDayCloseResult = DayCloseResult & { vacuumMs: number; checkpointMs: number; truncated: boolean };

// CommonJS, evaluated by the worker (no bundler touches it; `require` resolves from the
// server's working directory, the project root).
const WORKER_SOURCE = `
const { workerData, parentPort } = require("node:worker_threads");
const Database = require("better-sqlite3");
const { file, today, key, pragmas } = workerData;
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const db = new Database(file);
try {
  for (const p of pragmas) db.pragma(p);
  // A worker may wait for the write lock as long as it takes.
  db.pragma("busy_timeout = 60000");
  const last = db.prepare('SELECT "value" FROM "Setting" WHERE "key" = ?').pluck().get(key) || "";
  const days = db.prepare('SELECT DISTINCT "submittedOn" FROM "Response" WHERE "submittedOn" > ? AND "submittedOn" < ? ORDER BY 1').pluck().all(last, today);
  let rewritten = 0;
  let vacuumMs = 0;
  const through = days.length > 0 ? days[days.length - 1] : last || null;
  if (days.length > 0) {
    rewritten = db.prepare('SELECT COUNT(*) FROM "Response" WHERE "submittedOn" > ? AND "submittedOn" < ?').pluck().get(last, today);
    const t = performance.now();
    db.exec("VACUUM");
    vacuumMs = performance.now() - t;
    db.prepare('INSERT INTO "Setting" ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"').run(key, through);
  }
  // Always: the WAL may still hold earlier generations' frames.
  const t = performance.now();
  let truncated = false;
  for (let attempt = 0; !truncated && attempt < 200; attempt++) {
    // busy = 1 while a reader (a long export, say) still uses older frames.
    truncated = db.pragma("wal_checkpoint(TRUNCATE)")[0].busy === 0;
    if (!truncated) sleep(50);
  }
  parentPort.postMessage({ rewritten: Number(rewritten), through, vacuumMs, checkpointMs: performance.now() - t, truncated });
} finally {
  db.close();
}
`;

/** Closes every ended day (before `today`) not closed yet, on the SQLite file at `file`. */
export function closeSqliteDays(file: string, today: string): Promise<SqliteDayCloseResult> {
  return whileDayCloseRuns(
    () =>
      new Promise<SqliteDayCloseResult>((resolve, reject) => {
        const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, today, key: CLOSED_THROUGH_KEY, pragmas: [...SQLITE_PRAGMAS] } });
        let result: SqliteDayCloseResult | undefined;
        worker.once("message", (m: SqliteDayCloseResult) => (result = m));
        worker.once("error", reject);
        worker.once("exit", (code) => {
          if (!result) reject(new Error(`day close worker exited with code ${code}`));
          // The rewrite is done, but the WAL still holds yesterday's frames: the timer
          // tries again a minute later (the day is recorded as closed, so only the
          // checkpoint runs then).
          else if (!result.truncated) reject(Object.assign(new Error("the WAL could not be truncated: readers still busy"), { code: "SQLITE_BUSY" }));
          else resolve(result);
        });
      }),
  );
}
