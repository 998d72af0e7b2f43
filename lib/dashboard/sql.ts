// A thin runner for the dashboard's grouped queries: `?` placeholders on both databases
// (rewritten to $n for PostgreSQL) and COUNT results normalised to numbers (PostgreSQL
// returns bigint).
import "server-only";
import type { Db, Provider } from "@/lib/db/client";
import { toProviderSql } from "@/lib/responses/filters";

export type DashboardDb = {
  db: Db;
  provider: Provider;
  /**
   * Runs the queries instead of `db` (the start-up warm-up's worker thread on SQLite,
   * lib/dashboard/warmup-reader.ts); `db` still names the database and its cache.
   */
  read?: (sql: string, params: readonly SqlValue[]) => Promise<Record<string, unknown>[]>;
};

export type SqlValue = string | number;

export async function queryRows<T extends Record<string, unknown>>(
  q: DashboardDb,
  sql: string,
  params: readonly SqlValue[],
): Promise<T[]> {
  const text = toProviderSql(sql, q.provider);
  if (q.read) return (await q.read(text, params)) as T[];
  return q.db.$queryRawUnsafe<T[]>(text, ...params);
}

/** COUNT(*) and SUM() arrive as number, bigint or (PostgreSQL numeric) string. */
export function num(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" && value.trim() !== "") return Number(value);
  return 0;
}

export function placeholders(count: number): string {
  return Array.from({ length: count }, () => "?").join(", ");
}
