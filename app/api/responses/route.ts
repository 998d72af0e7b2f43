// POST /api/responses — submit a completed questionnaire (documented in docs/api.md).
// Thin on purpose: body limits, then lib/responses/submit.ts (which also applies the
// per-address rate limit, inside the transaction that stores the submission). Nothing from
// the request (address, user agent, referrer, cookies, time of day) is stored or logged;
// the address is used only as a rate-limit key.
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { clientAddress, limitKeyOfAddress } from "@/lib/http/client-address";
import { apiMessage } from "@/lib/i18n/api";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { readJsonBody } from "@/lib/responses/request-body";
import { submissionDate } from "@/lib/responses/release";
import { submitResponse } from "@/lib/responses/submit";
import { cookieFromHeader, isHttpsRequest } from "@/lib/auth/cookie";
import { CODE_COOKIE, codeCookies, serializeCookie, withCookieCode } from "@/lib/invitations/cookie";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

export async function POST(request: Request): Promise<Response> {
  const fallbackLocale = negotiateLocale(request.headers.get("accept-language"));
  const body = await readJsonBody(request);
  if (!body.ok) {
    const status = { unsupportedMediaType: 415, tooLarge: 413, invalidJson: 400 }[body.reason];
    return json({ error: apiMessage(fallbackLocale, body.reason) }, status);
  }

  const db = await getDb();
  // The code the start page kept in a cookie scoped to this path, for the script's send.
  const cookieCode = cookieFromHeader(request.headers.get("cookie"), CODE_COOKIE);
  const result = await submitResponse(db, withCookieCode(body.value, cookieCode), {
    today: submissionDate(),
    fallbackLocale,
    rate: { key: `submit:${limitKeyOfAddress(clientAddress(request.headers))}`, limit: env().SUBMISSIONS_PER_MINUTE, windowMs: 60_000 },
  });
  switch (result.status) {
    case "created": {
      const created = json({ id: result.id, status: "created" }, 201);
      if (cookieCode) for (const c of codeCookies("", isHttpsRequest(request.headers))) created.headers.append("Set-Cookie", serializeCookie(c));
      return created;
    }
    case "replayed":
      return json({ id: result.id, status: "replayed" }, 200);
    case "conflict":
      return json({ id: result.id, error: result.error }, 409);
    case "invalid":
      return json({ error: result.error, errors: result.errors }, 400);
    case "closed":
      return json({ error: result.error }, 403);
    case "invitation":
      // A wrong, spent or missing invitation code or token (lib/invitations).
      return json({ error: result.error, invitation: result.reason }, 403);
    case "rateLimited":
      return json({ error: result.error }, 429, { "Retry-After": String(result.retryAfterSeconds) });
    case "unavailable":
      return json({ error: result.error }, 503, { "Retry-After": String(result.retryAfterSeconds) });
  }
}

export function GET(): Response {
  return json({ error: "Use POST to submit a response; see docs/api.md." }, 405, { Allow: "POST" });
}
