// Overview: responses in total, per day, by language and by screening answer, and the
// survey's status, all under the same filters as the rest of the dashboard.
import { FrequencyTable } from "@/components/admin/FrequencyTable";
import { AdminShell } from "@/components/admin/AdminShell";
import { FilterForm } from "@/components/admin/FilterForm";
import { ChartFigure } from "@/components/charts/ChartFigure";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { overviewChart } from "@/lib/dashboard/charts";
import { dashboardDb, filtersFrom, toSearchParams, type PageSearchParams } from "@/lib/dashboard/context";
import { filterDimensions } from "@/lib/dashboard/filter-dimensions";
import { suppressionLabel, withheldText } from "@/lib/dashboard/disclosure-labels";
import { guardedOverview } from "@/lib/dashboard/protected";
import { Withheld } from "@/components/admin/Withheld";
import { filtersToSearchParams } from "@/lib/responses/filters";
import { numberFormat, staffMessages } from "@/lib/i18n/staff";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";
import { getSurveyStatus } from "@/lib/survey/status";

export const dynamic = "force-dynamic";

export default async function OverviewPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("viewer");
  const questionnaire = await activeQuestionnaire();
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const { filters, errors } = filtersFrom(toSearchParams(await searchParams));
  const q = await dashboardDb();
  const [guarded, status] = await Promise.all([
    guardedOverview(q, questionnaire, locale, filters, m.language.names),
    getSurveyStatus(q.db),
  ]);
  const query = filtersToSearchParams(filters);
  const n = numberFormat(locale);
  const qs = query.toString();
  if (!guarded.shown) {
    return (
      <AdminShell staff={staff} locale={locale} current="overview" path={`/admin${qs ? `?${qs}` : ""}`} filterQuery={qs}>
        <h1>{m.overview.title}</h1>
        <FilterForm locale={locale} action="/admin" dimensions={filterDimensions(questionnaire)} filters={filters} matching={null} errors={errors} />
        <Withheld>{withheldText(locale, guarded.reason)}</Withheld>
      </AdminShell>
    );
  }
  const overview = guarded.value;
  return (
    <AdminShell staff={staff} locale={locale} current="overview" path={`/admin${qs ? `?${qs}` : ""}`} filterQuery={qs}>
      <h1>{m.overview.title}</h1>
      <FilterForm locale={locale} action="/admin" dimensions={filterDimensions(questionnaire)} filters={filters} matching={overview.total} errors={errors} />
      <div className="cards">
        <div className="card">
          <p className="card__label">{m.overview.total}</p>
          <p className="card__value">{n.format(overview.total)}</p>
        </div>
        <div className="card">
          <p className="card__label">{m.overview.status}</p>
          <p className="card__value">{status === "open" ? m.overview.open : m.overview.closed}</p>
        </div>
        {overview.pendingToday !== null && (
          // Results are released by day (RESULTS_DELAY=day): today's responses are only counted here.
          <div className="card">
            <p className="card__label">{m.overview.arrivedToday}</p>
            <p className="card__value">{overview.pendingSuppressed ? suppressionLabel(locale, overview.pendingSuppressed) : n.format(overview.pendingToday)}</p>
          </div>
        )}
      </div>

      <h2 id="per-day">{m.overview.perDay}</h2>
      {overview.perDay.length === 0 ? (
        <p>{m.overview.noResponses}</p>
      ) : (
        <>
          <ChartFigure chartId="daily" spec={overviewChart("daily", overview, locale)} locale={locale} query={query} labelledBy="per-day" />
          <details>
            <summary>{m.overview.perDay}</summary>
            <div className="table-wrap" tabIndex={0} role="region" aria-label={m.overview.perDay}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{m.overview.day}</th>
                    <th scope="col" className="num">
                      {m.overview.responses}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {overview.perDay.map((d) => (
                    <tr key={d.day}>
                      <th scope="row" className="nobr">
                        {d.day}
                      </th>
                      <td className="num">{d.suppressed ? suppressionLabel(locale, d.suppressed) : n.format(d.n)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}

      <h2 id="by-language">{m.overview.byLanguage}</h2>
      <ChartFigure chartId="language" spec={overviewChart("language", overview, locale)} locale={locale} query={query} labelledBy="by-language" />
      <FrequencyTable caption={m.overview.byLanguage} rows={overview.byLocale} locale={locale} percentHeader={m.results.percent} />

      <h2 id="screening">{m.overview.screening}</h2>
      <p>{overview.screening.question}</p>
      <ChartFigure chartId="screening" spec={overviewChart("screening", overview, locale)} locale={locale} query={query} labelledBy="screening" />
      <FrequencyTable caption={m.overview.screening} rows={overview.screening.rows} locale={locale} percentHeader={m.results.percent} />
    </AdminShell>
  );
}
