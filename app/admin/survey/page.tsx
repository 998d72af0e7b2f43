// Survey control (admins): open / close, and delete all responses after typed confirmation.
import Link from "next/link";
import { AdminShell } from "@/components/admin/AdminShell";
import { Notice } from "@/components/admin/Notice";
import { deleteAllResponsesAction, setAccessModeAction, setSurveyStatusAction } from "@/app/admin/actions/survey";
import { getAccessMode } from "@/lib/invitations/access.server";
import { invitationStaffUi } from "@/lib/invitations/staff-messages";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { firstParam, type PageSearchParams } from "@/lib/dashboard/context";
import { dbHandle, getDb } from "@/lib/db/client";
import { fill, numberFormat, staffMessages } from "@/lib/i18n/staff";
import { getSurveyStatus } from "@/lib/survey/status";
import { releaseCutoff, releaseSettings } from "@/lib/responses/release";
import { recordReleaseSetting } from "@/lib/responses/release-audit";

export const dynamic = "force-dynamic";

export default async function SurveyControlPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("admin");
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const sp = await searchParams;
  const notice = firstParam(sp, "notice");
  const db = await getDb();
  const release = releaseSettings();
  const cutoff = releaseCutoff();
  const inv = invitationStaffUi(locale);
  const [status, stored, arrivedToday, access] = await Promise.all([
    getSurveyStatus(db),
    db.response.count(),
    cutoff ? db.response.count({ where: { submittedOn: { gte: cutoff } } }) : Promise.resolve(0),
    getAccessMode(db),
    recordReleaseSetting(db, release),
  ]);
  const n = numberFormat(locale);
  const deleted = Number.parseInt(firstParam(sp, "count") ?? "0", 10) || 0;
  return (
    <AdminShell staff={staff} locale={locale} current="survey" path="/admin/survey">
      <h1>{m.survey.title}</h1>
      {notice === "closed" && <Notice>{m.survey.closedNotice}</Notice>}
      {notice === "open" && <Notice>{m.survey.openedNotice}</Notice>}
      {notice === "deleted" && <Notice>{fill(m.survey.deletedNotice, { n: n.format(deleted) })}</Notice>}
      {notice === "mismatch" && <Notice warning>{m.survey.confirmMismatch}</Notice>}
      {notice === "access" && <Notice>{inv.accessChanged}</Notice>}
      <p>
        <strong>{status === "open" ? m.survey.statusOpen : m.survey.statusClosed}</strong>
      </p>
      <p id="results-release">
        {release.delay === "day" ? fill(m.survey.releaseDay, { zone: release.timeZone, n: n.format(arrivedToday) }) : m.survey.releaseNone}
      </p>
      <form action={setSurveyStatusAction}>
        <input type="hidden" name="status" value={status === "open" ? "closed" : "open"} />
        <button type="submit" className="button">
          {status === "open" ? m.survey.close : m.survey.reopen}
        </button>
      </form>

      <section aria-labelledby="access">
        <h2 id="access">{inv.accessTitle}</h2>
        <p data-access={access}>
          <strong>{access === "code" ? inv.accessCode : inv.accessOpen}</strong>
        </p>
        <form action={setAccessModeAction}>
          <input type="hidden" name="access" value={access === "code" ? "open" : "code"} />
          <button type="submit" className="button">
            {access === "code" ? inv.toOpen : inv.toCode}
          </button>
        </form>
        <p>
          <Link href="/admin/invitations">{inv.manageLink}</Link>
        </p>
      </section>

      <section aria-labelledby="backup">
        <h2 id="backup">{m.survey.backupTitle}</h2>
        {dbHandle().provider === "sqlite" ? (
          <>
            <p>{m.survey.backupText}</p>
            <p>
              <a className="button" href="/api/admin/backup" download>
                {m.survey.backupButton}
              </a>
            </p>
          </>
        ) : (
          <p>{m.survey.backupPostgres}</p>
        )}
      </section>

      <section className="danger-zone" aria-labelledby="delete-all">
        <h2 id="delete-all">{m.survey.deleteTitle}</h2>
        <p>{fill(m.survey.responsesStored, { n: n.format(stored) })}</p>
        <p>{m.survey.deleteWarning}</p>
        <form action={deleteAllResponsesAction}>
          <input type="hidden" name="locale" value={locale} />
          <div className="field">
            <label htmlFor="confirm-delete">{fill(m.survey.confirmLabel, { word: m.survey.confirmWord })}</label>
            <input id="confirm-delete" name="confirm" type="text" autoComplete="off" spellCheck={false} required />
          </div>
          <button type="submit" className="button button--danger">
            {m.survey.deleteButton}
          </button>
        </form>
      </section>
    </AdminShell>
  );
}
