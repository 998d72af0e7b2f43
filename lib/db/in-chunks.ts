// Runs a query once per slice of a long id list and joins the rows: SQLite counts every
// `IN (…)` value as a bound parameter, and Prisma splits a lone `in` itself but refuses one
// combined with other filters once it is over the limit (P2029). Exports pass a batch of
// up to 1,000 ids; pages may pass more.
export const IN_CHUNK = 500;

export async function inChunks<T>(ids: readonly string[], query: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IN_CHUNK) out.push(...(await query(ids.slice(i, i + IN_CHUNK))));
  return out;
}
