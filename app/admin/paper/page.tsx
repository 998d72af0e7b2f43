// The paper side by side: its published figures beside today's, under the filters.
import { AdminShell } from "@/components/admin/AdminShell";
import { PaperComparisonTable } from "@/components/report/PaperComparisonTable";
import { Withheld } from "@/components/admin/Withheld";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { dashboardDb, filtersFrom, toSearchParams, type PageSearchParams } from "@/lib/dashboard/context";
import { withheldText } from "@/lib/dashboard/disclosure-labels";
import { guardedResults } from "@/lib/dashboard/protected";
import { staffMessages } from "@/lib/i18n/staff";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";
import { paperComparison } from "@/lib/report/paper";
import { filtersToSearchParams } from "@/lib/responses/filters";

export const dynamic = "force-dynamic";

export default async function PaperPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("viewer");
  const questionnaire = await activeQuestionnaire();
  const locale = await staffUiLocale(staff);
  const p = staffMessages(locale).analysis.paper;
  const { filters } = filtersFrom(toSearchParams(await searchParams));
  const qs = filtersToSearchParams(filters).toString();
  const guarded = await guardedResults(await dashboardDb(), questionnaire, locale, filters);
  return (
    <AdminShell staff={staff} locale={locale} current="paper" path={`/admin/paper${qs ? `?${qs}` : ""}`} filterQuery={qs}>
      <h1>{p.title}</h1>
      <p>{p.intro}</p>
      {guarded.shown ? <PaperComparisonTable rows={paperComparison(questionnaire, guarded.value, locale)} locale={locale} /> : <Withheld>{withheldText(locale, guarded.reason)}</Withheld>}
    </AdminShell>
  );
}
