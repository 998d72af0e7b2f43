// Export URLs: the query string shared by the routes and the Export page. The label
// language travels as `lang` (as docs/exports.md names it); the filters, including the
// respondents' language (`locale`), are the dashboard's own (lib/responses/filters).
import { parseResponseFilters, type FilterParseResult } from "@/lib/responses/filters";

export function parseExportFilters(params: URLSearchParams): FilterParseResult {
  return parseResponseFilters(params);
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
