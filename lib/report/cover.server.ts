// The report's cover figures: the fieldwork's release days (first, last, how many days
// had responses), and N by language and by questionnaire version, under the filters and
// the release cut-off. A count below the minimum group size is shown as such (no figure).
import "server-only";
import type { ResponseFilters } from "@/lib/responses/filters";
import { responseFilterSql } from "@/lib/responses/filters";
import { protectFigures, type Suppression } from "@/lib/dashboard/disclosure";
import { num, queryRows, type DashboardDb } from "@/lib/dashboard/sql";

export type CoverCount = { key: string; n: number; suppressed?: Suppression };

export type ReportCover = {
  total: number;
  fieldwork: { first: string; last: string; days: number } | null;
  byLocale: CoverCount[];
  byVersion: CoverCount[];
};

export async function reportCover(q: DashboardDb, filters: ResponseFilters, k: number): Promise<ReportCover> {
  const f = responseFilterSql(filters);
  const rows = await queryRows<{ d: string; l: string; v: string; n: unknown }>(
    q,
    `SELECT r."submittedOn" AS d, r."locale" AS l, r."questionnaireVersion" AS v, COUNT(*) AS n FROM "Response" r WHERE ${f.sql}
     GROUP BY r."submittedOn", r."locale", r."questionnaireVersion"`,
    f.params,
  );
  const days = [...new Set(rows.map((r) => r.d))].sort();
  const sum = (key: (r: (typeof rows)[number]) => string) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + num(r.n));
    return m;
  };
  const total = rows.reduce((a, r) => a + num(r.n), 0);
  // The parts add up to the shown total: one hidden part would be the total minus the
  // others, so protectFigures hides a second one (secondary suppression).
  const counts = (m: Map<string, number>, keys: string[]): CoverCount[] => {
    const values = [...keys.map((key) => m.get(key) ?? 0), total];
    const hidden = protectFigures(values, [{ parts: keys.map((_, i) => i), whole: keys.length }], k);
    return keys.map((key, i) => {
      const why = hidden.get(i);
      return why ? { key, n: 0, suppressed: why } : { key, n: values[i] ?? 0 };
    });
  };
  const versions = sum((r) => r.v);
  return {
    total,
    fieldwork: days.length > 0 ? { first: days[0] ?? "", last: days[days.length - 1] ?? "", days: days.length } : null,
    byLocale: counts(sum((r) => r.l), ["kk", "ru", "en"]),
    byVersion: counts(versions, [...versions.keys()].sort((a, b) => a.localeCompare(b, "en", { numeric: true }))),
  };
}
