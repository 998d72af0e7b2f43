// The paper's published figures beside today's, each with its 95% interval and base.
import type { PaperComparison } from "@/lib/report/paper";
import { suppressionLabel } from "@/lib/dashboard/disclosure-labels";
import { numberFormat, staffMessages } from "@/lib/i18n/staff";
import type { Locale } from "@/lib/questionnaire/locale";
import { Words } from "@/components/admin/Words";

export function PaperComparisonTable({ rows, locale }: { rows: PaperComparison[]; locale: Locale }) {
  const p = staffMessages(locale).analysis.paper;
  const f1 = numberFormat(locale, 1);
  const f0 = numberFormat(locale, 0);
  const n = numberFormat(locale);
  return (
    <div className="table-wrap report-table" tabIndex={0} role="region" aria-label={p.title}>
      <table>
        <caption>{p.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{p.question}</th>
            <th scope="col">{p.what}</th>
            <th scope="col" className="num">
              {p.published}
            </th>
            <th scope="col" className="num">
              {p.today}
            </th>
            <th scope="col" className="num ci">
              {p.ci}
            </th>
            <th scope="col" className="num">
              {p.base}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.variable}-${i}`}>
              <th scope="row">{r.variable}</th>
              <td>
                <Words text={r.what} />
              </td>
              <td className="num">{f0.format(r.published)}%</td>
              {r.today === null ? (
                <td className="num" colSpan={3}>
                  —
                </td>
              ) : "suppressed" in r.today ? (
                <td className="num" colSpan={3} data-suppressed={r.today.suppressed}>
                  {suppressionLabel(locale, r.today.suppressed)}
                </td>
              ) : (
                <>
                  <td className="num">{f1.format(r.today.pct)}%</td>
                  <td className="num ci">
                    {f1.format(r.today.low)}–{f1.format(r.today.high)}
                  </td>
                  <td className="num">
                    {n.format(r.today.n)} / {n.format(r.today.of)}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="item__note">{p.note}</p>
    </div>
  );
}
