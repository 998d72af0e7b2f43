// POST /api/admin/questionnaire/publish (admins, same-origin): publishes the draft as the
// next text version. 200 { version, previous, changed: [{ key, locale, before, after }] };
// 409 when another publish or save got there first; 422 with { problems } when a string
// is missing or the draft changes nothing. Audited (lib/questionnaire/editing/publish.server.ts).
import { authorizeRoute } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/client";
import { publishDraft } from "@/lib/questionnaire/editing/publish.server";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export async function POST(request: Request): Promise<Response> {
  const auth = await authorizeRoute(request, "questionnaire.publish");
  if (!auth.ok) return auth.response;
  const result = await publishDraft(await getDb(), { actor: auth.staff, via: "api" });
  if (result.ok) return Response.json(result, { headers: NO_STORE });
  const conflict = result.problems.some((p) => p.code === "conflict");
  return Response.json(
    { error: result.problems.map((p) => p.message).join("; "), problems: result.problems },
    { status: conflict ? 409 : 422, headers: NO_STORE },
  );
}
