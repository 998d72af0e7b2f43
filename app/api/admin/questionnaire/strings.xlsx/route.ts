// GET /api/admin/questionnaire/strings.xlsx (questionnaire.read): the draft's strings as a
// workbook for translators (?format=csv for CSV, ?lang=kk|ru|en for the status words).
// POST (questionnaire.edit, same-origin): the edited workbook or CSV, as the raw body or
// one file of a multipart form; applied to the draft all or nothing, audited by the draft
// service. 200 with the changed strings, 422 with the problems by row, 413 over 5 MB.
import { authorizeRoute } from "@/lib/auth/guard";
import { stringsDownloadResponse, stringsUploadResponse } from "@/lib/questionnaire/strings/http.server";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const auth = await authorizeRoute(request, "questionnaire.read");
  if (!auth.ok) return auth.response;
  return stringsDownloadResponse(request, auth.staff);
}

export async function POST(request: Request): Promise<Response> {
  const auth = await authorizeRoute(request, "questionnaire.edit");
  if (!auth.ok) return auth.response;
  return stringsUploadResponse(request, auth.staff);
}
