// Where a signed-in account lands when its role is insufficient (when Next's
// experimental forbidden() is off). Shows nothing but the refusal.
import Link from "next/link";
import { AdminShell } from "@/components/admin/AdminShell";
import { currentStaff } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { staffMessages } from "@/lib/i18n/staff";

export default async function ForbiddenPage() {
  const staff = await currentStaff();
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  return (
    <AdminShell staff={staff} locale={locale} path="/admin/forbidden">
      <h1>{m.forbidden.title}</h1>
      <p>{m.forbidden.body}</p>
      <p>
        <Link href="/admin">{m.forbidden.back}</Link>
      </p>
    </AdminShell>
  );
}
