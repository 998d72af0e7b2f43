// Reading the audit log for the admin page: newest first, keyset-paginated by id.
import type { Db } from "@/lib/db/client";
import { isAuditAction, type AuditAction } from "./log";

export type AuditRow = {
  id: number;
  at: Date;
  actorEmail: string | null;
  action: AuditAction | string;
  details: Record<string, unknown>;
};

export type AuditPage = { rows: AuditRow[]; nextBefore: number | null };

export async function readAuditLog(
  db: Db,
  options: { before?: number; limit?: number; action?: string } = {},
): Promise<AuditPage> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const rows = await db.auditLog.findMany({
    where: {
      ...(options.before !== undefined ? { id: { lt: options.before } } : {}),
      ...(options.action && isAuditAction(options.action) ? { action: options.action } : {}),
    },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit).map((r) => ({
    id: r.id,
    at: r.at,
    actorEmail: r.actorEmail,
    action: r.action,
    details: parseDetails(r.details),
  }));
  const last = page[page.length - 1];
  return { rows: page, nextBefore: rows.length > limit && last ? last.id : null };
}

function parseDetails(raw: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
