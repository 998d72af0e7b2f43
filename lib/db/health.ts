import "server-only";
// /api/health: proves the database can COMMIT A WRITE, not only answer a query.
// A full disk or a read-only file lets SELECT 1 succeed while every submission
// fails, so the probe upserts one Setting row ("health-probe") with a random
// value (no time in it) inside a bounded wait. The result is cached for a few
// seconds, so a load balancer polling every second costs one write per interval,
// and concurrent callers share one probe.
//
// The public answer is {status, database kind, reason code}: never a URL, a
// path or a driver message. The full description goes to the server's output,
// once per change of state.
import { randomBytes } from "node:crypto";
import { inspect } from "node:util";
import { nowMs } from "@/lib/clock";
import { dbHandle } from "./client";
import { describeDatabaseError } from "./errors";

export type HealthReason = "timeout" | "unreachable" | "read-only" | "disk-full" | "io-error" | "locked" | "write-failed";

export type Health =
  | { ok: true; database: "sqlite" | "postgresql" }
  | { ok: false; database: "sqlite" | "postgresql"; reason: HealthReason };

export const HEALTH_PROBE_KEY = "health-probe";
const OK_CACHE_MS = 5_000;
const FAILURE_CACHE_MS = 2_000;

class ProbeTimeout extends Error {
  override name = "ProbeTimeout";
}

/** A reason code for a failed probe, from whatever the driver threw. */
export function classifyDatabaseError(error: unknown): HealthReason {
  if (error instanceof ProbeTimeout) return "timeout";
  const text = inspect(error, { depth: 6, breakLength: Infinity });
  if (/SQLITE_READONLY|attempt to write a readonly database|\b25006\b|read-only transaction/i.test(text)) return "read-only";
  if (/SQLITE_FULL|ENOSPC|database or disk is full|\b53100\b|No space left/i.test(text)) return "disk-full";
  if (/SQLITE_IOERR|disk I\/O error|\b58030\b/i.test(text)) return "io-error";
  if (/SQLITE_BUSY|SQLITE_LOCKED|database is locked|\b55P03\b|\b57014\b/i.test(text)) return "locked";
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|DatabaseNotReachable|Connection terminated|\b57P0[123]\b|\b08\d{3}\b|SQLITE_CANTOPEN/i.test(text)) return "unreachable";
  return "write-failed";
}

type Cache = { at: number; health: Health } | undefined;
const holder = globalThis as unknown as { __tyndauHealth?: { cache: Cache; inflight?: Promise<Health>; lastLogged?: string } };
function state() {
  holder.__tyndauHealth ??= { cache: undefined };
  return holder.__tyndauHealth;
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
