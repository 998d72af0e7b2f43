// One question's result card: its text, its bases (asked, answered, valid), the chart in
// the chosen percentage base, and the figures behind it in a table behind a "Show table"
// toggle (<details>: works without JavaScript). Open questions list their newest answers
// with a link to all of them.
import Link from "next/link";
import { ChartFigure } from "@/components/charts/ChartFigure";
import { chartOptionsToParams, itemCharts, matrixCellPercent, type ChartOptions } from "@/lib/dashboard/charts";
import type { TextAnswer } from "@/lib/dashboard/queries";
import type { ItemResult } from "@/lib/dashboard/results";
import { suppressionLabel, suppressionNote } from "@/lib/dashboard/disclosure-labels";
import { minGroupSize } from "@/lib/dashboard/filter-guard";
import { fill, formatPercent, numberFormat, staffMessages } from "@/lib/i18n/staff";
import type { Locale } from "@/lib/questionnaire/locale";
import { ciText, FrequencyTable } from "./FrequencyTable";
import { OpenAnswerList } from "./OpenAnswerList";
import { Withheld } from "./Withheld";
import { Words } from "./Words";

type Props = {
  item: ItemResult;
  locale: Locale;
  /** The page's filters. */
  query: URLSearchParams;
  options: ChartOptions;
  /** Newest open answers (open items only) and their total, or why they are not shown. */
  texts?: { total: number; rows: TextAnswer[] } | { withheld: string };
  /** The printable report: charts only, no downloads or toggles. */
  compact?: boolean;
  /** Whether the reader may open the answers to "Other, please specify" (not viewers). */
  linkTexts?: boolean;
};

export function ItemResultView({ item, locale, query, options, texts, compact = false, linkTexts = true }: Props) {
  const m = staffMessages(locale);
  const a = m.analysis;
  const n = numberFormat(locale);
  const headingId = `item-${item.variable}`;
  const charts = itemCharts(item, locale, options);
  const qs = query.toString();
  const chartQuery = new URLSearchParams(query);
  for (const [k, v] of Object.entries(chartOptionsToParams(options))) chartQuery.set(k, v);
  const figure = (i: number) => {
    const c = charts[i];
    return c ? <ChartFigure chartId={c.id} spec={c.spec} locale={locale} query={chartQuery} downloads={!compact} /> : null;
  };
  const measureHref = (measure: ChartOptions["measure"]) => {
    const p = new URLSearchParams(query);
    for (const [k, v] of Object.entries(chartOptionsToParams({ ...options, measure }))) p.set(k, v);
    return `/admin/results?${p.toString()}#${headingId}`;
  };
  // On screen the tables sit behind a toggle; in the printed report they are printed.
  const toggle = (summary: string, children: React.ReactNode) =>
    compact ? (
      <div className="report-table">{children}</div>
    ) : (
      <details className="toggle-table">
        <summary>{summary}</summary>
        {children}
      </details>
    );
  if (item.withheld) {
    // Fewer than MIN_GROUP_SIZE asked or answered: the card says so and shows nothing else.
    return (
      <section className={compact ? "report-item" : "item"} aria-labelledby={headingId}>
        <h3 id={headingId}>
          {item.variable}. {item.question}
        </h3>
        <Withheld>{fill(m.disclosure.item, { k: minGroupSize() })}</Withheld>
      </section>
    );
  }
  return (
    <section className={compact ? "report-item" : "item"} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {item.variable}. {item.question}
      </h3>
      <p className="item__base">
        {m.results.asked}: {n.format(item.asked)} · {m.results.answered}: {n.format(item.answered)}
        {item.kind !== "open" && item.kind !== "rating" && (
          <>
            {" "}
            · {a.base.validPct}: n = {n.format(item.valid)}
          </>
        )}
      </p>
      {(item.kind === "single" || item.kind === "multi") && (
        <>
          {item.kind === "multi" && <p className="item__note">{fill(a.multiBase, { n: n.format(item.answered) })}</p>}
          {figure(0)}
          {toggle(
            a.showTable,
            <>
              <FrequencyTable
                caption={fill(m.results.tableOf, { title: item.variable })}
                rows={item.rows}
                locale={locale}
                bases={{ asked: item.asked, valid: item.valid }}
              />
              <p className="item__note">
                {a.base.validNote} {a.base.ciNote}
              </p>
            </>,
          )}
          {!compact && linkTexts && item.other && item.other.count > 0 && (
            <p>
              <Link href={`/admin/open/${item.other.variable}${qs ? `?${qs}` : ""}`}>{fill(m.results.otherAnswers, { n: n.format(item.other.count) })}</Link>
            </p>
          )}
        </>
      )}
      {item.kind === "rating" && (
        <>
          {item.scales.length > 1 && !compact && (
            <p className="base-switch">
              <span>{a.ratings.measure}:</span>
              <a href={measureHref("mean")} aria-current={options.measure === "mean" ? "true" : undefined}>
                {a.ratings.mean}
              </a>
              <a href={measureHref("high")} aria-current={options.measure === "high" ? "true" : undefined}>
                {fill(a.ratings.high, { from: item.scales[0]?.high.from ?? item.max, to: item.max })}
              </a>
            </p>
          )}
          {figure(0)}
          {toggle(
            a.showTable,
            <>
              <div className="table-wrap" tabIndex={0} role="region" aria-label={fill(m.results.tableOf, { title: item.variable })}>
                <table>
                  <caption>{fill(m.results.tableOf, { title: item.variable })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{m.results.statement}</th>
                      <th scope="col" className="num">
                        {m.results.count}
                      </th>
                      <th scope="col" className="num">
                        {m.results.mean}
                      </th>
                      <th scope="col" className="num ci">
                        {a.base.ci}
                      </th>
                      <th scope="col" className="num">
                        {fill(m.results.high, { from: item.scales[0]?.high.from ?? item.max, to: item.max })}
                      </th>
                      <th scope="col" className="num ci">
                        {a.base.ci}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {item.scales.map((s) => (
                      <tr key={s.variable}>
                        <th scope="row">
                          <Words text={`${s.variable}${s.label ? `. ${s.label}` : ""}`} />
                        </th>
                        <td className="num">{s.withheld ? suppressionLabel(locale, "small") : n.format(s.answered)}</td>
                        <td className="num">{s.mean === null ? "—" : numberFormat(locale, 2).format(s.mean)}</td>
                        <td className="num ci">
                          {s.meanCi ? `${numberFormat(locale, 2).format(s.meanCi.low)}–${numberFormat(locale, 2).format(s.meanCi.high)}` : "—"}
                        </td>
                        <td className="num">
                          {s.high.suppressed ? suppressionLabel(locale, s.high.suppressed) : formatPercent(locale, s.answered > 0 ? (s.high.n / s.answered) * 100 : null)}
                        </td>
                        <td className="num ci">{s.high.suppressed ? "—" : ciText(locale, s.high.n, s.answered)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="item__note">{a.ratings.note}</p>
            </>,
          )}
          {toggle(
            a.ratings.distribution,
            <>
              {item.scales.map((scale, i) => (
                <div key={scale.variable}>
                  {item.scales.length > 1 && (
                    <h4>
                      {scale.variable}. {scale.label}
                    </h4>
                  )}
                  {figure(item.scales.length > 1 ? i + 1 : i)}
                  <FrequencyTable
                    caption={fill(m.results.tableOf, { title: scale.variable })}
                    rows={scale.rows}
                    locale={locale}
                    optionHeader={m.results.scaleValue}
                    bases={{ asked: item.asked, valid: scale.answered }}
                  />
                </div>
              ))}
            </>,
          )}
        </>
      )}
      {item.kind === "matrix" && (
        <>
          {figure(0)}
          {toggle(
            a.showTable,
            <>
              <div className="table-wrap" tabIndex={0} role="region" aria-label={fill(m.results.tableOf, { title: item.variable })}>
                <table>
                  <caption>
                    {fill(m.results.tableOf, { title: item.variable })} — {options.base === "valid" ? a.base.validPct : m.results.pctOfAsked}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{m.results.statement}</th>
                      {item.scale.map((s) => (
                        <th key={s.code} scope="col" className="num">
                          <Words text={s.label} />
                        </th>
                      ))}
                      <th scope="col" className="num">
                        {m.results.answered}
                      </th>
                      <th scope="col" className="num">
                        {a.base.validPct} n
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {item.rows.map((row) => (
                      <tr key={row.variable}>
                        <th scope="row">
                          <Words text={`${row.variable}. ${row.label}`} />
                        </th>
                        {row.rows.map((r) => {
                          if (r.suppressed) {
                            return (
                              <td key={r.code} className="num" data-suppressed={r.suppressed}>
                                {suppressionLabel(locale, r.suppressed)}
                              </td>
                            );
                          }
                          const pct = matrixCellPercent(item, row, r, options.base);
                          const of = options.base === "asked" ? item.asked : r.special ? row.answered : row.valid;
                          return (
                            <td key={r.code} className="num" title={pct === null ? undefined : `${a.base.ci}: ${ciText(locale, r.n, of)}%`}>
                              {n.format(r.n)} ({formatPercent(locale, pct)})
                            </td>
                          );
                        })}
                        <td className="num">{n.format(row.answered)}</td>
                        <td className="num">{n.format(row.valid)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {item.rows.some((row) => row.rows.some((r) => r.suppressed)) && <p className="item__note">{suppressionNote(locale)}</p>}
              <p className="item__note">
                {options.base === "valid" ? fill(a.base.validN, { n: n.format(item.valid) }) : fill(a.base.askedN, { n: n.format(item.asked) })}. {a.base.validNote}
              </p>
            </>,
          )}
        </>
      )}
      {item.kind === "open" && texts && "withheld" in texts && !compact && (
        <>
          <h4>{m.results.openAnswers}</h4>
          <Withheld>{texts.withheld}</Withheld>
        </>
      )}
      {item.kind === "open" && texts && "rows" in texts && !compact && (
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
