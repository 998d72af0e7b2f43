// The figures behind a chart as a table: answer, n and % of those asked.
import { formatPercent, numberFormat, staffMessages } from "@/lib/i18n/staff";
import type { Locale } from "@/lib/questionnaire/locale";

/** One line of the table; per-question rows and the overview's splits both fit. */
export type FrequencyLine = { label: string; n: number; pct: number | null };

export function FrequencyTable({
  caption,
  rows,
  locale,
  optionHeader,
  percentHeader,
}: {
  caption: string;
  rows: FrequencyLine[];
  locale: Locale;
  optionHeader?: string;
  percentHeader?: string;
}) {
  const m = staffMessages(locale);
  const n = numberFormat(locale);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{optionHeader ?? m.results.option}</th>
            <th scope="col" className="num">
              {m.results.count}
            </th>
            <th scope="col" className="num">
              {percentHeader ?? m.results.pctOfAsked}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <th scope="row">{r.label}</th>
              <td className="num">{n.format(r.n)}</td>
              <td className="num">{formatPercent(locale, r.pct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
