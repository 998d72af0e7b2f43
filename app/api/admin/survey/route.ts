// GET /api/admin/survey → { status } (analysts); POST { status: "open" | "closed" }
// (admins, same-origin only) opens or closes the survey and audits the change.
import { z } from "zod";
import { audit } from "@/lib/audit/log";
import { authorizeRoute } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/client";
import { getSurveyStatus, setSurveyStatus } from "@/lib/survey/status";

export const dynamic = "force-dynamic";

const bodySchema = z.strictObject({ status: z.enum(["open", "closed"]) });

export async function GET(request: Request): Promise<Response> {
  const auth = await authorizeRoute(request, "analyst");
  if (!auth.ok) return auth.response;
  return Response.json({ status: await getSurveyStatus(await getDb()) }, { headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request): Promise<Response> {
  const auth = await authorizeRoute(request, "admin");
  if (!auth.ok) return auth.response;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "Expected a JSON body { status: \"open\" | \"closed\" }" }, { status: 400 });
  }
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return Response.json({ error: "Expected a JSON body { status: \"open\" | \"closed\" }" }, { status: 400 });
  const db = await getDb();
  const { status } = parsed.data;
  if ((await getSurveyStatus(db)) !== status) {
    await setSurveyStatus(db, status);
    await audit(db, { actor: auth.staff, action: status === "closed" ? "survey-closed" : "survey-opened", details: { via: "api" } });
  }
  return Response.json({ status }, { headers: { "Cache-Control": "no-store" } });
}
