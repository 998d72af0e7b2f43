// Per-question results in questionnaire order, under the filters: one card per question
// (text, bases, chart, table behind a toggle), navigation by part and question text, and
// a switch between the two percentage bases (of those asked / valid %).
import { AdminShell } from "@/components/admin/AdminShell";
import { FilterForm } from "@/components/admin/FilterForm";
import { ItemResultView } from "@/components/admin/ItemResultView";
import { CodedCategories } from "@/components/admin/coding/CodedCategories";
import { WeightedTable } from "@/components/admin/coding/WeightedTable";
import { answerVariables } from "@/lib/questionnaire";
import { SCHEME_ID } from "@/lib/weights/compute.server";
import { weightedItems } from "@/lib/weights/weighted-results.server";
import { listFrames } from "@/lib/coding/frames.server";
import { codedResult } from "@/lib/coding/results.server";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { chartOptionsFrom, chartOptionsToParams, type ChartOptions } from "@/lib/dashboard/charts";
import { dashboardDb, filtersFrom, toSearchParams, type PageSearchParams } from "@/lib/dashboard/context";
import { filterDimensions } from "@/lib/dashboard/filter-dimensions";
import { Withheld } from "@/components/admin/Withheld";
import { roleSatisfies } from "@/lib/auth/roles";
import { withheldText } from "@/lib/dashboard/disclosure-labels";
import { guardedResults, guardedTextAnswers } from "@/lib/dashboard/protected";
import { resultSections } from "@/lib/dashboard/results";
import { staffMessages } from "@/lib/i18n/staff";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";
import { filtersToSearchParams } from "@/lib/responses/filters";

export const dynamic = "force-dynamic";

/** How many of the newest open answers are shown inline. */
const INLINE_TEXTS = 5;

/** A question's text shortened for the table of contents (the full text is its title). */
function short(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, "")}…`;
}

export default async function ResultsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("viewer");
  const questionnaire = await activeQuestionnaire();
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const a = m.analysis;
  const params = toSearchParams(await searchParams);
  const { filters, errors } = filtersFrom(params);
  const options = chartOptionsFrom(params);
  const q = await dashboardDb();
  const guarded = await guardedResults(q, questionnaire, locale, filters);
  const query = filtersToSearchParams(filters);
  const qs = query.toString();
  const keep = chartOptionsToParams(options);
  if (!guarded.shown) {
    // The filtered base is below the minimum group size: nothing but the reason.
    return (
      <AdminShell staff={staff} locale={locale} current="results" path={`/admin/results${qs ? `?${qs}` : ""}`} filterQuery={qs}>
        <h1>{m.results.title}</h1>
        <FilterForm locale={locale} action="/admin/results" dimensions={filterDimensions(questionnaire)} filters={filters} matching={null} errors={errors} keep={keep} />
        <Withheld>{withheldText(locale, guarded.reason)}</Withheld>
      </AdminShell>
    );
  }
  const results = guarded.value;
  // Open answers are microdata: analysts and admins only, and only for groups of at least the minimum.
  const mayReadTexts = roleSatisfies(staff.role, "analyst");
  const openItems = results.items.filter((i) => i.kind === "open");
  const texts = new Map(
    await Promise.all(
      openItems.map(async (i) => {
        if (!mayReadTexts) return [i.variable, { withheld: m.disclosure.viewerNoTexts }] as const;
        const t = await guardedTextAnswers(q, i.variable, filters, { offset: 0, limit: INLINE_TEXTS });
        return [i.variable, t.shown ? t.value : { withheld: withheldText(locale, t.reason) }] as const;
      }),
    ),
  );
  // Coded open answers are aggregates like a multi-choice item: every role sees them.
  const frames = await listFrames(q.db);
  const coded = new Map(
    (await Promise.all(frames.map(async (f) => [f.variable, await codedResult(q, f, filters)] as const))).flatMap(([v, r]) => (r.shown ? [[v, r] as const] : [])),
  );
  // Weighted percentages, when weights exist and the switch asks for them (?weighted=1).
  const hasWeights = (await q.db.weightScheme.count({ where: { id: SCHEME_ID } })) > 0;
  const weighted = hasWeights && params.get("weighted") === "1";
  const singles = answerVariables(questionnaire).filter((v) => v.kind === "single");
  const weightedFigures = weighted ? await weightedItems(q, singles.map((v) => v.variable), filters) : new Map();
  const weightedHref = (() => {
    const p = new URLSearchParams(query);
    for (const [k, v] of Object.entries(keep)) p.set(k, v);
    if (!weighted) p.set("weighted", "1");
    const s = p.toString();
    return `/admin/results${s ? `?${s}` : ""}`;
  })();
  const sections = resultSections(results.items, questionnaire, locale, m);
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
      {hasWeights && (
        <p className="weighted-switch">
          <a href={weightedHref}>{weighted ? m.coding.weights.showUnweighted : m.coding.weights.showWeighted}</a>
        </p>
      )}
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
          {s.items.map((item) => {
            const codes = coded.get(item.variable);
            return (
              <div key={item.variable}>
                <ItemResultView
                  item={item}
                  locale={locale}
                  query={query}
                  options={options}
                  linkTexts={mayReadTexts}
                  {...(texts.has(item.variable) ? { texts: texts.get(item.variable) } : {})}
                />
                {codes && <CodedCategories variable={item.variable} result={codes} locale={locale} />}
                {weightedFigures.has(item.variable) && (
                  <WeightedTable item={weightedFigures.get(item.variable)!} options={singles.find((v) => v.variable === item.variable)?.options ?? []} locale={locale} />
                )}
              </div>
            );
          })}
        </section>
      ))}
    </AdminShell>
  );
}
