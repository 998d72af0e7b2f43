// The audit log: who did what, when. Entries name staff accounts and what they did;
// they never carry respondents' answers, nor anyone's IP address (sign-in failures
// record the email that was tried, which is staff data, not respondent data).
import type { Db } from "@/lib/db/client";

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
  "staff-created",
  "staff-disabled",
  "staff-enabled",
  "staff-password-reset",
  "staff-role-changed",
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
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      details,
    },
  });
}
