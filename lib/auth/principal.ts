// Who is signed in, as every guarded page, route and action sees it.
import { isLocale, type Locale } from "@/lib/questionnaire/locale";
import { isStaffRole, type StaffRole } from "./roles";

export type StaffPrincipal = { id: string; email: string; role: StaffRole; locale: Locale };

export const DEFAULT_STAFF_LOCALE: Locale = "ru";

export function toPrincipal(user: { id: string; email: string; role: string; locale: string }): StaffPrincipal | null {
  // An unknown role in the database grants nothing rather than something.
  if (!isStaffRole(user.role)) return null;
  return { id: user.id, email: user.email, role: user.role, locale: isLocale(user.locale) ? user.locale : DEFAULT_STAFF_LOCALE };
}
