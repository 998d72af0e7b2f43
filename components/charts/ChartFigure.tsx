// A chart on a page: the server-rendered SVG plus its SVG and PNG downloads.
import type { Locale } from "@/lib/questionnaire/locale";
import { staffMessages } from "@/lib/i18n/staff";
import { PngDownload } from "./PngDownload";
import { renderChart } from "@/lib/charts/render";
import type { ChartSpec } from "@/lib/charts/spec";
import { SvgChart } from "./SvgChart";

export function chartUrl(chartId: string, locale: Locale, query: URLSearchParams): string {
  const params = new URLSearchParams(query);
  params.set("ui", locale);
  return `/api/admin/charts/${encodeURIComponent(chartId)}?${params.toString()}`;
}

export function ChartFigure({
  chartId,
  spec,
  locale,
  query,
  labelledBy,
  downloads = true,
}: {
  chartId: string;
  spec: ChartSpec;
  locale: Locale;
  /** The page's filter query, so downloads show the same figures. */
  query: URLSearchParams;
  labelledBy?: string;
  /** Off in the printable report. */
  downloads?: boolean;
}) {
  const m = staffMessages(locale);
  const svgUrl = chartUrl(chartId, locale, query);
  const tree = renderChart(spec, { id: `chart-${chartId}` });
  return (
    <figure className="figure" aria-labelledby={labelledBy}>
      <SvgChart tree={tree} />
      {downloads && (
        <figcaption className="figure__downloads">
          <span>{m.results.download}:</span>
          <a href={svgUrl} download={`${chartId}.svg`}>
            {m.results.downloadSvg}
          </a>
          <PngDownload svgUrl={svgUrl} fileName={`${chartId}.png`} label={m.results.downloadPng} />
          <PngDownload svgUrl={svgUrl} fileName={`${chartId}-300dpi.png`} label={m.results.downloadPng300} dpi={300} />
        </figcaption>
      )}
    </figure>
  );
}
