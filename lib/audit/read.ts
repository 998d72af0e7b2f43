// Reading the audit log for the admin page: newest first, keyset-paginated by id.
import "server-only";
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

/**
 * An entry's details as readable "name: value" lines instead of raw JSON: nested objects
 * are flattened ("filters · region: 1, 2"), lists joined, empty values left out.
 */
export function readableDetails(details: Record<string, unknown>): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  const words = (k: string) => k.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase();
  const visit = (prefix: string, value: unknown) => {
    if (value === null || value === undefined || value === "") return;
    if (Array.isArray(value)) {
      if (value.length === 0) return;
      if (value.every((v) => typeof v !== "object" || v === null)) {
        out.push({ key: prefix, value: value.map(String).join(", ") });
        return;
      }
      value.forEach((v, i) => visit(`${prefix} ${i + 1}`, v));
      return;
    }
    if (typeof value === "object") {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) visit(prefix ? `${prefix} · ${words(k)}` : words(k), v);
      return;
    }
    out.push({ key: prefix, value: typeof value === "boolean" ? (value ? "yes" : "no") : String(value) });
  };
  visit("", details);
  return out;
}
