// A clean sign-in state between tests: the stored per-account and per-device windows,
// the audit rows they wrote, and the in-memory gates, aggregates and argon2 slot counts.
import { resetAuditAggregates } from "@/lib/audit/log";
import { resetHashSlotStats } from "@/lib/auth/throttle";
import { clearSignInMemory } from "@/lib/auth/throttle-account";
import type { Db } from "@/lib/db/client";

export async function resetSignInState(db: Db): Promise<void> {
  await db.rateLimit.deleteMany({});
  await db.auditLog.deleteMany({});
  clearSignInMemory();
  resetAuditAggregates();
  resetHashSlotStats();
}
