// GET /api/admin/export/responses.xlsx — see docs/exports.md.
import { authorizeRoute } from "@/lib/auth/guard";
import { exportFileResponse } from "@/lib/export/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const auth = await authorizeRoute(request, "analyst");
  if (!auth.ok) return auth.response;
  return exportFileResponse(request, auth.staff, "responses.xlsx");
}
