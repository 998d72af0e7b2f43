// The questionnaire editor: every string of the draft in kk/ru/en side by side, with its
// status, limit and preview links, and the translators' spreadsheet (download, upload). Admins, analysts (read-only) and translators may read it;
// the actions refuse changes from those without questionnaire.edit / questionnaire.publish.
import { AdminShell } from "@/components/admin/AdminShell";
import { StringsWorkbookPanel } from "@/components/admin/questionnaire/StringsWorkbookPanel";
import { QuestionnaireEditor } from "@/components/questionnaire-editor/QuestionnaireEditor";
import { requireStaffPage } from "@/lib/auth/guard";
import { roleSatisfies } from "@/lib/auth/roles";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { getDb } from "@/lib/db/client";
import { staffMessages } from "@/lib/i18n/staff";
import { loadDraftDefinition } from "@/lib/questionnaire/editing/draft.server";
import { itemOfOwner, stepOfOwner } from "@/lib/questionnaire/editing/preview";

export const dynamic = "force-dynamic";

export default async function QuestionnaireEditorPage() {
  const staff = await requireStaffPage("questionnaire.read");
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const { draft, definition } = await loadDraftDefinition(await getDb());
  return (
    <AdminShell staff={staff} locale={locale} current="questionnaire" path="/admin/questionnaire">
      <QuestionnaireEditor
        draft={draft}
        stepOf={stepOfOwner(definition)}
        itemOf={itemOfOwner(definition)}
        messages={m.questionnaireEditor}
        languageNames={m.language.names}
        canEdit={roleSatisfies(staff.role, "questionnaire.edit")}
        canPublish={roleSatisfies(staff.role, "questionnaire.publish")}
        canSetSource={roleSatisfies(staff.role, "admin")}
      />
      <StringsWorkbookPanel m={m.questionnaireStrings} lang={locale} canEdit={roleSatisfies(staff.role, "questionnaire.edit")} />
    </AdminShell>
  );
}
