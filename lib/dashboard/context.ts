import "server-only";
// Request plumbing shared by the admin pages and routes: the database with its provider,
// and page search params as URLSearchParams (for the shared filter parser).
import { dbHandle, getDb } from "@/lib/db/client";
import { parseResponseFilters, type ResponseFilters } from "@/lib/responses/filters";
import type { DashboardDb } from "./sql";

export async function dashboardDb(): Promise<DashboardDb> {
  const db = await getDb();
  return { db, provider: dbHandle().provider };
}

export type PageSearchParams = Record<string, string | string[] | undefined>;

export function toSearchParams(params: PageSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) for (const v of value) out.append(key, v);
    else if (value !== undefined) out.append(key, value);
  }
  return out;
}

/** Filters from the query string; unparseable parameters are reported and ignored. */
export function filtersFrom(params: URLSearchParams): { filters: ResponseFilters; errors: { param: string; message: string }[] } {
  const parsed = parseResponseFilters(params);
  if (parsed.ok) return { filters: parsed.filters, errors: [] };
  // Drop only the bad parameters and keep the rest.
  const bad = new Set(parsed.errors.map((e) => e.param));
  const kept = new URLSearchParams();
  for (const [k, v] of params) if (!bad.has(k)) kept.append(k, v);
  const retry = parseResponseFilters(kept);
  return { filters: retry.ok ? retry.filters : {}, errors: parsed.errors };
}

export function firstParam(params: PageSearchParams, key: string): string | undefined {
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}
