// Incremental aggregation. The per-question counts over 100,000 responses take a few
// seconds to compute from scratch, yet between two page views usually only a handful of
// responses arrive. So each aggregate is kept in memory together with the "Response"
// rows it covers (seq ≤ maxSeq, and how many), and later requests only aggregate the
// new rows and add them. Counts are additive per response, so this is exact.
//
// Safety: an entry is reused only if COUNT(*) of responses with seq ≤ maxSeq still equals
// the count it was built from: a deletion, or a transaction that committed late with a
// lower seq, changes that count and forces a full recomputation. A full computation is
// cached only if no response arrived while it ran. Each app instance keeps its own cache,
// all computed from the one database, so instances never disagree for long.
import type { Db } from "@/lib/db/client";
import type { SeqRange } from "./queries";
import { num, queryRows, type DashboardDb } from "./sql";

type Version = { maxSeq: number; count: number };
type Entry<T> = { version: Version; value: T };

const MAX_ENTRIES = 200;
const caches = new WeakMap<Db, Map<string, Entry<unknown>>>();

async function currentVersion(q: DashboardDb): Promise<Version> {
  const [row] = await queryRows<{ m: unknown; n: unknown }>(q, `SELECT MAX("seq") AS m, COUNT(*) AS n FROM "Response"`, []);
  return { maxSeq: num(row?.m), count: num(row?.n) };
}

/**
 * The database's state at the start of one dashboard request, shared by every aggregate
 * of that request. COUNT(*) of rows at or below a seq is derived as "all rows minus the
 * few above it", which reads an index range instead of the whole table.
 */
export type Snapshot = { version: Version; countUpTo: (maxSeq: number) => Promise<number> };

export async function snapshot(q: DashboardDb): Promise<Snapshot> {
  const version = await currentVersion(q);
  const memo = new Map<number, Promise<number>>();
  const countUpTo = (maxSeq: number) => {
    let found = memo.get(maxSeq);
    if (!found) {
      found = maxSeq >= version.maxSeq
        ? Promise.resolve(version.count)
        : queryRows<{ n: unknown }>(q, `SELECT COUNT(*) AS n FROM "Response" WHERE "seq" > ?`, [maxSeq]).then(([row]) => version.count - num(row?.n));
      memo.set(maxSeq, found);
    }
    return found;
  };
  return { version, countUpTo };
}

export async function incremental<T>(
  q: DashboardDb,
  snap: Snapshot,
  key: string,
  compute: (range?: SeqRange) => Promise<T>,
  merge: (cached: T, delta: T) => T,
): Promise<T> {
  let cache = caches.get(q.db);
  if (!cache) caches.set(q.db, (cache = new Map()));
  const entry = cache.get(key) as Entry<T> | undefined;
  const before = snap.version;

  if (entry && entry.version.maxSeq <= before.maxSeq && (await snap.countUpTo(entry.version.maxSeq)) === entry.version.count) {
    if (before.maxSeq === entry.version.maxSeq) return entry.value;
    const range = { after: entry.version.maxSeq, upTo: before.maxSeq };
    const delta = await compute(range);
    const value = merge(entry.value, delta);
    remember(cache, key, { version: before, value });
    return value;
  }

  const value = await compute();
  const after = await currentVersion(q);
  if (after.maxSeq === before.maxSeq && after.count === before.count) remember(cache, key, { version: before, value });
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
