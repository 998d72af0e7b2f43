// The dashboard filters: a GET form (shareable URLs, no JavaScript) whose values apply to
// every figure on the page. The number of matching responses is shown unless the view is
// withheld by the minimum group size (then the page's notice says why).
import Link from "next/link";
import type { FilterDimension } from "@/lib/dashboard/filter-dimensions";
import { activeFilterCount } from "@/lib/dashboard/filter-dimensions";
import { fill, numberFormat, staffMessages } from "@/lib/i18n/staff";
import { LOCALES, type Locale } from "@/lib/questionnaire/locale";
import type { ResponseFilters } from "@/lib/responses/filters";
import { ExcludedNote } from "./ExcludedNote";

type Props = {
  locale: Locale;
  action: string;
  dimensions: FilterDimension[];
  filters: ResponseFilters;
  /** Null when the filtered base is below the minimum group size: its size is not shown either. */
  matching: number | null;
  errors: { param: string; message: string }[];
  /** Other query parameters of the page to keep (e.g. the crosstab's variables). */
  keep?: Record<string, string>;
};

export function FilterForm({ locale, action, dimensions, filters, matching, errors, keep = {} }: Props) {
  const m = staffMessages(locale);
  const active = activeFilterCount(filters);
  const title = (d: FilterDimension) =>
    d.key === "region" ? m.filters.region : d.key === "gender" ? m.filters.gender : d.key === "ageGroup" ? m.filters.age : m.filters.screening;
  const resetHref = Object.keys(keep).length > 0 ? `${action}?${new URLSearchParams(keep).toString()}` : action;
  return (
    <>
      {errors.length > 0 && (
        <div className="notice notice--warning" role="status">
          <p>{m.filters.invalid}</p>
          <ul>
            {errors.map((e) => (
              <li key={e.param}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      <details className="filters" open={active > 0}>
        <summary>
          {m.filters.title}
          {active > 0 ? ` — ${fill(m.filters.active, { n: active })}` : ""}
        </summary>
        <form method="get" action={action}>
          {Object.entries(keep).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <div className="filters__grid">
            {dimensions.map((d) => (
              <fieldset key={d.key}>
                <legend>{title(d)}</legend>
                <div className="checks">
                  {d.options.map((o) => (
                    <label key={o.code} className="check">
                      <input type="checkbox" name={d.param} value={o.code} defaultChecked={filters[d.key]?.includes(o.code) ?? false} />
                      {o.label[locale]}
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
            <fieldset>
              <legend>{m.filters.language}</legend>
              <div className="checks">
                {LOCALES.map((l) => (
                  <label key={l} className="check">
                    <input type="checkbox" name="locale" value={l} defaultChecked={filters.locale?.includes(l) ?? false} />
                    <span lang={l}>{m.language.names[l]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div>
              <div className="field">
                <label htmlFor="filter-from">{m.filters.from}</label>
                <input id="filter-from" type="date" name="from" defaultValue={filters.from ?? ""} />
              </div>
              <div className="field">
                <label htmlFor="filter-to">{m.filters.to}</label>
                <input id="filter-to" type="date" name="to" defaultValue={filters.to ?? ""} />
              </div>
            </div>
          </div>
          <div className="filters__actions">
            <button type="submit" className="button">
              {m.filters.apply}
            </button>
            <Link href={resetHref}>{m.filters.reset}</Link>
          </div>
        </form>
      </details>
      <p className="matching" role="status" aria-live="polite">
        {matching === null ? null : fill(m.filters.matching, { n: numberFormat(locale).format(matching) })}
      </p>
      <ExcludedNote locale={locale} />
    </>
  );
}
