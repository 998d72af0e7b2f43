// Staff accounts (admins): list, add, disable / enable, reset password, change role.
import { AdminShell } from "@/components/admin/AdminShell";
import { Notice } from "@/components/admin/Notice";
import { Words } from "@/components/admin/Words";
import { changeStaffRoleAction, createStaffAction, resetStaffPasswordAction, setStaffDisabledAction } from "@/app/admin/actions/staff";
import { listStaff, type AccountProblem } from "@/lib/auth/accounts";
import { requireStaffPage } from "@/lib/auth/guard";
import { STAFF_ROLES, isStaffRole } from "@/lib/auth/roles";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { firstParam, type PageSearchParams } from "@/lib/dashboard/context";
import { getDb } from "@/lib/db/client";
import { fill, staffMessages } from "@/lib/i18n/staff";
import { LOCALES } from "@/lib/questionnaire/locale";

export const dynamic = "force-dynamic";

export default async function StaffPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("admin");
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const sp = await searchParams;
  const notice = firstParam(sp, "notice");
  const problem = firstParam(sp, "problem");
  const accounts = await listStaff(await getDb());
  const noticeText = notice && notice in m.staff.notices ? m.staff.notices[notice as keyof typeof m.staff.notices] : null;
  const problemText = problem && problem in m.staff.problems ? m.staff.problems[problem as AccountProblem] : null;
  const roleName = (role: string) => (isStaffRole(role) ? m.roles[role] : role);
  return (
    <AdminShell staff={staff} locale={locale} current="staff" path="/admin/staff">
      <h1>{m.staff.title}</h1>
      {noticeText && <Notice>{noticeText}</Notice>}
      {problemText && <Notice warning>{problemText}</Notice>}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={m.staff.title}>
        <table>
          <thead>
            <tr>
              <th scope="col">{m.staff.email}</th>
              <th scope="col">{m.staff.role}</th>
              <th scope="col">{m.staff.status}</th>
              <th scope="col">{m.staff.actions}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {/* An address such as "first-last@…" must not wrap at its hyphen. */}
                  <Words text={a.email} /> {a.id === staff.id ? m.staff.you : ""}
                </th>
                <td>
                  <form action={changeStaffRoleAction} className="lang-switch">
                    <input type="hidden" name="id" value={a.id} />
                    <label className="visually-hidden" htmlFor={`role-${a.id}`}>
                      {fill(m.staff.changeRole, { email: a.email })}
                    </label>
                    <select id={`role-${a.id}`} name="role" defaultValue={a.role}>
                      {STAFF_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {roleName(r)}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className="button button--small button--secondary" aria-label={`${m.staff.save}: ${fill(m.staff.changeRole, { email: a.email })}`}>
                      {m.staff.save}
                    </button>
                  </form>
                </td>
                <td>{a.disabled ? m.staff.disabled : m.staff.active}</td>
                <td>
                  <form action={setStaffDisabledAction} className="inline-form">
                    <input type="hidden" name="id" value={a.id} />
                    <input type="hidden" name="disabled" value={a.disabled ? "0" : "1"} />
                    <button type="submit" className="button button--small button--secondary" aria-label={`${a.disabled ? m.staff.enable : m.staff.disable}: ${a.email}`}>
                      {a.disabled ? m.staff.enable : m.staff.disable}
                    </button>
                  </form>
                  <details>
                    <summary>{m.staff.resetPassword}</summary>
                    <form action={resetStaffPasswordAction}>
                      <input type="hidden" name="id" value={a.id} />
                      <div className="field">
                        <label htmlFor={`password-${a.id}`}>
                          <Words text={fill(m.staff.newPassword, { email: a.email })} />
                        </label>
                        <span className="field__hint" id={`password-hint-${a.id}`}>
                          {m.staff.passwordHint}
                        </span>
                        <input id={`password-${a.id}`} name="password" type="password" autoComplete="new-password" minLength={12} required aria-describedby={`password-hint-${a.id}`} />
                      </div>
                      <button type="submit" className="button button--small">
                        {m.staff.resetPassword}
                      </button>
                    </form>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="add-account">{m.staff.addTitle}</h2>
      <form action={createStaffAction} aria-labelledby="add-account">
        <div className="field">
          <label htmlFor="new-email">{m.staff.email}</label>
          <input id="new-email" name="email" type="email" autoComplete="off" required spellCheck={false} />
        </div>
        <div className="field">
          <label htmlFor="new-password">{m.staff.password}</label>
          <span className="field__hint" id="new-password-hint">
            {m.staff.passwordHint}
          </span>
          <input id="new-password" name="password" type="password" autoComplete="new-password" minLength={12} required aria-describedby="new-password-hint" />
        </div>
        <div className="field">
          <label htmlFor="new-role">{m.staff.role}</label>
          <select id="new-role" name="role" defaultValue="analyst">
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleName(r)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-locale">{m.staff.locale}</label>
          <select id="new-locale" name="locale" defaultValue={locale}>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {m.language.names[l]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {m.staff.add}
        </button>
      </form>
    </AdminShell>
  );
}
