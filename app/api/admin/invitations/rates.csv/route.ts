// GET /api/admin/invitations/rates.csv (admins): codes issued and used per batch and
// released day, with the same small-number protection as the page. Audited.
import { audit } from "@/lib/audit/log";
import { authorizeRoute } from "@/lib/auth/guard";
import { minGroupSize } from "@/lib/dashboard/filter-guard";
import { getDb } from "@/lib/db/client";
import { batchRates } from "@/lib/invitations/rates.server";
import { ratesCsv } from "@/lib/invitations/rates-csv";
import { releaseCutoff } from "@/lib/responses/release";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const auth = await authorizeRoute(request, "admin");
  if (!auth.ok) return auth.response;
  const db = await getDb();
  const rates = await batchRates(db, { releasedBefore: releaseCutoff(), minGroup: minGroupSize() });
  await audit(db, { actor: auth.staff, action: "invitations-rates-exported", details: { batches: rates.length } });
  return new Response(ratesCsv(rates, minGroupSize()), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="invitation-rates.csv"', "Cache-Control": "no-store" },
  });
}
