// The filters shared by the dashboard and the exports: region, gender, age
// group, screening answer, respondents' language and a date range. Parsed from the query
// string once, then turned into either a Prisma `where` or a parameterised SQL
// condition on the "Response" table (aliased `r`), so grouped queries and
// streaming exports filter with the same rules and the same indexes.
//
// Results are released by day (lib/responses/release.ts, docs/anonymity.md): every
// condition built here also admits only responses whose submission day has ended,
// unless RESULTS_DELAY=none. Dashboard and exports therefore cannot disagree on it.
import { z } from "zod";
import { LOCALES, type Locale } from "@/lib/questionnaire/locale";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { releaseCutoff } from "./release";

export type ResponseFilters = {
  region?: number[];
  gender?: number[];
  ageGroup?: number[];
  screening?: number[];
  locale?: Locale[];
  /** Inclusive submission dates, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /**
   * Count the responses staff excluded on the review page too. Never from the URL: the
   * dashboard, crosstab and report leave them out (and say how many), every export keeps
   * them, marked (docs/decisions/016-quality-and-exclusions.md).
   */
  includeExcluded?: boolean;
};

/**
 * Query parameter → filter key. `age` is the short public name of the age
 * group. The respondents' language is `locale` (in staff URLs `lang` is the
 * interface or label language, so it never doubles as a filter).
 */
const CODE_PARAMS = { region: "region", gender: "gender", age: "ageGroup", screening: "screening" } as const;
/** Filter key → "Response" column. */
const COLUMNS = { region: "region", gender: "gender", ageGroup: "ageGroup", screening: "screening", locale: "locale" } as const;

const date = z.iso.date();
const code = z.coerce.number().int().min(-2).max(999);

export type FilterParseResult =
  | { ok: true; filters: ResponseFilters }
  | { ok: false; errors: { param: string; message: string }[] };

/** Repeated (`?region=1&region=2`) or comma-separated (`?region=1,2`) values. */
function values(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

export function parseResponseFilters(params: URLSearchParams): FilterParseResult {
  const filters: ResponseFilters = {};
  const errors: { param: string; message: string }[] = [];
  for (const [param, key] of Object.entries(CODE_PARAMS)) {
    const raw = values(params, param);
    if (raw.length === 0) continue;
    const parsed = raw.map((v) => code.safeParse(v));
    if (parsed.every((p) => p.success)) filters[key] = [...new Set(parsed.map((p) => p.data as number))];
    else errors.push({ param, message: `${param} must be answer codes (whole numbers), e.g. ${param}=1,2` });
  }
  const locales = values(params, "locale");
  if (locales.length > 0) {
    if (locales.every((l): l is Locale => (LOCALES as readonly string[]).includes(l))) filters.locale = [...new Set(locales)];
    else errors.push({ param: "locale", message: `locale must be one of ${LOCALES.join(", ")}` });
  }
  for (const param of ["from", "to"] as const) {
    const raw = params.get(param);
    if (raw === null || raw === "") continue;
    if (date.safeParse(raw).success) filters[param] = raw;
    else errors.push({ param, message: `${param} must be a date written YYYY-MM-DD` });
  }
  if (filters.from && filters.to && filters.from > filters.to) errors.push({ param: "to", message: "to must not be before from" });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, filters };
}

export function filtersToSearchParams(filters: ResponseFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [param, key] of Object.entries(CODE_PARAMS)) {
    const list = filters[key];
    if (list && list.length > 0) params.set(param, list.join(","));
  }
  if (filters.locale?.length) params.set("locale", filters.locale.join(","));
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  return params;
}

export function isEmptyFilter(filters: ResponseFilters): boolean {
  return filtersToSearchParams(filters).toString() === "";
}

/** A plain object for the audit log (no respondent data: only the filter values). */
export function describeFilters(filters: ResponseFilters): Record<string, string> {
  return Object.fromEntries(filtersToSearchParams(filters).entries());
}

export function responseWhere(filters: ResponseFilters, releasedBefore: string | null = releaseCutoff() ?? null): Prisma.ResponseWhereInput {
  const where: Prisma.ResponseWhereInput = {};
  if (filters.region?.length) where.region = { in: filters.region };
  if (filters.gender?.length) where.gender = { in: filters.gender };
  if (filters.ageGroup?.length) where.ageGroup = { in: filters.ageGroup };
  if (filters.screening?.length) where.screening = { in: filters.screening };
  if (filters.locale?.length) where.locale = { in: filters.locale };
  if (!filters.includeExcluded) where.NOT = { review: { is: { excluded: true } } };
  if (filters.from || filters.to || releasedBefore) {
    where.submittedOn = {
      ...(filters.from ? { gte: filters.from } : {}),
      ...(filters.to ? { lte: filters.to } : {}),
      ...(releasedBefore ? { lt: releasedBefore } : {}),
    };
  }
  return where;
}

/**
 * A parameterised condition on `r` ("Response" r), "1=1" when there is no
 * filter and no release delay. Placeholders are `?`; pass the SQL through
 * `toProviderSql` for PostgreSQL. `releasedBefore` (default: today in
 * RESULTS_TIMEZONE when RESULTS_DELAY=day) excludes days not yet ended.
 */
export function responseFilterSql(
  filters: ResponseFilters,
  alias = "r",
  releasedBefore: string | null = releaseCutoff() ?? null,
): { sql: string; params: (string | number)[] } {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  for (const key of ["region", "gender", "ageGroup", "screening", "locale"] as const) {
    const list = filters[key];
    if (!list || list.length === 0) continue;
    parts.push(`${alias}."${COLUMNS[key]}" IN (${list.map(() => "?").join(", ")})`);
    params.push(...list);
  }
  if (filters.from) {
    parts.push(`${alias}."submittedOn" >= ?`);
    params.push(filters.from);
  }
  if (filters.to) {
    parts.push(`${alias}."submittedOn" <= ?`);
    params.push(filters.to);
  }
  if (releasedBefore) {
    parts.push(`${alias}."submittedOn" < ?`);
    params.push(releasedBefore);
  }
  if (!filters.includeExcluded) parts.push(`NOT EXISTS (SELECT 1 FROM "ResponseReview" x WHERE x."responseId" = ${alias}."id" AND x."excluded")`);
  return { sql: parts.length > 0 ? parts.join(" AND ") : "1=1", params };
}

/**
 * SQLite takes `?` placeholders; PostgreSQL takes `$1…$n`. Only placeholders
 * outside quoted strings and identifiers are rewritten.
 */
export function toProviderSql(sql: string, provider: "sqlite" | "postgresql", firstIndex = 1): string {
  if (provider === "sqlite") return sql;
  let n = firstIndex;
  let out = "";
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === "?") {
      out += `$${n++}`;
    } else {
      out += ch;
    }
  }
  return out;
}
