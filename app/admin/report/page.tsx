// The printable report: a cover (title, fieldwork by release day, N by language and by
// questionnaire version, release policy), every question in questionnaire order with its
// chart and its table, open answers counted, and a methods section generated from the
// definition, and the paper's published figures beside today's; A4 by default (?paper=letter for US Letter), under the dashboard filters
// and the chosen percentage base. Print rules are in admin.css (.report-*).
import type { Metadata } from "next";
import { AdminShell } from "@/components/admin/AdminShell";
import { ItemResultView } from "@/components/admin/ItemResultView";
import { CodedCategories } from "@/components/admin/coding/CodedCategories";
import { listFrames } from "@/lib/coding/frames.server";
import { codedResult } from "@/lib/coding/results.server";
import { ReportCover } from "@/components/report/ReportCover";
import { ReportMethods } from "@/components/report/ReportMethods";
import { PaperComparisonTable } from "@/components/report/PaperComparisonTable";
import { paperComparison } from "@/lib/report/paper";
import { currentStaff, requireStaffPage } from "@/lib/auth/guard";
import { now as clockNow } from "@/lib/clock";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { chartOptionsFrom } from "@/lib/dashboard/charts";
import { dashboardDb, filtersFrom, firstParam, toSearchParams, type PageSearchParams } from "@/lib/dashboard/context";
import { Withheld } from "@/components/admin/Withheld";
import { withheldText } from "@/lib/dashboard/disclosure-labels";
import { minGroupSize } from "@/lib/dashboard/filter-guard";
import { guardedResults } from "@/lib/dashboard/protected";
import { resultSections } from "@/lib/dashboard/results";
import { env } from "@/lib/env";
import { fill, numberFormat, staffMessages } from "@/lib/i18n/staff";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";
import { reportCover } from "@/lib/report/cover.server";
import { batchRates } from "@/lib/invitations/rates.server";
import { releaseCutoff } from "@/lib/responses/release";
import { reportMethods } from "@/lib/report/methods";
import { releaseSettings } from "@/lib/responses/release";
import { filtersToSearchParams } from "@/lib/responses/filters";
import { ExcludedNote } from "@/components/admin/ExcludedNote";

export const dynamic = "force-dynamic";

/** The PDF's title is the survey's, not the staff area's. */
export async function generateMetadata(): Promise<Metadata> {
  const locale = await staffUiLocale(await currentStaff());
  const questionnaire = await activeQuestionnaire();
  return { title: { absolute: questionnaire.title[locale] } };
}

export default async function ReportPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("viewer");
  const questionnaire = await activeQuestionnaire();
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const a = m.analysis;
  const r = a.report;
  const sp = await searchParams;
  const params = toSearchParams(sp);
  const { filters } = filtersFrom(params);
  const options = chartOptionsFrom(params);
  const letter = firstParam(sp, "paper") === "letter";
  const q = await dashboardDb();
  const guarded = await guardedResults(q, questionnaire, locale, filters);
  const query = filtersToSearchParams(filters);
  const qs = query.toString();
  const title = questionnaire.title[locale];
  if (!guarded.shown) {
    return (
      <AdminShell staff={staff} locale={locale} current="report" path={`/admin/report${qs ? `?${qs}` : ""}`} filterQuery={qs}>
        <h1>
          {r.title}: {title}
        </h1>
        <Withheld>{withheldText(locale, guarded.reason)}</Withheld>
      </AdminShell>
    );
  }
  const results = guarded.value;
  // Open answers are counted in the report; their coded categories are charted like multi-choice items.
  const coded = (await Promise.all((await listFrames(q.db)).map(async (f) => [f.variable, await codedResult(q, f, filters)] as const))).flatMap(([v, r]) =>
    r.shown ? [{ variable: v, result: r }] : [],
  );
  const k = minGroupSize();
  const cover = await reportCover(q, filters, k);
  // The response-rate line, when invitation codes are (or were) in use.
  const rates = await batchRates(q.db, { releasedBefore: releaseCutoff(), minGroup: k });
  const sections = resultSections(results.items, questionnaire, locale, m);
  const date = new Intl.DateTimeFormat(locale === "kk" ? "kk-KZ" : locale, { dateStyle: "long", timeStyle: "short", timeZone: env().STAFF_TIMEZONE }).format(clockNow());
  const paperHref = (paper: "a4" | "letter") => {
    const p = new URLSearchParams(params);
    if (paper === "letter") p.set("paper", "letter");
    else p.delete("paper");
    const s = p.toString();
    return `/admin/report${s ? `?${s}` : ""}`;
  };
  return (
    <AdminShell staff={staff} locale={locale} current="report" path={`/admin/report${qs ? `?${qs}` : ""}`} filterQuery={qs}>
      {/* The page size of the printed report: A4 unless US Letter was chosen. */}
      <style>{`@page { size: ${letter ? "letter" : "A4"}; margin: 15mm 14mm; }`}</style>
      <div className="no-print">
        <p>
          {r.intro} {r.print}
        </p>
        <p className="base-switch">
          <span>{r.paperSize}:</span>
          <a href={paperHref("a4")} aria-current={letter ? undefined : "true"}>
            {r.a4}
          </a>
          <a href={paperHref("letter")} aria-current={letter ? "true" : undefined}>
            {r.letter}
          </a>
        </p>
      </div>
      <ReportCover
        title={title}
        cover={cover}
        locale={locale}
        generated={fill(r.generated, { n: numberFormat(locale).format(results.total), date })}
        release={releaseSettings()}
        k={k}
        rates={rates}
      />
      <ExcludedNote locale={locale} />
      <p className="item__note">{a.base.validNote}</p>
      {sections.map((s) => (
        <section key={s.id} className="report-part" aria-labelledby={`report-${s.id}`}>
          <h2 id={`report-${s.id}`}>{s.title}</h2>
          {s.items.map((item) => (
            <div key={item.variable} className="report-unit">
              <ItemResultView item={item} locale={locale} query={query} options={options} compact linkTexts={false} />
              {item.kind === "open" && !item.withheld && <p className="item__note">{fill(r.openAnswers, { n: numberFormat(locale).format(item.answered) })}</p>}
            </div>
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
      <section className="report-paper" aria-labelledby="report-paper">
        <h2 id="report-paper">{a.paper.title}</h2>
        <p>{a.paper.intro}</p>
        <PaperComparisonTable rows={paperComparison(questionnaire, results, locale)} locale={locale} />
      </section>
      <ReportMethods methods={reportMethods(questionnaire, locale)} locale={locale} />
    </AdminShell>
  );
}
