import "server-only";
// /api/health: proves the database can COMMIT A WRITE, not only answer a query.
// A full disk or a read-only file lets SELECT 1 succeed while every submission
// fails, so the probe upserts one Setting row ("health-probe") with a random
// value (no time in it) inside a bounded wait. The result is cached for a few
// seconds, so a load balancer polling every second costs one write per interval,
// and concurrent callers share one probe.
//
// Two more signals make it answer 503 before the probe would notice:
//   - a submission write failed in the last 30 s (lib/db/write-failures.ts): on a
//     full disk the probe's one-row upsert can still fit while submissions do not;
//   - SQLite only: the database folder has less free space than HEALTH_MIN_FREE_MB
//     (reason "disk-low"), so a load balancer or an operator hears of it before
//     submissions fail. PostgreSQL's disk is the database server's, not ours.
//
// The public answer is {status, database kind, reason code}: never a URL, a
// path or a driver message. The full description goes to the server's output,
// once per change of state.
import { randomBytes } from "node:crypto";
import { statfs } from "node:fs/promises";
import path from "node:path";
import { nowMs } from "@/lib/clock";
import { env } from "@/lib/env";
import { dbHandle } from "./client";
import { describeDatabaseError } from "./errors";
import { classifyDatabaseError, ProbeTimeout, type HealthReason } from "./health-reasons";
import { recentWriteFailure } from "./write-failures";

export { classifyDatabaseError, type HealthReason } from "./health-reasons";

export type Health =
  | { ok: true; database: "sqlite" | "postgresql" }
  | { ok: false; database: "sqlite" | "postgresql"; reason: HealthReason };

export const HEALTH_PROBE_KEY = "health-probe";
const OK_CACHE_MS = 5_000;
const FAILURE_CACHE_MS = 2_000;

type Cache = { at: number; health: Health } | undefined;
const holder = globalThis as unknown as { __tyndauHealth?: { cache: Cache; inflight?: Promise<Health>; lastLogged?: string } };
function state() {
  holder.__tyndauHealth ??= { cache: undefined };
  return holder.__tyndauHealth;
}

/** Free bytes for an unprivileged writer in `dir`'s file system, or null when it cannot be read. */
export async function freeBytes(dir: string): Promise<number | null> {
  try {
    const stats = await statfs(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}

function logChange(state: { lastLogged?: string }, reason: string, message: string): void {
  if (state.lastLogged === reason) return;
  console.warn(message);
  state.lastLogged = reason;
}

async function probe(timeoutMs: number): Promise<Health> {
  const handle = dbHandle();
  const write = (async () => {
    await handle.ready;
    const value = randomBytes(8).toString("hex");
    await handle.db.setting.upsert({ where: { key: HEALTH_PROBE_KEY }, create: { key: HEALTH_PROBE_KEY, value }, update: { value } });
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout("health probe timed out")), timeoutMs);
  });
  const s = state();
  try {
    await Promise.race([write, timeout]);
    if (handle.target.provider === "sqlite") {
      const minFree = env().HEALTH_MIN_FREE_MB * 1024 * 1024;
      const free = minFree > 0 ? await freeBytes(path.dirname(handle.target.filePath)) : null;
      if (free !== null && free < minFree) {
        logChange(s, "disk-low", `tyndau: health: ${Math.floor(free / 1024 / 1024)} MB free in the database folder, below HEALTH_MIN_FREE_MB=${env().HEALTH_MIN_FREE_MB}`);
        return { ok: false, database: handle.provider, reason: "disk-low" };
      }
    }
    if (s.lastLogged !== "ok" && s.lastLogged !== undefined) console.warn("tyndau: health: the database takes writes again");
    s.lastLogged = "ok";
    return { ok: true, database: handle.provider };
  } catch (error) {
    write.catch(() => undefined);
    const reason = classifyDatabaseError(error);
    if (s.lastLogged !== reason) {
      // The operator's log may name the file or host; the public answer never does.
      console.warn(`tyndau: health: database cannot take writes (${reason}): ${error instanceof ProbeTimeout ? "no answer in time" : describeDatabaseError(error, handle.target)}`);
      s.lastLogged = reason;
    }
    return { ok: false, database: handle.provider, reason };
  } finally {
    clearTimeout(timer);
  }
}

/** Whether the database can commit a write now (cached for a few seconds). */
export async function checkHealth(timeoutMs = 3_000, now: number = nowMs()): Promise<Health> {
  const s = state();
  // Not cached: a submission that just failed shows at once.
  const failed = recentWriteFailure(now);
  if (failed) {
    logChange(s, `submission:${failed}`, `tyndau: health: a submission write failed (${failed}) in the last 30 s`);
    return { ok: false, database: dbHandle().provider, reason: failed };
  }
  const cached = s.cache;
  if (cached && now - cached.at < (cached.health.ok ? OK_CACHE_MS : FAILURE_CACHE_MS)) return cached.health;
  s.inflight ??= probe(timeoutMs)
    .then((health) => {
      s.cache = { at: nowMs(), health };
      return health;
    })
    .finally(() => {
      s.inflight = undefined;
    });
  return s.inflight;
}
