// An open question's coded categories on the results page, like a multi-choice item:
// a bar per category (a native <meter>, so no script or inline style) and the table
// with its base, the coded answers.
import { FrequencyTable } from "@/components/admin/FrequencyTable";
import type { CodedResult } from "@/lib/coding/results.server";
import { fill, formatPercent, numberFormat, staffMessages } from "@/lib/i18n/staff";
import type { Locale } from "@/lib/questionnaire/locale";

export function CodedCategories({ variable, result, locale }: { variable: string; result: Extract<CodedResult, { shown: true }>; locale: Locale }) {
  const m = staffMessages(locale);
  const c = m.coding;
  const title = fill(c.codedTitle, { variable });
  return (
    <section className="item coded-categories" aria-label={title}>
      <h4>{title}</h4>
      <p>{fill(c.codedBase, { n: numberFormat(locale).format(result.base) })}</p>
      <ul className="coded-bars">
        {result.rows.map((r) => (
          <li key={r.number}>
            <span>{r.label[locale]}</span>{" "}
            {r.pct === null ? (
              "—"
            ) : (
              <>
                <meter min={0} max={100} value={r.pct} aria-label={r.label[locale]} /> {formatPercent(locale, r.pct)}
              </>
            )}
          </li>
        ))}
      </ul>
      <FrequencyTable
        caption={title}
        locale={locale}
        bases={{ asked: result.base }}
        rows={result.rows.map((r) => (r.n === null ? { label: r.label[locale], n: 0, pct: null, suppressed: "small" as const } : { label: r.label[locale], n: r.n, pct: r.pct }))}
      />
    </section>
  );
}
