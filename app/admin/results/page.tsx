// Per-question results for every item in questionnaire order, under the filters.
import { AdminShell } from "@/components/admin/AdminShell";
import { FilterForm } from "@/components/admin/FilterForm";
import { ItemResultView } from "@/components/admin/ItemResultView";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { dashboardDb, filtersFrom, toSearchParams, type PageSearchParams } from "@/lib/dashboard/context";
import { filterDimensions } from "@/lib/dashboard/filter-dimensions";
import { textAnswers } from "@/lib/dashboard/queries";
import { dashboardResults, type ItemResult } from "@/lib/dashboard/results";
import { fill, staffMessages } from "@/lib/i18n/staff";
import { questionnaire } from "@/lib/questionnaire";
import { filtersToSearchParams } from "@/lib/responses/filters";

export const dynamic = "force-dynamic";

/** How many of the newest open answers are shown inline. */
const INLINE_TEXTS = 5;

export default async function ResultsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("analyst");
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const { filters, errors } = filtersFrom(toSearchParams(await searchParams));
  const q = await dashboardDb();
  const results = await dashboardResults(q, questionnaire, locale, filters);
  const openItems = results.items.filter((i) => i.kind === "open");
  const texts = new Map(
    await Promise.all(openItems.map(async (i) => [i.variable, await textAnswers(q, i.variable, filters, { offset: 0, limit: INLINE_TEXTS }, i.answered)] as const)),
  );
  const query = filtersToSearchParams(filters);
  const qs = query.toString();

  // Group by section (screening, Part I…IV) for headings and the table of contents.
  const sections: { id: string; title: string; items: ItemResult[] }[] = [];
  for (const item of results.items) {
    const id = item.part;
    let section = sections.find((s) => s.id === id);
    if (!section) {
      const part = questionnaire.parts.find((p) => p.id === id);
      const title = part ? `${fill(m.results.part, { id })}. ${part.title[locale]}` : m.results.screeningSection;
      section = { id, title, items: [] };
      sections.push(section);
    }
    section.items.push(item);
  }

  return (
    <AdminShell staff={staff} locale={locale} current="results" path={`/admin/results${qs ? `?${qs}` : ""}`}>
      <h1>{m.results.title}</h1>
      <p>{m.results.intro}</p>
      <FilterForm locale={locale} action="/admin/results" dimensions={filterDimensions(questionnaire)} filters={filters} matching={results.total} errors={errors} />
      <nav aria-label={m.results.contents}>
        <ol className="toc">
          {results.items.map((i) => (
            <li key={i.variable}>
              <a href={`#item-${i.variable}`}>{i.variable}</a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`section-${s.id}`}>
          <h2 id={`section-${s.id}`}>{s.title}</h2>
          {s.items.map((item) => (
            <ItemResultView key={item.variable} item={item} locale={locale} query={query} {...(texts.has(item.variable) ? { texts: texts.get(item.variable) } : {})} />
          ))}
        </section>
      ))}
    </AdminShell>
  );
}
