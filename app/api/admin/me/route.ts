// GET /api/admin/me → the signed-in staff member (email, role, language), or 401.
import { authorizeRoute } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const auth = await authorizeRoute(request, "viewer");
  if (!auth.ok) return auth.response;
  const { email, role, locale } = auth.staff;
  return Response.json({ email, role, locale }, { headers: { "Cache-Control": "no-store" } });
}
