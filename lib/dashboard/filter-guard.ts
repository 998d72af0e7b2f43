// The database half of the filter verdict (disclosure.ts): the released responses
// counted per combination of filter columns — and per day when the filters have dates —
// in one grouped query over "Response", kept up to date like the other aggregates
// (cache.ts). A few thousand groups at most; the verdict itself is computed in memory.
import { env } from "@/lib/env";
import { responseFilterSql, type ResponseFilters } from "@/lib/responses/filters";
import { addCounts, incremental, snapshot } from "./cache";
import { filterVerdict, type FilterAtom, type FilterVerdict } from "./disclosure";
import type { DayRange } from "./queries";
import { num, queryRows, type DashboardDb } from "./sql";

/** MIN_GROUP_SIZE: the smallest group any staff view shows (default 5). */
export function minGroupSize(): number {
  return env().MIN_GROUP_SIZE;
}

const code = (v: unknown): number | null => (v === null || v === undefined ? null : num(v));

async function atomCounts(q: DashboardDb, byDay: boolean, range?: DayRange): Promise<Map<string, number>> {
  const f = responseFilterSql({});
  const columns = `r."region", r."gender", r."ageGroup", r."screening", r."locale"${byDay ? `, r."submittedOn"` : ""}`;
  const where = range ? `r."submittedOn" >= ? AND r."submittedOn" < ? AND ${f.sql}` : f.sql;
  const rows = await queryRows<{ region: unknown; gender: unknown; ageGroup: unknown; screening: unknown; locale: string; submittedOn?: string; n: unknown }>(
    q,
    `SELECT ${columns}, COUNT(*) AS n FROM "Response" r WHERE ${where} GROUP BY ${columns}`,
    range ? [range.from, range.before, ...f.params] : f.params,
  );
  const out = new Map<string, number>();
  for (const r of rows) {
    const atom = [code(r.region), code(r.gender), code(r.ageGroup), code(r.screening), r.locale, byDay ? (r.submittedOn ?? null) : null];
    const key = JSON.stringify(atom);
    out.set(key, (out.get(key) ?? 0) + num(r.n));
  }
  return out;
}

export async function filterAtoms(q: DashboardDb, filters: ResponseFilters): Promise<FilterAtom[]> {
  const byDay = Boolean(filters.from || filters.to);
  const counts = await incremental(q, await snapshot(q), `disclosure-atoms:${byDay}`, (range) => atomCounts(q, byDay, range), addCounts);
  return [...counts].map(([key, n]) => {
    const [region, gender, ageGroup, screening, locale, day] = JSON.parse(key) as [number | null, number | null, number | null, number | null, string, string | null];
    return { region, gender, ageGroup, screening, locale, day, n };
  });
}

/** Whether a view under these filters may show anything (see disclosure.ts). */
export async function checkFilters(q: DashboardDb, filters: ResponseFilters, k: number = minGroupSize()): Promise<FilterVerdict> {
  return filterVerdict(await filterAtoms(q, filters), filters, k);
}
