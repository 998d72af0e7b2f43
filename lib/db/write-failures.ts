// The last failed submission write, in memory only, for /api/health (lib/db/health.ts).
// A full disk can leave the health probe's one-row upsert room to succeed (it rewrites a
// page the WAL already holds) while every submission, which needs new pages, fails: so
// health also answers 503 for WRITE_FAILURE_WINDOW_MS after the submission path's own
// write failed, unless a submission write has succeeded since.
//
// What is kept is a reason code and an instant — never the request, its address or its
// answers — and it lives in this process's memory only (docs/anonymity.md). It sits on
// globalThis because Next.js may load this module once per bundle (route handlers,
// server actions), and they must share one state.
import { nowMs } from "@/lib/clock";
import { classifyDatabaseError, type HealthReason } from "./health-reasons";

export const WRITE_FAILURE_WINDOW_MS = 30_000;

type State = { failedAt?: number; reason?: HealthReason; logged?: HealthReason };
const holder = globalThis as unknown as { __tyndauWriteFailures?: State };
const state = (): State => (holder.__tyndauWriteFailures ??= {});

/** The database's own error name and code, nothing from the request. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  return `${error.name}: ${(error as { code?: string }).code ?? error.message.split("\n")[0]}`;
}

/**
 * Called by the submission write path when a write failed (not for a duplicate id).
 * The server's output gets one line when submissions start failing (or fail for a
 * new reason), not one per failed submission: a timed line per request would be a
 * log of respondents (docs/anonymity.md).
 */
export function recordWriteFailure(error: unknown): void {
  const s = state();
  s.failedAt = nowMs();
  s.reason = classifyDatabaseError(error);
  if (s.logged !== s.reason) {
    console.warn(`tyndau: submissions cannot be stored (${s.reason}; ${describe(error)}); /api/health answers 503`);
    s.logged = s.reason;
  }
}

/** Called by the submission write path when a transaction committed: the disk takes writes again. */
export function recordWriteSuccess(): void {
  const s = state();
  // Silent: a line here would mark the moment one respondent's answers were stored.
  if (s.failedAt !== undefined) s.failedAt = s.reason = s.logged = undefined;
}

/** The reason of a submission write failure in the last WRITE_FAILURE_WINDOW_MS, if any. */
export function recentWriteFailure(at: number = nowMs()): HealthReason | null {
  const { failedAt, reason } = state();
  if (failedAt === undefined || reason === undefined) return null;
  return at - failedAt < WRITE_FAILURE_WINDOW_MS ? reason : null;
}
