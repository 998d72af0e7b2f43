// The report's cover: the survey's title, the fieldwork by release day, N by language
// and by questionnaire version, and the release policy with the minimum group size.
import type { ReportCover as Cover } from "@/lib/report/cover.server";
import { suppressionLabel } from "@/lib/dashboard/disclosure-labels";
import { fill, numberFormat, staffMessages } from "@/lib/i18n/staff";
import type { Locale } from "@/lib/questionnaire/locale";
import type { BatchRate, Figure } from "@/lib/invitations/rates.server";

type Props = {
  title: string;
  cover: Cover;
  locale: Locale;
  generated: string;
  release: { delay: "day" | "none"; timeZone: string };
  k: number;
  /** Invitation batches, when codes are in use: their response-rate line. */
  rates?: readonly BatchRate[];
};

export function ReportCover({ title, cover, locale, generated, release, k, rates = [] }: Props) {
  const m = staffMessages(locale);
  const r = m.analysis.report;
  const n = numberFormat(locale);
  const pct = new Intl.NumberFormat(locale === "kk" ? "kk-KZ" : locale, { style: "percent", maximumFractionDigits: 1 });
  const figure = (f: Figure) => ("shown" in f ? n.format(f.shown) : "fewerThan" in f ? fill(r.fewerThan, { k: f.fewerThan }) : "—");
  const count = (c: Cover["byLocale"][number]) => (c.suppressed ? suppressionLabel(locale, c.suppressed) : n.format(c.n));
  const table = (caption: string, rows: { label: string; value: string }[]) => (
    <table className="report-cover__table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td className="num">{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section className="report-cover" aria-labelledby="report-title">
      <h1 id="report-title">{title}</h1>
      <p>{generated}</p>
      <p>{cover.fieldwork ? fill(r.fieldwork, { first: cover.fieldwork.first, last: cover.fieldwork.last, days: n.format(cover.fieldwork.days) }) : r.fieldworkNone}</p>
      <div className="report-cover__tables">
        {table(r.byLanguage, cover.byLocale.map((c) => ({ label: m.language.names[c.key as Locale] ?? c.key, value: count(c) })))}
        {table(r.byVersion, cover.byVersion.map((c) => ({ label: fill(r.version, { v: c.key }), value: count(c) })))}
      </div>
      {rates.length > 0 && (
        // Text, not a number column: the line wraps on a phone.
        <table className="report-cover__table">
          <caption>{r.responseRates}</caption>
          <tbody>
            {rates.map((b) => (
              <tr key={b.id}>
                <th scope="row">{b.label}</th>
                <td>
                  {fill(r.rateLine, {
                    issued: n.format(b.issued),
                    used: figure(b.used),
                    share: "shown" in b.used && b.issued > 0 ? pct.format(b.used.shown / b.issued) : "—",
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rates.length > 0 && <p>{fill(r.rateNote, { k })}</p>}
      <h2>{r.release}</h2>
      <p>{release.delay === "day" ? fill(r.releaseDay, { zone: release.timeZone }) : r.releaseNone}</p>
      <p>{fill(r.minGroup, { k })}</p>
    </section>
  );
}
