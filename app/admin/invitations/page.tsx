// Invitation codes (admins): create a batch (its codes are shown once by
// POST /admin/invitations/codes), and see each batch's codes issued and used per released
// day, counts below the minimum group size shown as "fewer than k"; revoke, extend.
import type { Metadata } from "next";
import { AdminShell } from "@/components/admin/AdminShell";
import { Notice } from "@/components/admin/Notice";
import { extendBatchAction, revokeBatchAction } from "@/app/admin/actions/invitations";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { firstParam, type PageSearchParams } from "@/lib/dashboard/context";
import { minGroupSize } from "@/lib/dashboard/filter-guard";
import { getDb } from "@/lib/db/client";
import { fill, numberFormat } from "@/lib/i18n/staff";
import { DEFAULT_VALID_DAYS, MAX_BATCH, MIN_BATCH } from "@/lib/invitations/batches.server";
import { batchRates, type Figure } from "@/lib/invitations/rates.server";
import { invitationStaffUi } from "@/lib/invitations/staff-messages";
import { releaseCutoff } from "@/lib/responses/release";

export const dynamic = "force-dynamic";

// The batch form is a plain form post to a route handler: under the site-wide
// "no-referrer" a browser would post it with "Origin: null", which the same-origin check
// refuses; "same-origin" sends our origin (as the respondent layout does).
export const metadata: Metadata = { referrer: "same-origin" };

export default async function InvitationsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const staff = await requireStaffPage("admin");
  const locale = await staffUiLocale(staff);
  const ui = invitationStaffUi(locale);
  const notice = firstParam(await searchParams, "notice");
  const k = minGroupSize();
  const rates = await batchRates(await getDb(), { releasedBefore: releaseCutoff(), minGroup: k });
  const n = numberFormat(locale);
  const figure = (f: Figure) => ("shown" in f ? n.format(f.shown) : "fewerThan" in f ? fill(ui.fewerThan, { k: String(k) }) : ui.withheld);
  return (
    <AdminShell staff={staff} locale={locale} current="survey" path="/admin/invitations">
      <h1>{ui.title}</h1>
      {notice === "revoked" && <Notice>{ui.noticeRevoked}</Notice>}
      {notice === "extended" && <Notice>{ui.noticeExtended}</Notice>}
      {notice === "invalid" && <Notice warning>{ui.noticeInvalid}</Notice>}
      <p>{ui.intro}</p>

      <section aria-labelledby="create-batch">
        <h2 id="create-batch">{ui.createTitle}</h2>
        <p>{ui.onceWarning}</p>
        <form method="post" action="/admin/invitations/codes" target="_blank">
          <div className="field">
            <label htmlFor="batch-label">{ui.label}</label>
            <input id="batch-label" name="label" type="text" maxLength={80} required />
          </div>
          <div className="field">
            <label htmlFor="batch-count">{ui.count}</label>
            <p className="hint">{ui.countHint}</p>
            <input id="batch-count" name="count" type="number" min={MIN_BATCH} max={MAX_BATCH} required />
          </div>
          <div className="field">
            <label htmlFor="batch-region">{ui.region}</label>
            <input id="batch-region" name="region" type="number" min={0} max={999} />
          </div>
          <div className="field">
            <label htmlFor="batch-days">{ui.validDays}</label>
            <input id="batch-days" name="validDays" type="number" min={1} max={366} defaultValue={DEFAULT_VALID_DAYS} />
          </div>
          <button type="submit" className="button">
            {ui.create}
          </button>
        </form>
      </section>

      <section aria-labelledby="batches">
        <h2 id="batches">{ui.batchesTitle}</h2>
        <p>{ui.released}</p>
        {rates.length === 0 ? (
          <p>{ui.none}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{ui.colLabel}</th>
                <th scope="col">{ui.colRegion}</th>
                <th scope="col">{ui.colIssued}</th>
                <th scope="col">{ui.colUsed}</th>
                <th scope="col">{ui.colByDay}</th>
                <th scope="col">{ui.colValid}</th>
                <th scope="col">{ui.colActions}</th>
              </tr>
            </thead>
            <tbody>
              {rates.map((r) => (
                <tr key={r.id} data-batch={r.label}>
                  <th scope="row">
                    {r.label}
                    {r.revoked ? ` (${ui.revoked})` : ""}
                  </th>
                  <td>{r.region ?? "—"}</td>
                  <td>{n.format(r.issued)}</td>
                  <td data-used="">{figure(r.used)}</td>
                  <td>
                    {r.days.map((d) => (
                      <div key={d.day}>
                        {d.day}: {figure(d.used)}
                      </div>
                    ))}
                  </td>
                  <td>{r.validUntil}</td>
                  <td>
                    {!r.revoked ? (
                      <>
                        <form action={extendBatchAction}>
                          <input type="hidden" name="batch" value={r.id} />
                          <label>
                            {ui.extendDays} <input name="days" type="number" min={1} max={366} defaultValue={30} size={4} />
                          </label>{" "}
                          <button type="submit" className="button button--secondary">
                            {ui.extend}
                          </button>
                        </form>
                        <form action={revokeBatchAction}>
                          <input type="hidden" name="batch" value={r.id} />
                          <button type="submit" className="button button--danger">
                            {ui.revoke}
                          </button>
                        </form>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>
          <a href="/api/admin/invitations/rates.csv" download>
            {ui.exportRates}
          </a>
        </p>
      </section>
    </AdminShell>
  );
}
