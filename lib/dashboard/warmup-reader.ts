// The warm-up's reader on SQLite: a worker thread with a read-only better-sqlite3
// connection of its own, which runs the warm-up's queries and posts the rows back.
// better-sqlite3 is synchronous, so one grouped query over every answer row of 100,000
// responses run on the main thread held the whole process (health checks and
// submissions timed out) for tens of seconds after a restart; in a worker it holds only
// the worker. WAL mode (lib/db/sqlite-pragmas.ts) lets this reader run beside the
// app's writer. Only counts cross the thread boundary; the worker logs nothing.
import "server-only";
import { Worker } from "node:worker_threads";
import type { SqlValue } from "./sql";

// CommonJS evaluated by the worker: Next bundles server code, so a worker file would not
// be where a path computed at build time says; `require` resolves from the server's
// working directory (the project root), as for the day close (lib/responses/day-close-sqlite.ts).
const WORKER_SOURCE = `
const { workerData, parentPort } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma("busy_timeout = 10000");
parentPort.on("message", (m) => {
  if (m.close) {
    db.close();
    parentPort.close();
    return;
  }
  try {
    parentPort.postMessage({ id: m.id, rows: db.prepare(m.sql).all(...m.params) });
  } catch (e) {
    parentPort.postMessage({ id: m.id, error: { message: String(e && e.message), code: e && e.code } });
  }
});
`;

type Reply = { id: number; rows?: Record<string, unknown>[]; error?: { message: string; code?: string } };

export type WarmupReader = {
  /** Runs one query (SQLite's `?` placeholders) in the worker. */
  read: (sql: string, params: readonly SqlValue[]) => Promise<Record<string, unknown>[]>;
  /** Closes the worker's connection and waits for the thread to end. */
  close: () => Promise<void>;
};

export function openWarmupReader(file: string): WarmupReader {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file } });
  // A warm-up in progress must not keep a stopping server alive.
  worker.unref();
  const waiting = new Map<number, { resolve: (rows: Record<string, unknown>[]) => void; reject: (e: Error) => void }>();
  let failed: Error | undefined;
  let nextId = 0;
  const fail = (e: Error) => {
    failed ??= e;
    for (const w of waiting.values()) w.reject(failed);
    waiting.clear();
  };
  const exited = new Promise<void>((resolve) =>
    worker.once("exit", (code) => {
      fail(new Error(`warm-up reader exited (code ${code})`));
      resolve();
    }),
  );
  worker.on("error", (e: Error) => fail(e));
  worker.on("message", (m: Reply) => {
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.error) w.reject(Object.assign(new Error(m.error.message), m.error.code ? { code: m.error.code } : {}));
    else w.resolve(m.rows ?? []);
  });
  return {
    read: (sql, params) =>
      new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, sql, params: [...params] });
      }),
    close: async () => {
      if (!failed) worker.postMessage({ close: true });
      await exited;
    },
  };
}
