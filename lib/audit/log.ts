// The audit log: who did what, when. Entries name staff accounts and what they did;
// they never carry respondents' answers, nor anyone's IP address (sign-in failures
// record the email that was tried, which is staff data, not respondent data).
import "server-only";
import type { Db } from "@/lib/db/client";
import { now as clockNow } from "@/lib/clock";

export const AUDIT_ACTIONS = [
  "sign-in",
  "sign-in-failed",
  "sign-in-blocked",
  "sign-out",
  "export",
  "survey-opened",
  "survey-closed",
  "responses-deleted",
  "demo-data-seeded",
  "backup-downloaded",
  "staff-created",
  "staff-disabled",
  "staff-enabled",
  "staff-password-reset",
  "staff-role-changed",
  "results-release",
  "questionnaire-draft-saved",
  "questionnaire-draft-discarded",
  "questionnaire-translation-confirmed",
  "questionnaire-source-locale-set",
  "questionnaire-published",
  "questionnaire-text-published",
  "response-excluded",
  "response-restored",
  "code-frame-created",
  "code-category-saved",
  "weights-computed",
  "weights-removed",
  "survey-access-changed",
  "invitations-created",
  "invitations-revoked",
  "invitations-extended",
  "invitations-rates-exported",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditActor = { id: string; email: string };

export type AuditEntry = {
  actor?: AuditActor | null;
  action: AuditAction;
  /** Small, non-personal facts: a filter, a count, the account acted upon, "via": "cli". */
  details?: Record<string, unknown>;
};

/** Details are capped so a bug can never turn the log into a data dump. */
const MAX_DETAILS_LENGTH = 2_000;

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  let details = JSON.stringify(entry.details ?? {});
  if (details.length > MAX_DETAILS_LENGTH) details = JSON.stringify({ truncated: true });
  await db.auditLog.create({
    data: {
      at: clockNow(),
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      details,
    },
  });
}

// --- aggregated entries --------------------------------------------------------------
// Events that an attacker can produce at will (sign-in attempts naming no account,
// attempts refused by a limit) are not written one row each: each instance keeps one
// row per action, hour and details, and updates its count ({ ..., hour, count }).

type Aggregate = { id?: number; creating?: Promise<void>; count: number; written: number; timer?: NodeJS.Timeout; db: Db; entry: AuditEntry; hour: string };
const aggregateHolder = globalThis as unknown as { __tyndauAuditAggregates?: Map<string, Aggregate> };
const AGGREGATE_FLUSH_MS = 1_000;

function aggregates(): Map<string, Aggregate> {
  aggregateHolder.__tyndauAuditAggregates ??= new Map();
  return aggregateHolder.__tyndauAuditAggregates;
}

function aggregateDetails(entry: AuditEntry, hour: string, count: number): string {
  return JSON.stringify({ ...(entry.details ?? {}), hour, count });
}

async function flushAggregate(entry: AuditEntry, hour: string, slot: Aggregate): Promise<void> {
  slot.timer = undefined;
  if (slot.id === undefined || slot.written === slot.count) return;
  const count = slot.count;
  await slot.db.auditLog.update({ where: { id: slot.id }, data: { details: aggregateDetails(entry, hour, count) } });
  slot.written = Math.max(slot.written, count);
}

/** Counts one occurrence of an event in this hour's aggregated audit row. */
export async function auditAggregated(db: Db, entry: AuditEntry, now: Date = clockNow()): Promise<void> {
  const hour = `${now.toISOString().slice(0, 13)}:00Z`;
  const key = `${entry.action}|${entry.actor?.id ?? ""}|${hour}|${JSON.stringify(entry.details ?? {})}`;
  const map = aggregates();
  let slot = map.get(key);
  if (!slot || slot.db !== db) {
    // Rows of past hours are final; forget them.
    for (const [k, s] of map) if (!k.includes(`|${hour}|`) && s.timer === undefined && s.creating === undefined) map.delete(k);
    slot = { count: 0, written: 0, db, entry, hour };
    map.set(key, slot);
  }
  slot.count++;
  if (slot.id === undefined) {
    const current = slot;
    current.creating ??= db.auditLog
      .create({
        data: { actorId: entry.actor?.id ?? null, actorEmail: entry.actor?.email ?? null, action: entry.action, details: aggregateDetails(entry, hour, 1) },
      })
      .then((row) => {
        current.id = row.id;
        current.written = 1;
      })
      .finally(() => {
        current.creating = undefined;
      });
    await current.creating;
  }
  if (slot.written < slot.count && slot.timer === undefined) {
    const current = slot;
    current.timer = setTimeout(() => void flushAggregate(entry, hour, current).catch(() => undefined), AGGREGATE_FLUSH_MS);
    current.timer.unref?.();
  }
}

/** Writes every pending aggregated count now (tests, shutdown). */
export async function flushAuditAggregates(): Promise<void> {
  for (const slot of aggregates().values()) {
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.creating) await slot.creating;
    await flushAggregate(slot.entry, slot.hour, slot);
  }
}

/** Forgets aggregation state (tests that drop their database). */
export function resetAuditAggregates(): void {
  for (const slot of aggregates().values()) if (slot.timer) clearTimeout(slot.timer);
  aggregates().clear();
}
