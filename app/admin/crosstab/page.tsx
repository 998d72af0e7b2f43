// Crosstab of any two closed items: counts and row percentages, under the filters.
import { AdminShell } from "@/components/admin/AdminShell";
import { FilterForm } from "@/components/admin/FilterForm";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { dashboardDb, filtersFrom, firstParam, toSearchParams, type PageSearchParams } from "@/lib/dashboard/context";
import { closedVariables, crosstab } from "@/lib/dashboard/crosstab";
import { filterDimensions } from "@/lib/dashboard/filter-dimensions";
import { countResponses } from "@/lib/dashboard/queries";
import { formatPercent, numberFormat, staffMessages } from "@/lib/i18n/staff";
import { questionnaire } from "@/lib/questionnaire";
import { filtersToSearchParams } from "@/lib/responses/filters";

export const dynamic = "force-dynamic";

export default async function CrosstabPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("analyst");
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const sp = await searchParams;
  const { filters, errors } = filtersFrom(toSearchParams(sp));
  const rowVar = firstParam(sp, "row") ?? "";
  const colVar = firstParam(sp, "col") ?? "";
  const closed = closedVariables(questionnaire, locale);
  const q = await dashboardDb();
  const [matching, table] = await Promise.all([
    countResponses(q, filters),
    rowVar && colVar && rowVar !== colVar ? crosstab(q, questionnaire, locale, rowVar, colVar, filters) : Promise.resolve(null),
  ]);
  const query = filtersToSearchParams(filters);
  const keep: Record<string, string> = {};
  if (rowVar) keep.row = rowVar;
  if (colVar) keep.col = colVar;
  const pageQuery = new URLSearchParams({ ...keep });
  for (const [k, v] of query) pageQuery.append(k, v);
  const n = numberFormat(locale);
  return (
    <AdminShell staff={staff} locale={locale} current="crosstab" path={`/admin/crosstab?${pageQuery.toString()}`}>
      <h1>{m.crosstab.title}</h1>
      <p>{m.crosstab.intro}</p>
      <form method="get" action="/admin/crosstab">
        {[...query].map(([k, v], i) => (
          <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
        ))}
        <div className="field">
          <label htmlFor="crosstab-row">{m.crosstab.rows}</label>
          <select id="crosstab-row" name="row" defaultValue={rowVar}>
            <option value="">—</option>
            {closed.map((c) => (
              <option key={c.variable} value={c.variable}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="crosstab-col">{m.crosstab.columns}</label>
          <select id="crosstab-col" name="col" defaultValue={colVar}>
            <option value="">—</option>
            {closed.map((c) => (
              <option key={c.variable} value={c.variable}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <p>
          <button type="submit" className="button">
            {m.crosstab.show}
          </button>
        </p>
      </form>
      <FilterForm locale={locale} action="/admin/crosstab" dimensions={filterDimensions(questionnaire)} filters={filters} matching={matching} errors={errors} keep={keep} />
      {!table && <p>{rowVar && rowVar === colVar ? m.crosstab.same : m.crosstab.choose}</p>}
      {table && (
        <>
          <p className="item__note">{m.crosstab.note}</p>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={m.crosstab.title}>
            <table>
              <caption>
                {table.row.label} × {table.column.label}
              </caption>
              <thead>
                <tr>
                  <td />
                  {table.column.codes.map((c) => (
                    <th key={c.code} scope="col" className="num">
                      {c.label}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {m.crosstab.rowTotal}
                  </th>
                </tr>
              </thead>
              <tbody>
                {table.lines.map((line) => (
                  <tr key={line.code}>
                    <th scope="row">{line.label}</th>
                    {line.cells.map((cell) => (
                      <td key={cell.code} className="num">
                        {n.format(cell.n)} ({formatPercent(locale, cell.pct)})
                      </td>
                    ))}
                    <td className="num">{n.format(line.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </AdminShell>
  );
}
