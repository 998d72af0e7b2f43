"use server";
// Survey control (admins only): close / reopen, and delete every response after a
// typed confirmation. Each change is audited.
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { scrubDeletedData } from "@/lib/db/scrub";
import { audit } from "@/lib/audit/log";
import { requireStaffAction } from "@/lib/auth/guard";
import { STAFF_MESSAGES } from "@/lib/i18n/staff";
import { isLocale } from "@/lib/questionnaire/locale";
import { deleteAllResponses } from "@/lib/responses/delete-all";
import { setSurveyStatus, getSurveyStatus } from "@/lib/survey/status";
import { getAccessMode, setAccessMode } from "@/lib/invitations/access.server";

export async function setSurveyStatusAction(form: FormData): Promise<void> {
  const staff = await requireStaffAction("admin");
  const status = form.get("status") === "closed" ? "closed" : "open";
  const db = await getDb();
  if ((await getSurveyStatus(db)) !== status) {
    await setSurveyStatus(db, status);
    await audit(db, { actor: staff, action: status === "closed" ? "survey-closed" : "survey-opened" });
  }
  redirect(`/admin/survey?notice=${status}`);
}

/** Who may answer: anyone with the link, or only with an invitation code (lib/invitations). */
export async function setAccessModeAction(form: FormData): Promise<void> {
  const staff = await requireStaffAction("admin");
  const access = form.get("access") === "code" ? "code" : "open";
  const db = await getDb();
  if ((await getAccessMode(db)) !== access) {
    await setAccessMode(db, access);
    await audit(db, { actor: staff, action: "survey-access-changed", details: { access } });
  }
  redirect("/admin/survey?notice=access");
}

export async function deleteAllResponsesAction(form: FormData): Promise<void> {
  const staff = await requireStaffAction("admin");
  const locale = String(form.get("locale") ?? "");
  const typed = String(form.get("confirm") ?? "").trim();
  // The word is the one shown in the form's language; any of the three is accepted so a
  // language switch between render and submit cannot make the check impossible.
  const words = isLocale(locale) ? [STAFF_MESSAGES[locale].survey.confirmWord] : [];
  const accepted = new Set([...words, ...Object.values(STAFF_MESSAGES).map((m) => m.survey.confirmWord)]);
  if (!accepted.has(typed.toUpperCase())) redirect("/admin/survey?notice=mismatch");
  const db = await getDb();
  const count = await deleteAllResponses(db);
  // Deleted texts must not linger in the data folder (secure_delete + WAL truncation).
  await scrubDeletedData(db);
  await audit(db, { actor: staff, action: "responses-deleted", details: { count } });
  redirect(`/admin/survey?notice=deleted&count=${count}`);
}
