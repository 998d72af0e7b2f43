// An open question's coded categories on the results page and in the report, like a
// multi-choice item: the bar chart (server-rendered SVG, the multi-choice chart's layout)
// and the table with its base, the coded answers.
import { FrequencyTable } from "@/components/admin/FrequencyTable";
import type { CodedResult } from "@/lib/coding/results.server";
import { SvgChart } from "@/components/charts/SvgChart";
import { renderChart } from "@/lib/charts/render";
import { codedChart } from "@/lib/dashboard/charts";
import { fill, numberFormat, staffMessages } from "@/lib/i18n/staff";
import type { Locale } from "@/lib/questionnaire/locale";

export function CodedCategories({ variable, result, locale }: { variable: string; result: Extract<CodedResult, { shown: true }>; locale: Locale }) {
  const m = staffMessages(locale);
  const c = m.coding;
  const title = fill(c.codedTitle, { variable });
  return (
    <section className="item coded-categories" aria-label={title}>
      <h4>{title}</h4>
      <p>{fill(c.codedBase, { n: numberFormat(locale).format(result.base) })}</p>
      <figure className="figure">
        <SvgChart
          tree={renderChart(
            codedChart(
              title,
              result.rows.map((r) => ({ label: r.label[locale], n: r.n, pct: r.pct })),
              result.base,
              locale,
            ),
            { id: `chart-coded-${variable}` },
          )}
        />
      </figure>
      <FrequencyTable
        caption={title}
        locale={locale}
        bases={{ asked: result.base }}
        rows={result.rows.map((r) => (r.n === null ? { label: r.label[locale], n: 0, pct: null, suppressed: "small" as const } : { label: r.label[locale], n: r.n, pct: r.pct }))}
      />
    </section>
  );
}
