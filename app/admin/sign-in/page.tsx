// Public by design: the only staff page an anonymous visitor may see.
import { redirect } from "next/navigation";
import { AdminShell } from "@/components/admin/AdminShell";
import { SignInForm } from "@/components/admin/SignInForm";
import { currentStaff } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { staffMessages } from "@/lib/i18n/staff";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await currentStaff();
  if (staff) redirect("/admin");
  const params = await searchParams;
  const locale = await staffUiLocale(null);
  const m = staffMessages(locale);
  return (
    <AdminShell staff={null} locale={locale} path="/admin/sign-in">
      <h1>{m.signIn.title}</h1>
      {params["signed-out"] !== undefined && (
        <p className="notice" role="status">
          {m.signIn.signedOut}
        </p>
      )}
      <p>{m.signIn.intro}</p>
      <SignInForm
        locale={locale}
        labels={{
          email: m.signIn.email,
          password: m.signIn.password,
          submit: m.signIn.submit,
          errorSummary: m.signIn.errorSummary,
          invalid: m.signIn.invalid,
          blocked: m.signIn.blocked,
        }}
      />
    </AdminShell>
  );
}
