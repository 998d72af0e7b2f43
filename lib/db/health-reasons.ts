// The reason codes /api/health may answer with, and how a driver error maps to one.
// No "server-only" here: the submission write path (lib/db/write-failures.ts) and
// unit tests use it too.
import "server-only";
import { inspect } from "node:util";

export type HealthReason = "timeout" | "unreachable" | "read-only" | "disk-full" | "disk-low" | "io-error" | "locked" | "write-failed";

/** Thrown by the probe when the database does not answer in time. */
export class ProbeTimeout extends Error {
  override name = "ProbeTimeout";
}

/** A reason code for a failed write, from whatever the driver threw. */
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
