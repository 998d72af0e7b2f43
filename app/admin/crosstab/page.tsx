// Crosstab of any two closed items, optionally within one answer of a third (layer):
// counts with row/column/total percentages, totals, χ² with df and p, Cramér's V and the
// small-expected-count warning, under the filters; the table downloads as CSV.
import { AdminShell } from "@/components/admin/AdminShell";
import { CrosstabTable } from "@/components/admin/CrosstabTable";
import { WeightedCrosstabTable } from "@/components/admin/coding/WeightedCrosstabTable";
import { SCHEME_ID } from "@/lib/weights/compute.server";
import { weightedCrosstab } from "@/lib/weights/weighted-crosstab.server";
import { FilterForm } from "@/components/admin/FilterForm";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { dashboardDb, filtersFrom, firstParam, toSearchParams, type PageSearchParams } from "@/lib/dashboard/context";
import { Withheld } from "@/components/admin/Withheld";
import { closedVariables, crosstabPercentFrom } from "@/lib/dashboard/crosstab";
import { withheldText } from "@/lib/dashboard/disclosure-labels";
import { checkFilters } from "@/lib/dashboard/filter-guard";
import { guardedCrosstab } from "@/lib/dashboard/protected";
import { filterDimensions } from "@/lib/dashboard/filter-dimensions";
import { staffMessages } from "@/lib/i18n/staff";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";
import { filtersToSearchParams } from "@/lib/responses/filters";

export const dynamic = "force-dynamic";

export default async function CrosstabPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("viewer");
  const questionnaire = await activeQuestionnaire();
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const a = m.analysis.crosstab;
  const sp = await searchParams;
  const { filters, errors } = filtersFrom(toSearchParams(sp));
  const rowVar = firstParam(sp, "row") ?? "";
  const colVar = firstParam(sp, "col") ?? "";
  const layerVar = firstParam(sp, "layer") ?? "";
  const percentage = crosstabPercentFrom(firstParam(sp, "pct"));
  const includeMissing = firstParam(sp, "missing") === "1";
  const closed = closedVariables(questionnaire, locale);
  const layerVariable = closed.find((c) => c.variable === layerVar);
  const layerValueRaw = Number.parseInt(firstParam(sp, "layerValue") ?? "", 10);
  const layerCode = layerVariable?.codes.find((c) => c.code === layerValueRaw)?.code ?? layerVariable?.codes[0]?.code;
  const q = await dashboardDb();
  // Through the minimum group size: a base below it shows nothing but the reason.
  const [verdict, guarded] = await Promise.all([
    checkFilters(q, filters),
    rowVar && colVar && rowVar !== colVar
      ? guardedCrosstab(q, questionnaire, locale, rowVar, colVar, filters, {
          ...(layerVariable && layerCode !== undefined ? { layer: { variable: layerVariable.variable, code: layerCode } } : {}),
          includeMissing,
        })
      : Promise.resolve(null),
  ]);
  const matching = verdict.shown ? verdict.n : null;
  const table = guarded?.shown ? guarded.value : null;
  const hasWeights = (await q.db.weightScheme.count({ where: { id: SCHEME_ID } })) > 0;
  const wantWeighted = hasWeights && firstParam(sp, "weighted") === "1";
  const weighted =
    table && wantWeighted
      ? await weightedCrosstab(q, table, filters, layerVariable && layerCode !== undefined ? { variable: layerVariable.variable, code: layerCode } : undefined)
      : null;
  const query = filtersToSearchParams(filters);
  const keep: Record<string, string> = {};
  if (rowVar) keep.row = rowVar;
  if (colVar) keep.col = colVar;
  if (layerVariable) keep.layer = layerVariable.variable;
  if (layerVariable && layerCode !== undefined) keep.layerValue = String(layerCode);
  if (percentage !== "row") keep.pct = percentage;
  if (includeMissing) keep.missing = "1";
  if (wantWeighted) keep.weighted = "1";
  const pageQuery = new URLSearchParams({ ...keep });
  for (const [k, v] of query) pageQuery.append(k, v);
  const choose = (id: string, name: string, label: string, value: string, empty: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        <option value="">{empty}</option>
        {closed.map((c) => (
          <option key={c.variable} value={c.variable}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <AdminShell staff={staff} locale={locale} current="crosstab" path={`/admin/crosstab?${pageQuery.toString()}`} filterQuery={query.toString()}>
      <h1>{m.crosstab.title}</h1>
      <p>{a.intro}</p>
      <form method="get" action="/admin/crosstab">
        {[...query].map(([k, v], i) => (
          <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
        ))}
        <div className="controls">
          {choose("crosstab-row", "row", m.crosstab.rows, rowVar, "—")}
          {choose("crosstab-col", "col", m.crosstab.columns, colVar, "—")}
          {choose("crosstab-layer", "layer", a.layer, layerVariable?.variable ?? "", a.noLayer)}
          {layerVariable && (
            <div className="field">
              <label htmlFor="crosstab-layer-value">{a.layerValue}</label>
              <select id="crosstab-layer-value" name="layerValue" defaultValue={String(layerCode ?? "")}>
                {layerVariable.codes.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.label}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        <div className="controls">
          <fieldset>
            <legend>{a.percent}</legend>
            <div className="checks">
              {(
                [
                  ["row", a.rowPct],
                  ["column", a.colPct],
                  ["total", a.totalPct],
                  ["none", a.none],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className="check">
                  <input type="radio" name="pct" value={value} defaultChecked={percentage === value} />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <label className="check">
              <input type="checkbox" name="missing" value="1" defaultChecked={includeMissing} />
              {a.includeMissing}
            </label>
          </div>
          {hasWeights && (
            <div className="field">
              <label className="check">
                <input type="checkbox" name="weighted" value="1" defaultChecked={wantWeighted} />
                {m.coding.weights.crosstabSwitch}
              </label>
            </div>
          )}
        </div>
        <p>
          <button type="submit" className="button">
            {m.crosstab.show}
          </button>
        </p>
      </form>
      <FilterForm locale={locale} action="/admin/crosstab" dimensions={filterDimensions(questionnaire)} filters={filters} matching={matching} errors={errors} keep={keep} />
      {!verdict.shown && <Withheld>{withheldText(locale, verdict.reason)}</Withheld>}
      {verdict.shown && !table && <p>{rowVar && rowVar === colVar ? m.crosstab.same : m.crosstab.choose}</p>}
      {table && <CrosstabTable table={table} locale={locale} percentage={percentage} csvHref={`/api/admin/crosstab.csv?${pageQuery.toString()}&ui=${locale}`} />}
      {table && weighted && <WeightedCrosstabTable table={table} weighted={weighted} locale={locale} />}
    </AdminShell>
  );
}
