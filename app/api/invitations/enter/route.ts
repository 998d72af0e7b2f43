// GET /api/invitations/enter?code=… (the personal link in the CSV and on the slips) and
// POST (the start page's code form, no JavaScript needed): lib/invitations/enter.server.ts.
// Public by design; nothing about the request is stored or logged.
import { enterCode } from "@/lib/invitations/enter.server";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  return enterCode(request, url.searchParams.get("code") ?? "", url.searchParams.get("locale"));
}

export async function POST(request: Request): Promise<Response> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response("Expected a form", { status: 400 });
  }
  return enterCode(request, String(form.get("code") ?? ""), String(form.get("locale") ?? ""));
}
