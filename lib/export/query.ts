// Export URLs: the query string shared by the routes and the Export page. The label
// language travels as `lang` (as the issue names it) and the respondent-language filter as
// `locale`; the shared filter parser (lib/responses/filters) calls the latter `lang`, so
// the query is translated before it is parsed.
import { parseResponseFilters, type FilterParseResult } from "@/lib/responses/filters";

export function filterParams(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  out.delete("lang");
  for (const value of params.getAll("locale")) out.append("lang", value);
  out.delete("locale");
  return out;
}

export function parseExportFilters(params: URLSearchParams): FilterParseResult {
  return parseResponseFilters(filterParams(params));
}

/** Next.js page searchParams (a record) as URLSearchParams. */
export function toSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  return params;
}
