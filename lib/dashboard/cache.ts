// Incremental aggregation. The per-question counts over 100,000 responses take a few
// seconds to compute from scratch, so each aggregate is kept in memory together with
// the "Response" rows it covers. Responses carry no arrival order (docs/anonymity.md),
// only their submission date, so "the rows it covers" is described by a release
// cutoff day (rows submitted before it, or all rows when results are not delayed)
// and a fingerprint of those rows: their count and smallest and largest random id.
// With results released by day (the default), the visible rows change when a day
// ends: only that day's rows are then aggregated and added. Counts are additive per
// response, so this is exact.
//
// Safety: an entry is reused only if the fingerprint of the rows it covers is
// unchanged: a deletion, or a response stored under an already-covered day, changes
// it and forces a full recomputation. A full computation is cached only if the rows
// did not change while it ran. Each app instance keeps its own cache, all computed
// from the one database, so instances never disagree for long.
import "server-only";
import type { Db } from "@/lib/db/client";
import { releaseCutoff } from "@/lib/responses/release";
import type { DayRange } from "./queries";
import { num, queryRows, type DashboardDb } from "./sql";

/** Rows with submittedOn < cutoff (all rows when cutoff is null), fingerprinted. */
type Version = { cutoff: string | null; count: number; minId: string | null; maxId: string | null; reviews: string };
type Entry<T> = { version: Version; value: T };

const MAX_ENTRIES = 200;
// On globalThis like the database client (lib/db/client.ts): Next.js bundles each page and
// route with its own copy of this module, and the results page, the report, the chart
// downloads and the start-up warm-up (lib/dashboard/warmup.ts) must share one cache.
const caches: WeakMap<Db, Map<string, Entry<unknown>>> = ((globalThis as unknown as { __tyndauDashboardCaches?: WeakMap<Db, Map<string, Entry<unknown>>> }).__tyndauDashboardCaches ??= new WeakMap());

async function versionBelow(q: DashboardDb, cutoff: string | null): Promise<Version> {
  const [row] = await queryRows<{ n: unknown; lo: string | null; hi: string | null }>(
    q,
    `SELECT COUNT(*) AS n, MIN("id") AS lo, MAX("id") AS hi FROM "Response"${cutoff ? ` WHERE "submittedOn" < ?` : ""}`,
    cutoff ? [cutoff] : [],
  );
  // Excluded responses are not counted: a review decision changes the aggregates (lib/review).
  const [review] = await queryRows<{ value: string }>(q, `SELECT "value" FROM "Setting" WHERE "key" = ?`, ["review.revision"]);
  return { cutoff, count: num(row?.n), minId: row?.lo ?? null, maxId: row?.hi ?? null, reviews: review?.value ?? "0" };
}

const sameRows = (a: Version, b: Version) => a.cutoff === b.cutoff && a.count === b.count && a.minId === b.minId && a.maxId === b.maxId && a.reviews === b.reviews;

/**
 * The database's state at the start of one dashboard request, shared by every aggregate
 * of that request: the visible rows' fingerprint, and (memoised) the fingerprint of the
 * rows below an older cutoff.
 */
export type Snapshot = { version: Version; below: (cutoff: string | null) => Promise<Version> };

export async function snapshot(q: DashboardDb): Promise<Snapshot> {
  const cutoff = releaseCutoff() ?? null;
  const version = await versionBelow(q, cutoff);
  const memo = new Map<string | null, Promise<Version>>([[cutoff, Promise.resolve(version)]]);
  const below = (c: string | null) => {
    let found = memo.get(c);
    if (!found) memo.set(c, (found = versionBelow(q, c)));
    return found;
  };
  return { version, below };
}

export async function incremental<T>(
  q: DashboardDb,
  snap: Snapshot,
  key: string,
  compute: (range?: DayRange) => Promise<T>,
  merge: (cached: T, delta: T) => T,
): Promise<T> {
  let cache = caches.get(q.db);
  if (!cache) caches.set(q.db, (cache = new Map()));
  const entry = cache.get(key) as Entry<T> | undefined;
  const before = snap.version;

  if (entry && sameRows(entry.version, before)) return entry.value;
  // A later day has been released since the entry was computed: add that day's rows.
  if (entry && entry.version.cutoff !== null && before.cutoff !== null && entry.version.cutoff < before.cutoff && sameRows(await snap.below(entry.version.cutoff), entry.version)) {
    const delta = await compute({ from: entry.version.cutoff, before: before.cutoff });
    const value = merge(entry.value, delta);
    remember(cache, key, { version: before, value });
    return value;
  }

  const value = await compute();
  const after = await versionBelow(q, before.cutoff);
  if (sameRows(after, before)) remember(cache, key, { version: before, value });
  else cache.delete(key);
  return value;
}

function remember<T>(cache: Map<string, Entry<unknown>>, key: string, entry: Entry<T>): void {
  cache.delete(key);
  cache.set(key, entry);
  // Oldest first in a Map: drop the least recently refreshed entries.
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
}

export function addCounts(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [k, n] of b) out.set(k, (out.get(k) ?? 0) + n);
  return out;
}

export function addNestedCounts(a: Map<string, Map<number, number>>, b: Map<string, Map<number, number>>): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const [k, m] of a) out.set(k, new Map(m));
  for (const [k, m] of b) {
    const target = out.get(k) ?? new Map<number, number>();
    for (const [code, n] of m) target.set(code, (target.get(code) ?? 0) + n);
    out.set(k, target);
  }
  return out;
}
