// Group means of a rating: the means with their 95% intervals drawn and tabulated, then
// the one-way ANOVA and Kruskal–Wallis lines, as a researcher reports them.
import { ChartFigure } from "@/components/charts/ChartFigure";
import { groupMeansChart } from "@/lib/dashboard/charts";
import type { GroupMeans } from "@/lib/dashboard/group-means";
import { suppressionLabel } from "@/lib/dashboard/disclosure-labels";
import { fill, numberFormat, staffMessages } from "@/lib/i18n/staff";
import type { Locale } from "@/lib/questionnaire/locale";
import { formatP } from "./CrosstabTable";
import { Words } from "./Words";

/** "= 0.042" or "< 0.001", to follow "p". */
function pWithOperator(locale: Locale, p: number): string {
  const text = formatP(locale, p);
  return text.startsWith("<") ? text : `= ${text}`;
}

export function GroupMeansTable({ result, locale }: { result: GroupMeans; locale: Locale }) {
  const m = staffMessages(locale).analysis.groupMeans;
  const n = numberFormat(locale);
  const f2 = numberFormat(locale, 2);
  const rows = [...result.groups.map((g) => ({ key: String(g.code), label: g.label, summary: g.summary, suppressed: g.suppressed })), { key: "total", label: m.total, summary: result.total, suppressed: undefined }];
  return (
    <section aria-labelledby="group-means-result">
      <h3 id="group-means-result">
        {result.rating.label} — {result.group.label}
      </h3>
      <ChartFigure chartId={`${result.rating.variable}-by-${result.group.variable}`} spec={groupMeansChart(result, locale)} locale={locale} query={new URLSearchParams()} downloads={false} />
      <div className="table-wrap" tabIndex={0} role="region" aria-label={m.title}>
        <table>
          <caption>
            {m.title}: {result.rating.variable} × {result.group.variable}
          </caption>
          <thead>
            <tr>
              <th scope="col">{m.group}</th>
              <th scope="col" className="num">
                {m.n}
              </th>
              <th scope="col" className="num">
                {m.mean}
              </th>
              <th scope="col" className="num">
                {m.sd}
              </th>
              <th scope="col" className="num ci">
                {m.ci}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-suppressed={r.suppressed}>
                <th scope="row">
                  <Words text={r.label} />
                </th>
                {r.suppressed ? (
                  <td className="num" colSpan={4}>
                    {suppressionLabel(locale, r.suppressed)}
                  </td>
                ) : (
                  <>
                    <td className="num">{n.format(r.summary?.n ?? 0)}</td>
                    <td className="num">{r.summary ? f2.format(r.summary.mean) : "—"}</td>
                    <td className="num">{r.summary && r.summary.n > 1 ? f2.format(r.summary.sd) : "—"}</td>
                    <td className="num ci">{r.summary && r.summary.n > 1 ? `${f2.format(r.summary.low)}–${f2.format(r.summary.high)}` : "—"}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.anova ? (
        <p>{fill(m.anova, { df1: result.anova.df1, df2: n.format(result.anova.df2), f: f2.format(result.anova.f), p: pWithOperator(locale, result.anova.p) })}</p>
      ) : (
        <p>{m.noTest}</p>
      )}
      {result.kruskal && <p>{fill(m.kruskal, { h: f2.format(result.kruskal.h), df: result.kruskal.df, p: pWithOperator(locale, result.kruskal.p) })}</p>}
      {result.leftOut !== undefined && <p className="item__note">{fill(m.leftOut, { n: result.leftOut })}</p>}
    </section>
  );
}
