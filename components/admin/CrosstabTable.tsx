// A crosstab as SPSS shows it: counts with the chosen percentage under each, a totals
// row and column, then Pearson's χ² with df and p, Cramér's V and the warning about
// expected counts below 5.
import type { Crosstab, CrosstabCell, CrosstabPercent } from "@/lib/dashboard/crosstab";
import type { Suppression } from "@/lib/dashboard/disclosure";
import { suppressionLabel, suppressionNote } from "@/lib/dashboard/disclosure-labels";
import { fill, formatPercent, numberFormat, staffMessages } from "@/lib/i18n/staff";
import type { Locale } from "@/lib/questionnaire/locale";
import { Words } from "./Words";

export function formatP(locale: Locale, p: number): string {
  return p < 0.001 ? "< 0.001" : numberFormat(locale, 3).format(p);
}

export function CrosstabTable({ table, locale, percentage, csvHref }: { table: Crosstab; locale: Locale; percentage: CrosstabPercent; csvHref?: string }) {
  const m = staffMessages(locale);
  const a = m.analysis.crosstab;
  const n = numberFormat(locale);
  const f3 = numberFormat(locale, 3);
  const pick = (c: CrosstabCell) => (percentage === "row" ? c.rowPct : percentage === "column" ? c.colPct : c.totalPct);
  const pctLabel = percentage === "row" ? a.rowPct : percentage === "column" ? a.colPct : percentage === "total" ? a.totalPct : null;
  const caption = `${table.row.label} × ${table.column.label}${table.layer ? ` | ${table.layer.variable.variable} = ${table.layer.label}` : ""}`;
  const t = table.test;
  // A hidden count shows why instead of itself, and no percentage under it.
  const count = (value: number, why: Suppression | undefined) => (why ? suppressionLabel(locale, why) : n.format(value));
  const anyHidden =
    table.totalSuppressed !== undefined || table.columnTotals.some((c) => c.suppressed) || table.lines.some((l) => l.totalSuppressed || l.cells.some((c) => c.suppressed));
  return (
    <>
      <p className="item__note">
        {a.note} {pctLabel ? `(${pctLabel})` : ""}
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={m.crosstab.title}>
        <table className="crosstab">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">
                {table.row.variable} \ {table.column.variable}
              </th>
              {table.columnCodes.map((c) => (
                <th key={c.code} scope="col" className="num">
                  <Words text={c.label} />
                </th>
              ))}
              <th scope="col" className="num">
                {a.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {table.lines.map((line) => (
              <tr key={line.code}>
                <th scope="row">
                  <Words text={line.label} />
                </th>
                {line.cells.map((cell) => (
                  <td key={cell.code} className="num" data-suppressed={cell.suppressed}>
                    {count(cell.n, cell.suppressed)}
                    {pctLabel && !cell.suppressed && (
                      <>
                        <br />
                        <span className="ci">{formatPercent(locale, pick(cell))}</span>
                      </>
                    )}
                  </td>
                ))}
                <td className="num" data-suppressed={line.totalSuppressed}>
                  {count(line.total, line.totalSuppressed)}
                  {pctLabel && !line.totalSuppressed && (
                    <>
                      <br />
                      <span className="ci">{formatPercent(locale, percentage === "row" ? (line.total > 0 ? 100 : null) : line.totalPct)}</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{a.total}</th>
              {table.columnTotals.map((c) => (
                <td key={c.code} className="num" data-suppressed={c.suppressed}>
                  {count(c.n, c.suppressed)}
                  {pctLabel && !c.suppressed && (
                    <>
                      <br />
                      <span className="ci">{formatPercent(locale, percentage === "column" ? (c.n > 0 ? 100 : null) : c.pct)}</span>
                    </>
                  )}
                </td>
              ))}
              <td className="num" data-suppressed={table.totalSuppressed}>
                {count(table.total, table.totalSuppressed)}
                {pctLabel && !table.totalSuppressed && (
                  <>
                    <br />
                    <span className="ci">{formatPercent(locale, table.total > 0 ? 100 : null)}</span>
                  </>
                )}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {anyHidden && <p className="item__note">{suppressionNote(locale)}</p>}
      {csvHref && (
        <p>
          <a href={csvHref} download>
            {a.csv}
          </a>
        </p>
      )}
      <section className="stats" aria-labelledby="crosstab-stats">
        <h2 id="crosstab-stats">{a.statistics}</h2>
        {table.multi ? (
          <p>{a.noStats}</p>
        ) : table.testWithheld ? (
          <p>{m.disclosure.testWithheld}</p>
        ) : t ? (
          <>
            <p>{fill(a.chi, { chi: f3.format(t.chi2), df: t.df, p: formatP(locale, t.p) })}</p>
            <p>{fill(a.cramer, { v: f3.format(t.cramersV) })}</p>
            {t.smallExpected.cells > 0 && (
              <p className="notice notice--warning">
                {fill(a.expected, {
                  cells: t.smallExpected.cells,
                  pct: `${numberFormat(locale, 1).format(t.smallExpected.pct)}%`,
                  min: numberFormat(locale, 2).format(t.smallExpected.min),
                })}
              </p>
            )}
          </>
        ) : (
          <p>—</p>
        )}
      </section>
    </>
  );
}
