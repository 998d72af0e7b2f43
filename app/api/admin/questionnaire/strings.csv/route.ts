// GET /api/admin/questionnaire/strings.csv (questionnaire.read): the same table as
// strings.xlsx, as CSV (UTF-8 with a BOM). Uploads go to strings.xlsx, which reads both.
import { authorizeRoute } from "@/lib/auth/guard";
import { stringsDownloadResponse } from "@/lib/questionnaire/strings/http.server";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const auth = await authorizeRoute(request, "questionnaire.read");
  if (!auth.ok) return auth.response;
  return stringsDownloadResponse(request, auth.staff, "csv");
}
