// GET /api/admin/crosstab.csv?row=<var>&col=<var>[&layer=<var>&layerValue=<code>][&pct=row|column|total|none][&missing=1]&ui=<kk|ru|en>&<filters>:
// the crosstab on the page as a CSV file (counts, the chosen percentages, totals), then
// its statistics (χ², df, p, Cramér's V, N) and the small-expected-count warning.
import { stringify } from "csv-stringify/sync";
import { authorizeRoute } from "@/lib/auth/guard";
import { dashboardDb, filtersFrom } from "@/lib/dashboard/context";
import { closedVariables, crosstabCsvRows, crosstabPercentFrom, crosstabStatisticsRows } from "@/lib/dashboard/crosstab";
import { suppressionLabel, withheldText } from "@/lib/dashboard/disclosure-labels";
import { guardedCrosstab } from "@/lib/dashboard/protected";
import { withheldResponse } from "@/lib/dashboard/withheld-response";
import { fill, numberFormat, parseStaffLocale, staffMessages } from "@/lib/i18n/staff";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const auth = await authorizeRoute(request, "viewer");
  if (!auth.ok) return auth.response;
  const questionnaire = await activeQuestionnaire();
  const url = new URL(request.url);
  const locale = parseStaffLocale(url.searchParams.get("ui")) ?? auth.staff.locale;
  const { filters } = filtersFrom(url.searchParams);
  const row = url.searchParams.get("row") ?? "";
  const col = url.searchParams.get("col") ?? "";
  if (!row || !col || row === col) return Response.json({ error: "Choose two different variables (row, col)." }, { status: 400 });
  const percentage = crosstabPercentFrom(url.searchParams.get("pct"));
  const layerVariable = closedVariables(questionnaire, locale).find((c) => c.variable === url.searchParams.get("layer"));
  const layerValue = Number.parseInt(url.searchParams.get("layerValue") ?? "", 10);
  const layerCode = layerVariable?.codes.find((c) => c.code === layerValue)?.code ?? layerVariable?.codes[0]?.code;
  const guarded = await guardedCrosstab(await dashboardDb(), questionnaire, locale, row, col, filters, {
    ...(layerVariable && layerCode !== undefined ? { layer: { variable: layerVariable.variable, code: layerCode } } : {}),
    includeMissing: url.searchParams.get("missing") === "1",
  });
  // A base below the minimum group size downloads nothing, like the page shows nothing.
  if (!guarded.shown) return withheldResponse(withheldText(locale, guarded.reason));
  const table = guarded.value;
  if (!table) return Response.json({ error: "Unknown variable" }, { status: 404 });
  const m = staffMessages(locale);
  const a = m.analysis.crosstab;
  const pctLabel = percentage === "row" ? a.rowPct : percentage === "column" ? a.colPct : a.totalPct;
  const rows = [
    ...crosstabCsvRows(table, { total: a.total, pct: pctLabel, hidden: (why) => suppressionLabel(locale, why) }, percentage),
    ...crosstabStatisticsRows(table, {
      heading: a.statistics,
      noStats: a.noStats,
      withheld: m.disclosure.testWithheld,
      warning: (t) =>
        fill(a.expected, { cells: t.smallExpected.cells, pct: `${numberFormat(locale, 1).format(t.smallExpected.pct)}%`, min: numberFormat(locale, 2).format(t.smallExpected.min) }),
    }),
  ];
  // Labels come from the questionnaire definition, never from respondents: no formula risk.
  const body = "\uFEFF" + stringify(rows, { record_delimiter: "\r\n" });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="tyndau-crosstab-${row.replace(/[^A-Za-z0-9_-]/g, "")}-${col.replace(/[^A-Za-z0-9_-]/g, "")}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
