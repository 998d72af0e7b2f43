// The audit log (admins): newest first, 50 per page.
import Link from "next/link";
import { AdminShell } from "@/components/admin/AdminShell";
import { readAuditLog } from "@/lib/audit/read";
import { isAuditAction } from "@/lib/audit/log";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { firstParam, type PageSearchParams } from "@/lib/dashboard/context";
import { getDb } from "@/lib/db/client";
import { staffMessages } from "@/lib/i18n/staff";

export const dynamic = "force-dynamic";

function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join("; ");
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("admin");
  const locale = await staffUiLocale(staff);
  const m = staffMessages(locale);
  const sp = await searchParams;
  const beforeRaw = Number.parseInt(firstParam(sp, "before") ?? "", 10);
  const before = Number.isFinite(beforeRaw) && beforeRaw > 0 ? beforeRaw : undefined;
  const { rows, nextBefore } = await readAuditLog(await getDb(), { ...(before !== undefined ? { before } : {}), limit: 50 });
  return (
    <AdminShell staff={staff} locale={locale} current="audit" path="/admin/audit">
      <h1>{m.audit.title}</h1>
      <p>{m.audit.intro}</p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={m.audit.title}>
        <table>
          <thead>
            <tr>
              <th scope="col">{m.audit.when}</th>
              <th scope="col">{m.audit.who}</th>
              <th scope="col">{m.audit.action}</th>
              <th scope="col">{m.audit.details}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <time dateTime={r.at.toISOString()}>{r.at.toISOString().replace("T", " ").slice(0, 19)}</time>
                </td>
                <td>{r.actorEmail ?? m.audit.system}</td>
                <td>{isAuditAction(r.action) ? m.audit.actions[r.action] : r.action}</td>
                <td>{detailsText(r.details)}</td>
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
