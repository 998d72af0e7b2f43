// GET /api/admin/survey → { status, access } (analysts); POST { status?: "open" | "closed",
// access?: "open" | "code" } (admins, same-origin only) opens or closes the survey, or
// says who may answer (anyone with the link, or only with an invitation code:
// lib/invitations/access.server.ts), and audits each change.
import { z } from "zod";
import { audit } from "@/lib/audit/log";
import { authorizeRoute } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/client";
import { ACCESS_MODES, getAccessMode, setAccessMode } from "@/lib/invitations/access.server";
import { getSurveyStatus, setSurveyStatus } from "@/lib/survey/status";

export const dynamic = "force-dynamic";

const bodySchema = z
  .strictObject({ status: z.enum(["open", "closed"]).optional(), access: z.enum(ACCESS_MODES).optional() })
  .refine((b) => b.status !== undefined || b.access !== undefined);
const USAGE = 'Expected a JSON body { "status": "open" | "closed" } and/or { "access": "open" | "code" }';

export async function GET(request: Request): Promise<Response> {
  const auth = await authorizeRoute(request, "analyst");
  if (!auth.ok) return auth.response;
  const db = await getDb();
  return Response.json({ status: await getSurveyStatus(db), access: await getAccessMode(db) }, { headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request): Promise<Response> {
  const auth = await authorizeRoute(request, "admin");
  if (!auth.ok) return auth.response;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: USAGE }, { status: 400 });
  }
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return Response.json({ error: USAGE }, { status: 400 });
  const db = await getDb();
  const { status, access } = parsed.data;
  if (status !== undefined && (await getSurveyStatus(db)) !== status) {
    await setSurveyStatus(db, status);
    await audit(db, { actor: auth.staff, action: status === "closed" ? "survey-closed" : "survey-opened", details: { via: "api" } });
  }
  if (access !== undefined && (await getAccessMode(db)) !== access) {
    await setAccessMode(db, access);
    await audit(db, { actor: auth.staff, action: "survey-access-changed", details: { access, via: "api" } });
  }
  return Response.json({ status: await getSurveyStatus(db), access: await getAccessMode(db) }, { headers: { "Cache-Control": "no-store" } });
}
