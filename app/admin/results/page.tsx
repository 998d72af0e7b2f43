// Per-question results in questionnaire order, under the filters: one card per question
// (text, bases, chart, table behind a toggle), navigation by part and question text, and
// a switch between the two percentage bases (of those asked / valid %).
import { AdminShell } from "@/components/admin/AdminShell";
import { FilterForm } from "@/components/admin/FilterForm";
import { ItemResultView } from "@/components/admin/ItemResultView";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { chartOptionsFrom, chartOptionsToParams, type ChartOptions } from "@/lib/dashboard/charts";
import { dashboardDb, filtersFrom, toSearchParams, type PageSearchParams } from "@/lib/dashboard/context";
import { filterDimensions } from "@/lib/dashboard/filter-dimensions";
import { textAnswers } from "@/lib/dashboard/queries";
import { dashboardResults, resultSections } from "@/lib/dashboard/results";
import { staffMessages } from "@/lib/i18n/staff";
import { questionnaire } from "@/lib/questionnaire";
import { filtersToSearchParams } from "@/lib/responses/filters";

export const dynamic = "force-dynamic";

/** How many of the newest open answers are shown inline. */
const INLINE_TEXTS = 5;

/** A question's text shortened for the table of contents (the full text is its title). */
function short(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, "")}…`;
}

export default async function ResultsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("analyst");
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const a = m.analysis;
  const params = toSearchParams(await searchParams);
  const { filters, errors } = filtersFrom(params);
  const options = chartOptionsFrom(params);
  const q = await dashboardDb();
  const results = await dashboardResults(q, questionnaire, locale, filters);
  const openItems = results.items.filter((i) => i.kind === "open");
  const texts = new Map(
    await Promise.all(openItems.map(async (i) => [i.variable, await textAnswers(q, i.variable, filters, { offset: 0, limit: INLINE_TEXTS }, i.answered)] as const)),
  );
  const query = filtersToSearchParams(filters);
  const qs = query.toString();
  const sections = resultSections(results.items, questionnaire, locale, m);
  const keep = chartOptionsToParams(options);
  const baseHref = (base: ChartOptions["base"]) => {
    const p = new URLSearchParams(query);
    for (const [k, v] of Object.entries(chartOptionsToParams({ ...options, base }))) p.set(k, v);
    const s = p.toString();
    return `/admin/results${s ? `?${s}` : ""}`;
  };
  const pageQs = new URLSearchParams(query);
  for (const [k, v] of Object.entries(keep)) pageQs.set(k, v);

  return (
    <AdminShell staff={staff} locale={locale} current="results" path={`/admin/results${pageQs.size ? `?${pageQs.toString()}` : ""}`} filterQuery={qs}>
      <h1>{m.results.title}</h1>
      <p>{m.results.intro}</p>
      <FilterForm locale={locale} action="/admin/results" dimensions={filterDimensions(questionnaire)} filters={filters} matching={results.total} errors={errors} keep={keep} />
      <p className="base-switch">
        <span>{a.base.label}:</span>
        <a href={baseHref("asked")} aria-current={options.base === "asked" ? "true" : undefined}>
          {a.base.asked}
        </a>
        <a href={baseHref("valid")} aria-current={options.base === "valid" ? "true" : undefined}>
          {a.base.valid}
        </a>
      </p>
      <p className="item__note">
        {a.base.validNote} {a.base.ciNote}
      </p>
      <nav aria-label={m.results.contents}>
        <h2>{a.jumpTo}</h2>
        <div className="toc-parts">
          {sections.map((s) => (
            <details key={s.id}>
              <summary>{s.title}</summary>
              <ol>
                {s.items.map((i) => (
                  <li key={i.variable}>
                    <a href={`#item-${i.variable}`} title={i.question}>
                      {i.variable}. {short(i.question)}
                    </a>
                  </li>
                ))}
              </ol>
            </details>
          ))}
        </div>
      </nav>
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`section-${s.id}`}>
          <h2 id={`section-${s.id}`}>{s.title}</h2>
          {s.items.map((item) => (
            <ItemResultView
              key={item.variable}
              item={item}
              locale={locale}
              query={query}
              options={options}
              {...(texts.has(item.variable) ? { texts: texts.get(item.variable) } : {})}
            />
          ))}
        </section>
      ))}
    </AdminShell>
  );
}
