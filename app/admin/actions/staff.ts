"use server";
// Staff account management from the UI (admins only). The domain functions in
// lib/auth/accounts.ts validate and audit; these only parse the form and report back.
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { changeStaffRole, createStaff, resetStaffPassword, setStaffDisabled, type AccountResult } from "@/lib/auth/accounts";
import { requireStaffAction } from "@/lib/auth/guard";
import { isStaffRole } from "@/lib/auth/roles";
import { isLocale } from "@/lib/questionnaire/locale";

function back(result: AccountResult<unknown>, notice: string): never {
  redirect(result.ok ? `/admin/staff?notice=${notice}` : `/admin/staff?problem=${result.problem}`);
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export async function createStaffAction(form: FormData): Promise<void> {
  const staff = await requireStaffAction("admin");
  const role = text(form, "role");
  const locale = text(form, "locale");
  const result = await createStaff(
    await getDb(),
    { email: text(form, "email"), password: text(form, "password"), role: isStaffRole(role) ? role : "analyst", locale: isLocale(locale) ? locale : "ru" },
    { actor: staff, via: "ui" },
  );
  back(result, "created");
}

export async function setStaffDisabledAction(form: FormData): Promise<void> {
  const staff = await requireStaffAction("admin");
  const disabled = text(form, "disabled") === "1";
  const result = await setStaffDisabled(await getDb(), text(form, "id"), disabled, { actor: staff, via: "ui" });
  back(result, disabled ? "disabled" : "enabled");
}

export async function resetStaffPasswordAction(form: FormData): Promise<void> {
  const staff = await requireStaffAction("admin");
  const result = await resetStaffPassword(await getDb(), text(form, "id"), text(form, "password"), { actor: staff, via: "ui" });
  back(result, "passwordReset");
}

export async function changeStaffRoleAction(form: FormData): Promise<void> {
  const staff = await requireStaffAction("admin");
  const role = text(form, "role");
  if (!isStaffRole(role)) redirect("/admin/staff");
  const result = await changeStaffRole(await getDb(), text(form, "id"), role, { actor: staff, via: "ui" });
  back(result, "roleChanged");
}
