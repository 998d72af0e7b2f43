// The figures behind a chart as a table: answer, n, % of those asked and valid % (each
// headed with its base n) with their 95% Wilson intervals.
import type { Suppression } from "@/lib/dashboard/disclosure";
import { suppressionLabel, suppressionNote } from "@/lib/dashboard/disclosure-labels";
import { wilson } from "@/lib/dashboard/stats";
import { fill, formatPercent, numberFormat, staffMessages } from "@/lib/i18n/staff";
import type { Locale } from "@/lib/questionnaire/locale";
import { Words } from "./Words";

/** One line of the table; per-question rows and the overview's splits both fit. */
export type FrequencyLine = { label: string; n: number; pct: number | null; validPct?: number | null; suppressed?: Suppression };

export function ciText(locale: Locale, n: number, of: number): string {
  const ci = wilson(n, of);
  if (!ci) return "—";
  const f = numberFormat(locale, 1);
  return `${f.format(ci.low)}–${f.format(ci.high)}`;
}

export function FrequencyTable({
  caption,
  rows,
  locale,
  optionHeader,
  percentHeader,
  bases,
}: {
  caption: string;
  rows: FrequencyLine[];
  locale: Locale;
  optionHeader?: string;
  percentHeader?: string;
  /** With bases, both percentages are shown under headers stating their n, with intervals. */
  bases?: { asked: number; valid?: number };
}) {
  const m = staffMessages(locale);
  const a = m.analysis.base;
  const n = numberFormat(locale);
  const showValid = bases?.valid !== undefined;
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
              {bases ? fill(a.askedN, { n: n.format(bases.asked) }) : (percentHeader ?? m.results.pctOfAsked)}
            </th>
            {bases && (
              <th scope="col" className="num ci">
                {a.ci}
              </th>
            )}
            {showValid && (
              <>
                <th scope="col" className="num">
                  {fill(a.validN, { n: n.format(bases?.valid ?? 0) })}
                </th>
                <th scope="col" className="num ci">
                  {a.ci}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) =>
            r.suppressed ? (
              // A group below the minimum (or hidden so one cannot be worked out): no figure at all.
              <tr key={i} data-suppressed={r.suppressed}>
                <th scope="row">
                  <Words text={r.label} />
                </th>
                <td className="num" colSpan={1 + 1 + (bases ? 1 : 0) + (showValid ? 2 : 0)}>
                  {suppressionLabel(locale, r.suppressed)}
                </td>
              </tr>
            ) : (
            <tr key={i}>
              <th scope="row">
                <Words text={r.label} />
              </th>
              <td className="num">{n.format(r.n)}</td>
              <td className="num">{formatPercent(locale, r.pct)}</td>
              {bases && <td className="num ci">{ciText(locale, r.n, bases.asked)}</td>}
              {showValid && (
                <>
                  <td className="num">{formatPercent(locale, r.validPct ?? null)}</td>
                  <td className="num ci">{r.validPct === null || r.validPct === undefined ? "—" : ciText(locale, r.n, bases?.valid ?? 0)}</td>
                </>
              )}
            </tr>
            ),
          )}
        </tbody>
      </table>
      {rows.some((r) => r.suppressed) && <p className="item__note">{suppressionNote(locale)}</p>}
    </div>
  );
}
