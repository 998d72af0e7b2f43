// A crosstab's weighted column percentages under the unweighted table, with the weighted
// base and Kish's effective sample size stated.
import type { Crosstab } from "@/lib/dashboard/crosstab";
import { fill, formatPercent, numberFormat, staffMessages } from "@/lib/i18n/staff";
import type { Locale } from "@/lib/questionnaire/locale";
import type { WeightedCrosstab } from "@/lib/weights/weighted-crosstab.server";

export function WeightedCrosstabTable({ table, weighted, locale }: { table: Crosstab; weighted: WeightedCrosstab; locale: Locale }) {
  const w = staffMessages(locale).coding.weights;
  return (
    <section className="weighted-crosstab" aria-label={w.crosstabTitle}>
      <p>{fill(w.crosstabNote, { base: numberFormat(locale).format(weighted.respondents), n: numberFormat(locale, 1).format(weighted.effectiveN) })}</p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={w.crosstabTitle}>
        <table>
          <caption>{w.crosstabTitle}</caption>
          <thead>
            <tr>
              <td />
              {table.columnCodes.map((c) => (
                <th key={c.code} scope="col" className="num">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.lines.map((line) => (
              <tr key={line.code}>
                <th scope="row">{line.label}</th>
                {line.cells.map((cell) => {
                  const pct = weighted.colPct.get(line.code)?.get(cell.code) ?? null;
                  return (
                    <td key={cell.code} className="num">
                      {pct === null ? "—" : formatPercent(locale, pct)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
