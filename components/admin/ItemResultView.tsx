// One question's results: asked/answered, chart(s) and the frequency table(s); open
// questions list their newest answers with a link to all of them.
import Link from "next/link";
import { ChartFigure } from "@/components/charts/ChartFigure";
import { itemCharts } from "@/lib/dashboard/charts";
import type { TextAnswer } from "@/lib/dashboard/queries";
import type { ItemResult } from "@/lib/dashboard/results";
import { fill, formatPercent, numberFormat, staffMessages } from "@/lib/i18n/staff";
import type { Locale } from "@/lib/questionnaire/locale";
import { FrequencyTable } from "./FrequencyTable";
import { OpenAnswerList } from "./OpenAnswerList";

type Props = {
  item: ItemResult;
  locale: Locale;
  query: URLSearchParams;
  /** Newest open answers (open items only) and their total. */
  texts?: { total: number; rows: TextAnswer[] };
};

export function ItemResultView({ item, locale, query, texts }: Props) {
  const m = staffMessages(locale);
  const n = numberFormat(locale);
  const headingId = `item-${item.variable}`;
  const charts = itemCharts(item, locale);
  const qs = query.toString();
  return (
    <section className="item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {item.variable}. {item.question}
      </h3>
      <p className="item__meta">
        {m.results.asked}: {n.format(item.asked)} · {m.results.answered}: {n.format(item.answered)}
      </p>
      {item.kind === "multi" && <p className="item__note">{m.results.multiNote}</p>}
      {(item.kind === "single" || item.kind === "multi") && (
        <>
          {charts[0] && <ChartFigure chartId={charts[0].id} spec={charts[0].spec} locale={locale} query={query} />}
          <FrequencyTable caption={fill(m.results.tableOf, { title: item.variable })} rows={item.rows} locale={locale} />
          {item.other && item.other.count > 0 && (
            <p>
              <Link href={`/admin/open/${item.other.variable}${qs ? `?${qs}` : ""}`}>
                {fill(m.results.otherAnswers, { n: n.format(item.other.count) })}
              </Link>
            </p>
          )}
        </>
      )}
      {item.kind === "rating" &&
        item.scales.map((scale, i) => {
          const chart = charts[i];
          return (
            <div key={scale.variable}>
              {scale.label && (
                <h4>
                  {scale.variable}. {scale.label}
                </h4>
              )}
              <p className="item__meta">
                {m.results.mean}: {scale.mean === null ? "—" : numberFormat(locale, 2).format(scale.mean)} ·{" "}
                {fill(m.results.high, { from: scale.high.from, to: scale.high.to })}: {formatPercent(locale, scale.high.pct)} (n=
                {n.format(scale.high.n)})
              </p>
              {chart && <ChartFigure chartId={chart.id} spec={chart.spec} locale={locale} query={query} />}
              <FrequencyTable
                caption={fill(m.results.tableOf, { title: scale.variable })}
                rows={scale.rows}
                locale={locale}
                optionHeader={m.results.scaleValue}
              />
            </div>
          );
        })}
      {item.kind === "matrix" && (
        <>
          {charts[0] && <ChartFigure chartId={charts[0].id} spec={charts[0].spec} locale={locale} query={query} />}
          <div className="table-wrap" tabIndex={0} role="region" aria-label={fill(m.results.tableOf, { title: item.variable })}>
            <table>
              <caption>{fill(m.results.tableOf, { title: item.variable })}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.results.statement}</th>
                  {item.scale.map((s) => (
                    <th key={s.code} scope="col" className="num">
                      {s.label}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {m.results.answered}
                  </th>
                </tr>
              </thead>
              <tbody>
                {item.rows.map((row) => (
                  <tr key={row.variable}>
                    <th scope="row">
                      {row.variable}. {row.label}
                    </th>
                    {row.rows.map((r) => (
                      <td key={r.code} className="num">
                        {n.format(r.n)} ({formatPercent(locale, r.pct)})
                      </td>
                    ))}
                    <td className="num">{n.format(row.answered)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {item.kind === "open" && texts && (
        <>
          <h4>{m.results.openAnswers}</h4>
          <OpenAnswerList answers={texts.rows} locale={locale} />
          {texts.total > 0 && (
            <p>
              <Link href={`/admin/open/${item.variable}${qs ? `?${qs}` : ""}`}>{fill(m.results.allAnswers, { n: n.format(texts.total) })}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
