// Exports: the panel itself belongs to the exports work (components/export).
import { AdminShell } from "@/components/admin/AdminShell";
import { ExportPanel } from "@/components/export/ExportPanel";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import type { PageSearchParams } from "@/lib/dashboard/context";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";

export const dynamic = "force-dynamic";

export default async function ExportPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("analyst");
  const locale = await staffUiLocale(staff);
  return (
    <AdminShell staff={staff} locale={locale} current="export" path="/admin/export">
      <ExportPanel staff={{ ...staff, locale }} def={await activeQuestionnaire()} searchParams={await searchParams} />
    </AdminShell>
  );
}
