// GET /api/admin/charts/<chart>?ui=<kk|ru|en>&<filters>: one dashboard chart as a
// standalone SVG file (the PNG is converted from it in the browser). <chart> is
// "daily", "language", "screening" or an item / rating sub-item variable.
import { renderChart } from "@/lib/charts/render";
import { toSvgString } from "@/lib/charts/svg";
import { authorizeRoute } from "@/lib/auth/guard";
import { chartOptionsFrom, itemCharts, OVERVIEW_CHARTS, overviewChart, type OverviewChart } from "@/lib/dashboard/charts";
import { dashboardDb, filtersFrom } from "@/lib/dashboard/context";
import { withheldText } from "@/lib/dashboard/disclosure-labels";
import { minGroupSize } from "@/lib/dashboard/filter-guard";
import { guardedItem, guardedOverview } from "@/lib/dashboard/protected";
import { withheldResponse } from "@/lib/dashboard/withheld-response";
import { fill, parseStaffLocale, staffMessages } from "@/lib/i18n/staff";
import { findItem } from "@/lib/questionnaire";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }): Promise<Response> {
  const auth = await authorizeRoute(request, "viewer");
  if (!auth.ok) return auth.response;
  const questionnaire = await activeQuestionnaire();
  const { chart } = await params;
  const url = new URL(request.url);
  const locale = parseStaffLocale(url.searchParams.get("ui")) ?? auth.staff.locale;
  const { filters } = filtersFrom(url.searchParams);
  const q = await dashboardDb();

  // Through the minimum group size (protected.ts), like the page the chart is on.
  let spec;
  if ((OVERVIEW_CHARTS as readonly string[]).includes(chart)) {
    const overview = await guardedOverview(q, questionnaire, locale, filters, staffMessages(locale).language.names);
    if (!overview.shown) return withheldResponse(withheldText(locale, overview.reason));
    spec = overviewChart(chart as OverviewChart, overview.value, locale);
  } else {
    const placed = findItem(questionnaire, chart);
    const result = placed ? await guardedItem(q, questionnaire, locale, placed.item.variable, filters) : null;
    if (result && !result.shown) return withheldResponse(withheldText(locale, result.reason));
    const item = result?.shown ? result.value : null;
    if (item?.withheld) return withheldResponse(fill(staffMessages(locale).disclosure.item, { k: minGroupSize() }));
    spec = item ? itemCharts(item, locale, chartOptionsFrom(url.searchParams)).find((c) => c.id === chart)?.spec : undefined;
  }
  if (!spec) return Response.json({ error: "Unknown chart" }, { status: 404 });

  const svg = toSvgString(renderChart(spec, { id: `chart-${chart}`, heading: true }));
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="tyndau-${chart.replace(/[^A-Za-z0-9_-]/g, "")}.svg"`,
      "Cache-Control": "private, no-store",
      // The file is data, never a document that could run script in our origin.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
