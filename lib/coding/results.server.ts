import "server-only";
// Coded categories of an open question as the dashboard shows a multi-choice item: per
// category the answers the primary coder gave it, as a share of the coded answers (the
// base), under the dashboard's filters and release cut-off. A category given to fewer
// than k answers shows no figure; a base below k shows nothing (docs/anonymity.md).
import { isSmall } from "@/lib/dashboard/disclosure";
import { minGroupSize } from "@/lib/dashboard/filter-guard";
import { num, queryRows, type DashboardDb } from "@/lib/dashboard/sql";
import { responseFilterSql, type ResponseFilters } from "@/lib/responses/filters";
import type { LocalizedText } from "@/lib/questionnaire";
import { primaryCoder } from "./assignments.server";
import type { CodeFrameView } from "./frames.server";

export type CodedRow = { number: number; label: LocalizedText; n: number | null; pct: number | null };
export type CodedResult = { shown: false } | { shown: true; base: number; rows: CodedRow[] };

export async function codedResult(q: DashboardDb, frame: CodeFrameView, filters: ResponseFilters, k = minGroupSize()): Promise<CodedResult> {
  const coder = await primaryCoder(q.db, frame);
  if (!coder || frame.categories.length === 0) return { shown: false };
  const f = responseFilterSql(filters);
  const ids = frame.categories.map((c) => c.id);
  const inList = ids.map(() => "?").join(", ");
  const from = `FROM "CodeAssignment" ca JOIN "Response" r ON r."id" = ca."responseId" WHERE ca."coderId" = ? AND ca."categoryId" IN (${inList}) AND ${f.sql}`;
  const [baseRow] = await queryRows<{ n: unknown }>(q, `SELECT COUNT(DISTINCT ca."responseId") AS n ${from}`, [coder, ...ids, ...f.params]);
  const base = num(baseRow?.n);
  if (base === 0 || isSmall(base, k)) return { shown: false };
  const counts = new Map(
    (await queryRows<{ category: string; n: unknown }>(q, `SELECT ca."categoryId" AS category, COUNT(*) AS n ${from} GROUP BY ca."categoryId"`, [coder, ...ids, ...f.params])).map(
      (r) => [String(r.category), num(r.n)],
    ),
  );
  return {
    shown: true,
    base,
    rows: frame.categories.map((c) => {
      const n = counts.get(c.id) ?? 0;
      const hidden = isSmall(n, k) || isSmall(base - n, k);
      return { number: c.number, label: c.label, n: hidden ? null : n, pct: hidden ? null : (100 * n) / base };
    }),
  };
}
