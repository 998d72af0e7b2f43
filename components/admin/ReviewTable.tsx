// The review page's table: one flagged (or excluded) response per row, with a plain form
// to exclude it (reason from the fixed list, note) or to restore it. No JavaScript needed.
import { reviewDecisionAction } from "@/app/admin/actions/review";
import { fill } from "@/lib/i18n/staff";
import type { ReviewMessages } from "@/lib/i18n/staff/review";
import type { Locale } from "@/lib/questionnaire/locale";
import { COMPLETION_BANDS } from "@/lib/quality/rules";
import { EXCLUSION_REASONS, NOTE_MAX_LENGTH } from "@/lib/review/reasons";
import type { ReviewRow } from "@/lib/review/review.server";

export function ReviewTable({ rows, m, locale, after }: { rows: ReviewRow[]; m: ReviewMessages; locale: Locale; after?: string }) {
  const reasonLabel = (key: string) => EXCLUSION_REASONS.find((r) => r.key === key)?.label[locale] ?? key;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={m.title}>
      <table>
        <thead>
          <tr>
            <th scope="col">{m.columns.id}</th>
            <th scope="col">{m.columns.flags}</th>
            <th scope="col">{m.columns.details}</th>
            <th scope="col">{m.columns.status}</th>
            <th scope="col">{m.columns.decision}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const band = COMPLETION_BANDS.find((b) => b.code === r.completionBand);
            return (
              <tr key={r.id} data-response={r.id}>
                <td>
                  <code>{r.id}</code>
                </td>
                <td>{r.flags.map((f) => m.flags[f]).join("; ")}</td>
                <td>
                  {[
                    r.straightLinedGrids.length > 0 ? fill(m.grids, { grids: r.straightLinedGrids.join(", ") }) : "",
                    r.specialPct >= 0 ? fill(m.special, { pct: r.specialPct }) : "",
                    band ? fill(m.band, { band: band.label[locale] }) : "",
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </td>
                <td>{r.excluded ? fill(m.excludedFor, { reason: reasonLabel(r.reason) }) : m.included}{r.note ? ` (${r.note})` : ""}</td>
                <td>
                  <form action={reviewDecisionAction} className="review-decision">
                    <input type="hidden" name="responseId" value={r.id} />
                    {after ? <input type="hidden" name="after" value={after} /> : null}
                    <input type="hidden" name="decision" value={r.excluded ? "restore" : "exclude"} />
                    {r.excluded ? null : (
                      <>
                        <label htmlFor={`reason-${r.id}`}>{m.reason}</label>{" "}
                        <select id={`reason-${r.id}`} name="reason" required defaultValue="">
                          <option value="" disabled>
                            —
                          </option>
                          {EXCLUSION_REASONS.map((reason) => (
                            <option key={reason.key} value={reason.key}>
                              {reason.label[locale]}
                            </option>
                          ))}
                        </select>
                      </>
                    )}{" "}
                    <label htmlFor={`note-${r.id}`}>{m.note}</label> <input id={`note-${r.id}`} type="text" name="note" maxLength={NOTE_MAX_LENGTH} />{" "}
                    <button type="submit" className={r.excluded ? "button button--small button--secondary" : "button button--small"}>
                      {r.excluded ? m.restore : m.exclude}
                    </button>
                  </form>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
