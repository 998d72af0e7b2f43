import "server-only";
// The staff interface language: the language switch's cookie, else the account's
// language, else the browser's preference.
import { cookies, headers } from "next/headers";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { parseStaffLocale, STAFF_UI_COOKIE } from "@/lib/i18n/staff";
import type { Locale } from "@/lib/questionnaire/locale";
import type { StaffPrincipal } from "./principal";

export async function staffUiLocale(staff: StaffPrincipal | null): Promise<Locale> {
  const chosen = parseStaffLocale((await cookies()).get(STAFF_UI_COOKIE)?.value);
  if (chosen) return chosen;
  if (staff) return staff.locale;
  return negotiateLocale((await headers()).get("accept-language"));
}
