// POST /admin/invitations/codes (admins, same-origin): creates a batch from the form on
// /admin/invitations (label, count, region, validDays) and answers with the page that
// shows its codes — the only time they exist outside the people's hands (CSV download
// and printable slips, lib/invitations/sheet.ts). Audited without the codes.
import { audit } from "@/lib/audit/log";
import { authorizeRoute } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { batchProblems, createBatch } from "@/lib/invitations/batches.server";
import { oncePage } from "@/lib/invitations/sheet";
import { invitationStaffUi } from "@/lib/invitations/staff-messages";
import { submissionDate } from "@/lib/responses/release";

export const dynamic = "force-dynamic";

const intOrUndefined = (v: FormDataEntryValue | null) => (v === null || String(v).trim() === "" ? undefined : Number(String(v).trim()));

export async function POST(request: Request): Promise<Response> {
  const auth = await authorizeRoute(request, "admin");
  if (!auth.ok) return auth.response;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return Response.json({ error: "Expected a form: label, count, region?, validDays?" }, { status: 400 });
  }
  const req = {
    label: String(form.get("label") ?? ""),
    count: intOrUndefined(form.get("count")) ?? NaN,
    region: intOrUndefined(form.get("region")) ?? null,
    validDays: intOrUndefined(form.get("validDays")),
  };
  if (batchProblems(req).length > 0) return new Response(null, { status: 303, headers: { Location: "/admin/invitations?notice=invalid" } });
  const db = await getDb();
  const batch = await createBatch(db, req, submissionDate());
  await audit(db, { actor: auth.staff, action: "invitations-created", details: { batch: batch.id, label: batch.label, count: batch.codes.length, region: batch.region } });
  const locale = await staffUiLocale(auth.staff);
  const origin = env().PUBLIC_ORIGIN ?? new URL(request.url).origin;
  const html = oncePage({ origin, label: batch.label, validUntil: batch.validUntil, codes: batch.codes, ui: invitationStaffUi(locale), locale, fileName: `codes-${batch.id.slice(0, 8)}.csv` });
  // The page's own styles (print layout) and nothing else; the CSV is a data: link. (Under
  // /admin, not /api, whose fixed CSP forbids any style.)
  const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "Content-Security-Policy": csp } });
}
