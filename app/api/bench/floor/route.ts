// The "framework floor" of the submission benchmark (bench/submit.ts): a route
// handler served exactly like POST /api/responses that only reads and parses
// the same JSON body and answers 201 — no validation, no database. It exists
// only when the server runs with TYNDAU_BENCH=1; otherwise it is a 404.
import { env } from "@/lib/env";
import { readJsonBody } from "@/lib/responses/request-body";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  if (env().TYNDAU_BENCH !== "1") return new Response(null, { status: 404 });
  const body = await readJsonBody(request);
  if (!body.ok) return Response.json({ error: body.reason }, { status: 400 });
  const id = (body.value as { id?: unknown }).id;
  return Response.json({ id, status: "created" }, { status: 201, headers: { "Cache-Control": "no-store" } });
}
