// The audit log (admins): newest first, 50 per page.
import Link from "next/link";
import { AdminShell } from "@/components/admin/AdminShell";
import { Words } from "@/components/admin/Words";
import { readableDetails, readAuditLog } from "@/lib/audit/read";
import { isAuditAction } from "@/lib/audit/log";
import { requireStaffPage } from "@/lib/auth/guard";
import { now as clockNow } from "@/lib/clock";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { firstParam, type PageSearchParams } from "@/lib/dashboard/context";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { fill, staffMessages } from "@/lib/i18n/staff";

export const dynamic = "force-dynamic";

/** "2026-11-28 23:05:09" in the staff time zone, and the zone's short name ("GMT+5"). */
function localTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}:${get("second")}`;
}

function zoneName(timeZone: string, at: Date): string {
  const short = new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "shortOffset" }).formatToParts(at).find((p) => p.type === "timeZoneName")?.value;
  return short ? `${timeZone}, ${short}` : timeZone;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("admin");
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const sp = await searchParams;
  const beforeRaw = Number.parseInt(firstParam(sp, "before") ?? "", 10);
  const before = Number.isFinite(beforeRaw) && beforeRaw > 0 ? beforeRaw : undefined;
  const { rows, nextBefore } = await readAuditLog(await getDb(), { ...(before !== undefined ? { before } : {}), limit: 50 });
  const timeZone = env().STAFF_TIMEZONE;
  return (
    <AdminShell staff={staff} locale={locale} current="audit" path="/admin/audit">
      <h1>{m.audit.title}</h1>
      <p>{m.audit.intro}</p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={m.audit.title}>
        <table>
          <thead>
            <tr>
              <th scope="col">{fill(m.analysis.audit.when, { zone: zoneName(timeZone, clockNow()) })}</th>
              <th scope="col">{m.audit.who}</th>
              <th scope="col">{m.audit.action}</th>
              <th scope="col">{m.audit.details}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <time dateTime={r.at.toISOString()} title={`${r.at.toISOString().replace("T", " ").slice(0, 19)} UTC`}>
                    {localTime(r.at, timeZone)}
                  </time>
                </td>
                <td>
                  <Words text={r.actorEmail ?? m.audit.system} />
                </td>
                <td>{isAuditAction(r.action) ? m.audit.actions[r.action] : r.action}</td>
                <td>
                  <ul className="audit-details">
                    {readableDetails(r.details).map((d) => (
                      <li key={d.key}>
                        <span className="audit-details__key">{d.key}:</span> <Words text={d.value} />
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label={m.audit.title}>
        {before !== undefined && <Link href="/admin/audit">{m.audit.newest}</Link>}
        {nextBefore !== null && <Link href={`/admin/audit?before=${nextBefore}`}>{m.audit.older}</Link>}
      </nav>
    </AdminShell>
  );
}
