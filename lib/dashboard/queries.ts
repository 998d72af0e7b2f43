// The grouped queries behind every dashboard figure. Each one is a single GROUP BY (or
// COUNT) in the database over "Answer" joined to the filtered "Response" rows; nothing
// here loads responses into memory. Without filters the join is skipped so the
// (variable, code) index alone answers the per-question counts.
import type { Condition, Questionnaire } from "@/lib/questionnaire";
import { filterVariables } from "@/lib/responses/filter-columns";
import { isEmptyFilter, responseFilterSql, type ResponseFilters } from "@/lib/responses/filters";
import { releaseCutoff } from "@/lib/responses/release";
import { num, placeholders, queryRows, type DashboardDb, type SqlValue } from "./sql";
import { assertNever } from "@/lib/questionnaire/assert-never";

/**
 * Responses submitted on days from <= submittedOn < before: the days an incremental
 * update adds when they are released (responses carry no arrival order, only a date).
 */
export type DayRange = { from: string; before: string };

/** `FROM "Answer" a` restricted to the filtered, released responses (and a day range), with its parameters. */
function answersFrom(filters: ResponseFilters, range?: DayRange): { from: string; where: string; params: SqlValue[] } {
  if (isEmptyFilter(filters) && !range && releaseCutoff() === undefined) return { from: `"Answer" a`, where: "1=1", params: [] };
  const f = responseFilterSql(filters);
  const from = `"Response" r JOIN "Answer" a ON a."responseId" = r."id"`;
  if (!range) return { from, where: f.sql, params: f.params };
  return { from, where: `r."submittedOn" >= ? AND r."submittedOn" < ? AND ${f.sql}`, params: [range.from, range.before, ...f.params] };
}

export async function countResponses(q: DashboardDb, filters: ResponseFilters): Promise<number> {
  const f = responseFilterSql(filters);
  const [row] = await queryRows<{ n: unknown }>(q, `SELECT COUNT(*) AS n FROM "Response" r WHERE ${f.sql}`, f.params);
  return num(row?.n);
}

export type Count<K> = { key: K; n: number };

/** Responses grouped by one "Response" column (submittedOn, locale, screening…). */
export async function responsesBy(
  q: DashboardDb,
  column: "submittedOn" | "locale" | "screening" | "region" | "gender" | "ageGroup",
  filters: ResponseFilters,
): Promise<Count<string | number | null>[]> {
  const f = responseFilterSql(filters);
  const rows = await queryRows<{ k: string | number | bigint | null; n: unknown }>(
    q,
    `SELECT r."${column}" AS k, COUNT(*) AS n FROM "Response" r WHERE ${f.sql} GROUP BY r."${column}" ORDER BY r."${column}"`,
    f.params,
  );
  return rows.map((r) => ({ key: typeof r.k === "bigint" ? Number(r.k) : r.k, n: num(r.n) }));
}

/** Answer rows per (variable, code) for the given variables: the frequency tables. */
export async function codeCounts(
  q: DashboardDb,
  variables: readonly string[],
  filters: ResponseFilters,
  range?: DayRange,
): Promise<Map<string, Map<number, number>>> {
  const out = new Map<string, Map<number, number>>();
  if (variables.length === 0) return out;
  const a = answersFrom(filters, range);
  const rows = await queryRows<{ variable: string; code: unknown; n: unknown }>(
    q,
    `SELECT a."variable" AS variable, a."code" AS code, COUNT(*) AS n FROM ${a.from}
     WHERE a."variable" IN (${placeholders(variables.length)}) AND a."code" IS NOT NULL AND ${a.where}
     GROUP BY a."variable", a."code"`,
    [...variables, ...a.params],
  );
  for (const r of rows) {
    let m = out.get(r.variable);
    if (!m) out.set(r.variable, (m = new Map()));
    m.set(num(r.code), num(r.n));
  }
  return out;
}

/**
 * Responses with a text under each variable (open answers, "other" texts). A response
 * has at most one text row per variable, and text rows carry no code, so without filters
 * the (variable, code) index alone counts them.
 */
export async function textCounts(
  q: DashboardDb,
  variables: readonly string[],
  filters: ResponseFilters,
  range?: DayRange,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (variables.length === 0) return out;
  const a = answersFrom(filters, range);
  const rows = await queryRows<{ variable: string; n: unknown }>(
    q,
    `SELECT a."variable" AS variable, COUNT(*) AS n FROM ${a.from}
     WHERE a."variable" IN (${placeholders(variables.length)}) AND a."code" IS NULL AND ${a.where}
     GROUP BY a."variable"`,
    [...variables, ...a.params],
  );
  for (const r of rows) out.set(r.variable, num(r.n));
  return out;
}

/**
 * Distinct responses with at least one row under each variable: "answered" for
 * optional multi-choice items (one row per ticked option).
 */
export async function respondentCounts(
  q: DashboardDb,
  variables: readonly string[],
  filters: ResponseFilters,
  range?: DayRange,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (variables.length === 0) return out;
  const a = answersFrom(filters, range);
  const rows = await queryRows<{ variable: string; n: unknown }>(
    q,
    `SELECT a."variable" AS variable, COUNT(DISTINCT a."responseId") AS n FROM ${a.from}
     WHERE a."variable" IN (${placeholders(variables.length)}) AND ${a.where}
     GROUP BY a."variable"`,
    [...variables, ...a.params],
  );
  for (const r of rows) out.set(r.variable, num(r.n));
  return out;
}

/** Responses whose answer under `variable` includes any of `codes` (all answers when codes is undefined). */
async function responsesWithCodes(q: DashboardDb, variable: string, codes: readonly number[] | undefined, filters: ResponseFilters): Promise<number> {
  const a = answersFrom(filters);
  const codeSql = codes ? `a."code" IN (${placeholders(codes.length)})` : `a."code" IS NOT NULL`;
  const [row] = await queryRows<{ n: unknown }>(
    q,
    `SELECT COUNT(DISTINCT a."responseId") AS n FROM ${a.from} WHERE a."variable" = ? AND ${codeSql} AND ${a.where}`,
    [variable, ...(codes ?? []), ...a.params],
  );
  return num(row?.n);
}

/**
 * How many of the filtered responses an item with this routing condition was shown to,
 * with the same semantics as `evaluateCondition` (lib/questionnaire/routing.ts): a
 * condition on an unanswered variable is false; on a multi-choice answer `equals`/`in`
 * mean "includes any", `notIn` "includes none".
 */
export async function countAsked(
  q: DashboardDb,
  condition: Condition | undefined,
  filters: ResponseFilters,
  def?: Questionnaire,
): Promise<number> {
  if (!condition) return countResponses(q, filters);
  // A condition on a question copied into a "Response" column (the screening question,
  // typically) is answered from that indexed column instead of the answer table.
  const column = def ? Object.entries(filterVariables(def)).find(([, v]) => v === condition.variable)?.[0] : undefined;
  if (column) {
    const f = responseFilterSql(filters);
    const values = condition.op === "equals" ? [condition.value] : condition.values;
    const test = condition.op === "notIn" ? `r."${column}" IS NOT NULL AND r."${column}" NOT IN (${placeholders(values.length)})` : `r."${column}" IN (${placeholders(values.length)})`;
    const [row] = await queryRows<{ n: unknown }>(q, `SELECT COUNT(*) AS n FROM "Response" r WHERE ${test} AND ${f.sql}`, [...values, ...f.params]);
    return num(row?.n);
  }
  switch (condition.op) {
    case "equals":
      return responsesWithCodes(q, condition.variable, [condition.value], filters);
    case "in":
      return responsesWithCodes(q, condition.variable, condition.values, filters);
    case "notIn": {
      const answered = await responsesWithCodes(q, condition.variable, undefined, filters);
      const including = await responsesWithCodes(q, condition.variable, condition.values, filters);
      return answered - including;
    }
    default:
      return assertNever(condition);
  }
}

export type TextAnswer = { id: string; text: string; locale: string; submittedOn: string };

/**
 * Free-text answers under one variable, with the total, in the order of the
 * responses' random ids: an order that carries no time (docs/anonymity.md).
 */
export async function textAnswers(
  q: DashboardDb,
  variable: string,
  filters: ResponseFilters,
  page: { offset: number; limit: number },
  /** The count when the caller already has it (the results page does). */
  knownTotal?: number,
): Promise<{ total: number; rows: TextAnswer[] }> {
  const f = responseFilterSql(filters);
  const total = knownTotal ?? (await textCounts(q, [variable], filters)).get(variable) ?? 0;
  // Walk responses in id order and probe each one's text by (responseId): the page is
  // found after a few index probes instead of collecting and sorting every text of the
  // variable. The probe is a scalar subquery on purpose: as a join or EXISTS, PostgreSQL
  // misjudges how many texts there are and sorts them all.
  const rows = await queryRows<{ id: unknown; text: string | null; locale: string; submittedOn: string }>(
    q,
    `SELECT t.id, t.text, t.locale, t."submittedOn" FROM (
       SELECT r."id" AS id, r."locale" AS locale, r."submittedOn" AS "submittedOn",
         (SELECT a."text" FROM "Answer" a WHERE a."responseId" = r."id" AND a."variable" = ? AND a."code" IS NULL AND a."text" IS NOT NULL LIMIT 1) AS text
       FROM "Response" r WHERE ${f.sql} ORDER BY r."id"
     ) t WHERE t.text IS NOT NULL LIMIT ? OFFSET ?`,
    [variable, ...f.params, page.limit, page.offset],
  );
  return { total, rows: rows.map((r) => ({ id: String(r.id), text: r.text ?? "", locale: r.locale, submittedOn: r.submittedOn })) };
}

/** Counts of (row code, column code) pairs over responses that answered both variables. */
export async function crosstabCounts(
  q: DashboardDb,
  rowVariable: string,
  columnVariable: string,
  filters: ResponseFilters,
): Promise<{ cells: { row: number; column: number; n: number }[]; rowTotals: Map<number, number> }> {
  const f = responseFilterSql(filters);
  const join = `FROM "Answer" a1 JOIN "Answer" a2 ON a2."responseId" = a1."responseId" JOIN "Response" r ON r."id" = a1."responseId"
     WHERE a1."variable" = ? AND a2."variable" = ? AND a1."code" IS NOT NULL AND a2."code" IS NOT NULL AND ${f.sql}`;
  const params = [rowVariable, columnVariable, ...f.params];
  const cells = await queryRows<{ rc: unknown; cc: unknown; n: unknown }>(
    q,
    `SELECT a1."code" AS rc, a2."code" AS cc, COUNT(*) AS n ${join} GROUP BY a1."code", a2."code"`,
    params,
  );
  // Row totals count respondents, not pairs, so a multi-choice column item still gives
  // "% of this row's respondents who chose each option".
  const totals = await queryRows<{ rc: unknown; n: unknown }>(
    q,
    `SELECT a1."code" AS rc, COUNT(DISTINCT a1."responseId") AS n ${join} GROUP BY a1."code"`,
    params,
  );
  return {
    cells: cells.map((c) => ({ row: num(c.rc), column: num(c.cc), n: num(c.n) })),
    rowTotals: new Map(totals.map((t) => [num(t.rc), num(t.n)])),
  };
}
