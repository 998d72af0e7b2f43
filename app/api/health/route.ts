import { checkHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// Public: {status, database kind, reason code} only — never a URL, path or driver message.
export async function GET(): Promise<Response> {
  const health = await checkHealth();
  if (health.ok) return Response.json({ status: "ok", database: health.database }, { headers: { "cache-control": "no-store" } });
  return Response.json(
    { status: "unavailable", database: health.database, reason: health.reason },
    { status: 503, headers: { "cache-control": "no-store", "retry-after": "5" } },
  );
}
