// Raking weights (admins): upload population margins, see how the raking converged and
// how the weighted sample meets each margin, with the effective sample size.
import { AdminShell } from "@/components/admin/AdminShell";
import { Notice } from "@/components/admin/Notice";
import { computeWeightsAction, removeWeightsAction } from "@/app/admin/actions/weights";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { firstParam, type PageSearchParams } from "@/lib/dashboard/context";
import { isSmall } from "@/lib/dashboard/disclosure";
import { minGroupSize } from "@/lib/dashboard/filter-guard";
import { getDb } from "@/lib/db/client";
import { fill, numberFormat, staffMessages } from "@/lib/i18n/staff";
import { answerVariables } from "@/lib/questionnaire";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";
import { DEFAULT_BOUNDS, currentWeights } from "@/lib/weights/compute.server";
import { weightedDistribution } from "@/lib/weights/distribution.server";

export const dynamic = "force-dynamic";

export default async function WeightsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("admin");
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const w = m.coding.weights;
  const sp = await searchParams;
  const notice = firstParam(sp, "notice");
  const problem = firstParam(sp, "problem");
  const db = await getDb();
  const summary = await currentWeights(db);
  const described = new Map(answerVariables(await activeQuestionnaire()).map((v) => [v.variable, v]));
  const variables = summary ? [...new Set(summary.margins.map((r) => r.variable))] : [];
  const distributions = new Map(await Promise.all(variables.map(async (v) => [v, await weightedDistribution(db, v)] as const)));
  const n = numberFormat(locale);
  const pct = numberFormat(locale, 1);
  const share = (x: number | null | undefined) => (x === null || x === undefined ? "—" : `${pct.format(x * 100)} %`);
  const k = minGroupSize();
  const small = (count: number) => isSmall(count, k);
  const fewer = fill(m.disclosure.fewerThan, { k });
  const problemText = problem && problem in w.problems ? w.problems[problem as keyof typeof w.problems] : null;
  return (
    <AdminShell staff={staff} locale={locale} current="weights" path="/admin/weights">
      <h1>{w.title}</h1>
      <p>{w.intro}</p>
      {notice === "computed" && <Notice>{w.computed}</Notice>}
      {notice === "removed" && <Notice>{w.removed}</Notice>}
      {problemText && <Notice warning>{problemText}</Notice>}
      <section aria-labelledby="current">
        <h2 id="current">{w.current}</h2>
        {!summary && <p>{w.none}</p>}
        {summary && (
          <>
            <p className="weights-convergence">
              {fill(summary.converged ? w.converged : w.notConverged, {
                iterations: n.format(summary.iterations),
                deviation: numberFormat(locale, 4).format(summary.maxDeviation * 100),
              })}
            </p>
            <p>
              {fill(w.counts, {
                weighted: small(summary.weighted) ? fewer : n.format(summary.weighted),
                // The unweighted are those who declined a raking question: a small count is withheld like any group.
                unweighted: small(summary.unweighted) ? fewer : n.format(summary.unweighted),
              })}
            </p>
            <p className="weights-effective-n">{fill(w.effectiveN, { n: numberFormat(locale, 1).format(summary.effectiveN) })}</p>
            {variables.map((variable) => {
              const d = distributions.get(variable);
              const options = described.get(variable)?.options ?? [];
              return (
                <div key={variable} className="table-wrap" tabIndex={0} role="region" aria-label={`${w.margins}: ${variable}`}>
                  <table>
                    <caption>
                      {variable}: {described.get(variable)?.question[locale] ?? ""}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{w.code}</th>
                        <th scope="col">{w.target}</th>
                        <th scope="col">{w.unweightedPct}</th>
                        <th scope="col">{w.weightedPct}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {summary.margins
                        .filter((r) => r.variable === variable)
                        .map((r) => {
                          const row = d?.rows.find((x) => x.code === r.code);
                          const target = r.share / summary.margins.filter((x) => x.variable === variable).reduce((s, x) => s + x.share, 0);
                          return (
                            <tr key={r.code}>
                              <th scope="row">
                                {r.code} {options.find((o) => o.code === r.code)?.label[locale] ?? ""}
                              </th>
                              <td>{share(target)}</td>
                              <td>{share(row ? row.unweighted : 0)}</td>
                              <td>{share(row ? row.weighted : 0)}</td>
                            </tr>
                          );
                        })}
                    </tbody>
                  </table>
                </div>
              );
            })}
            <form action={removeWeightsAction}>
              <button type="submit" className="button button--secondary">
                {w.remove}
              </button>
            </form>
          </>
        )}
      </section>
      <section aria-labelledby="upload">
        <h2 id="upload">{w.upload}</h2>
        <form action={computeWeightsAction} encType="multipart/form-data">
          <p>
            <label htmlFor="margins">{w.file}</label>
            <input id="margins" name="margins" type="file" accept=".csv,text/csv" required />
          </p>
          <p>
            <label htmlFor="lower">{w.lower}</label>
            <input id="lower" name="lower" inputMode="decimal" defaultValue={summary?.lowerBound ?? DEFAULT_BOUNDS.lower} required />
          </p>
          <p>
            <label htmlFor="upper">{w.upper}</label>
            <input id="upper" name="upper" inputMode="decimal" defaultValue={summary?.upperBound ?? DEFAULT_BOUNDS.upper} required />
          </p>
          <button type="submit" className="button">
            {w.compute}
          </button>
        </form>
      </section>
    </AdminShell>
  );
}
