// GET /api/admin/backup (admins): a consistent online backup of the SQLite
// database, streamed as a download and audited. PostgreSQL is backed up on the
// server (`npm run backup`, pg_dump), so this answers 409 there.
import { audit } from "@/lib/audit/log";
import { authorizeRoute } from "@/lib/auth/guard";
import { dbHandle, getDb } from "@/lib/db/client";
import { backupDownload } from "@/lib/ops/download";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const auth = await authorizeRoute(request, "admin");
  if (!auth.ok) return auth.response;
  const { target } = dbHandle();
  if (target.provider !== "sqlite") {
    return Response.json(
      { error: "The database is PostgreSQL: take backups on the server with npm run backup (see docs/deploy.md)." },
      { status: 409, headers: { "Cache-Control": "no-store" } },
    );
  }
  const download = await backupDownload(target);
  await audit(await getDb(), {
    actor: auth.staff,
    action: "backup-downloaded",
    details: { bytes: download.summary.bytes, responses: download.summary.counts.Response ?? 0 },
  });
  return new Response(download.body, {
    headers: {
      "Content-Type": "application/vnd.sqlite3",
      "Content-Disposition": `attachment; filename="${download.fileName}"`,
      "Content-Length": String(download.summary.bytes),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
