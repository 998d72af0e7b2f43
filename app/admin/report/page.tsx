// The printable report: every chart in questionnaire order with its base, parts on new
// pages when printed (print stylesheet in admin.css), in the interface language, under
// the dashboard filters and the chosen percentage base.
import { AdminShell } from "@/components/admin/AdminShell";
import { ItemResultView } from "@/components/admin/ItemResultView";
import { CodedCategories } from "@/components/admin/coding/CodedCategories";
import { listFrames } from "@/lib/coding/frames.server";
import { codedResult } from "@/lib/coding/results.server";
import { requireStaffPage } from "@/lib/auth/guard";
import { now as clockNow } from "@/lib/clock";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { chartOptionsFrom } from "@/lib/dashboard/charts";
import { dashboardDb, filtersFrom, toSearchParams, type PageSearchParams } from "@/lib/dashboard/context";
import { Withheld } from "@/components/admin/Withheld";
import { withheldText } from "@/lib/dashboard/disclosure-labels";
import { guardedResults } from "@/lib/dashboard/protected";
import { resultSections } from "@/lib/dashboard/results";
import { env } from "@/lib/env";
import { fill, numberFormat, staffMessages } from "@/lib/i18n/staff";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";
import { filtersToSearchParams } from "@/lib/responses/filters";
import { ExcludedNote } from "@/components/admin/ExcludedNote";

export const dynamic = "force-dynamic";

export default async function ReportPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("viewer");
  const questionnaire = await activeQuestionnaire();
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const a = m.analysis;
  const params = toSearchParams(await searchParams);
  const { filters } = filtersFrom(params);
  const options = chartOptionsFrom(params);
  const q = await dashboardDb();
  const guarded = await guardedResults(q, questionnaire, locale, filters);
  const query = filtersToSearchParams(filters);
  const qs = query.toString();
  if (!guarded.shown) {
    return (
      <AdminShell staff={staff} locale={locale} current="report" path={`/admin/report${qs ? `?${qs}` : ""}`} filterQuery={qs}>
        <h1>
          {a.report.title}: {questionnaire.title[locale]}
        </h1>
        <Withheld>{withheldText(locale, guarded.reason)}</Withheld>
      </AdminShell>
    );
  }
  const results = guarded.value;
  // Open answers are not in the report; their coded categories are, like multi-choice items.
  const coded = (await Promise.all((await listFrames(q.db)).map(async (f) => [f.variable, await codedResult(q, f, filters)] as const))).flatMap(([v, r]) =>
    r.shown ? [{ variable: v, result: r }] : [],
  );
  const sections = resultSections(
    results.items.filter((i) => i.kind !== "open"),
    questionnaire,
    locale,
    m,
  );
  const date = new Intl.DateTimeFormat(locale === "kk" ? "kk-KZ" : locale, { dateStyle: "long", timeStyle: "short", timeZone: env().STAFF_TIMEZONE }).format(clockNow());
  return (
    <AdminShell staff={staff} locale={locale} current="report" path={`/admin/report${qs ? `?${qs}` : ""}`} filterQuery={qs}>
      <h1>
        {a.report.title}: {questionnaire.title[locale]}
      </h1>
      <p>{fill(a.report.generated, { n: numberFormat(locale).format(results.total), date })}</p>
      <ExcludedNote locale={locale} />
      <p className="no-print">
        {a.report.intro} {a.report.print}
      </p>
      <p className="item__note">{a.base.validNote}</p>
      {sections.map((s) => (
        <section key={s.id} className="report-part" aria-labelledby={`report-${s.id}`}>
          <h2 id={`report-${s.id}`}>{s.title}</h2>
          {s.items.map((item) => (
            <ItemResultView key={item.variable} item={item} locale={locale} query={query} options={options} compact linkTexts={false} />
          ))}
        </section>
      ))}
      {coded.length > 0 && (
        <section className="report-part" aria-labelledby="report-coded">
          <h2 id="report-coded">{m.coding.reportSection}</h2>
          {coded.map((c) => (
            <CodedCategories key={c.variable} variable={c.variable} result={c.result} locale={locale} />
          ))}
        </section>
      )}
    </AdminShell>
  );
}
