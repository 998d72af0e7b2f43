// All answers to one open question (or one "Other, please specify"), newest first,
// paginated, shown as inert text.
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminShell } from "@/components/admin/AdminShell";
import { FilterForm } from "@/components/admin/FilterForm";
import { OpenAnswerList } from "@/components/admin/OpenAnswerList";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { dashboardDb, filtersFrom, firstParam, toSearchParams, type PageSearchParams } from "@/lib/dashboard/context";
import { filterDimensions } from "@/lib/dashboard/filter-dimensions";
import { Withheld } from "@/components/admin/Withheld";
import { withheldText } from "@/lib/dashboard/disclosure-labels";
import { guardedTextAnswers } from "@/lib/dashboard/protected";
import { fill, numberFormat, staffMessages } from "@/lib/i18n/staff";
import { answerVariables } from "@/lib/questionnaire";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";
import { filtersToSearchParams } from "@/lib/responses/filters";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;

export default async function OpenAnswersPage({
  params,
  searchParams,
}: {
  params: Promise<{ variable: string }>;
  searchParams: Promise<PageSearchParams>;
}) {
  const staff = await requireStaffPage("analyst");
  const questionnaire = await activeQuestionnaire();
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const { variable } = await params;
  const described = answerVariables(questionnaire).find((v) => v.variable === variable && (v.kind === "open" || v.kind === "other"));
  if (!described) notFound();
  const sp = await searchParams;
  const { filters, errors } = filtersFrom(toSearchParams(sp));
  const page = Math.max(1, Math.min(100_000, Number.parseInt(firstParam(sp, "page") ?? "1", 10) || 1));
  const q = await dashboardDb();
  // Through the minimum group size: fewer than k texts (or a base that may not be shown) list none.
  const guarded = await guardedTextAnswers(q, variable, filters, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const { total, rows } = guarded.shown ? guarded.value : { total: 0, rows: [] };
  const query = filtersToSearchParams(filters);
  const link = (p: number) => {
    const params = new URLSearchParams(query);
    if (p > 1) params.set("page", String(p));
    const s = params.toString();
    return `/admin/open/${variable}${s ? `?${s}` : ""}`;
  };
  const n = numberFormat(locale);
  const from = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const to = Math.min(total, page * PAGE_SIZE);
  const qs = query.toString();
  return (
    <AdminShell staff={staff} locale={locale} current="results" path={link(page)}>
      <p>
        <Link href={`/admin/results${qs ? `?${qs}` : ""}#item-${described.itemVariable}`}>{m.open.back}</Link>
      </p>
      <h1>{fill(m.open.title, { variable })}</h1>
      <p>
        {described.question[locale]}
        {described.label ? ` — ${described.label[locale]}` : ""}
      </p>
      <FilterForm
        locale={locale}
        action={`/admin/open/${variable}`}
        dimensions={filterDimensions(questionnaire)}
        filters={filters}
        matching={guarded.shown ? total : null}
        errors={errors}
      />
      {!guarded.shown && <Withheld>{withheldText(locale, guarded.reason)}</Withheld>}
      {guarded.shown && <p>{fill(m.open.pageOf, { from: n.format(from), to: n.format(to), total: n.format(total) })}</p>}
      <OpenAnswerList answers={rows} locale={locale} />
      <nav className="pager" aria-label={fill(m.open.title, { variable })}>
        {page > 1 && <Link href={link(page - 1)}>{m.open.previous}</Link>}
        {to < total && <Link href={link(page + 1)}>{m.open.next}</Link>}
      </nav>
    </AdminShell>
  );
}
