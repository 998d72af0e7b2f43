// The JavaScript path (docs/decisions/013-invitation-codes.md):
//   GET  → { publicKey } (JWK) the browser blinds its token with;
//   POST { code, blindedMessage } → spends the code, { blindSignature } (base64url).
// The browser unblinds the signature and sends token + signature with its response
// (POST /api/responses, "invitation": { token, signature }). Public; rate-limited on
// failed codes like the start page; nothing about the request is stored or logged.
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { clientAddress, limitKeyOfAddress } from "@/lib/http/client-address";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { blindSign, fromBase64Url, publicKeyJwk, toBase64Url } from "@/lib/invitations/blind.server";
import { spendCode } from "@/lib/invitations/check.server";
import { countFailedGuess, mayGuess } from "@/lib/invitations/guess-limit";
import { invitationUi } from "@/lib/invitations/messages";
import { isLocale } from "@/lib/questionnaire/locale";
import { submissionDate } from "@/lib/responses/release";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };
const bodySchema = z.strictObject({ code: z.string().max(64), blindedMessage: z.string().max(400), locale: z.string().optional() });

export function GET(): Response {
  return Response.json({ publicKey: publicKeyJwk() }, { headers: NO_STORE });
}

export async function POST(request: Request): Promise<Response> {
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: "Expected { code, blindedMessage }" }, { status: 400, headers: NO_STORE });
  const locale = isLocale(body.data.locale) ? body.data.locale : negotiateLocale(request.headers.get("accept-language"));
  const ui = invitationUi(locale);
  const addressKey = limitKeyOfAddress(clientAddress(request.headers));
  if (!mayGuess(addressKey)) return Response.json({ error: ui.problems.tooMany, invitation: "tooMany" }, { status: 429, headers: NO_STORE });
  // Signed before the code is spent: a message that cannot be signed spends nothing.
  const signature = await blindSign(fromBase64Url(body.data.blindedMessage));
  if (!signature) return Response.json({ error: "blindedMessage: not a blinded message for this key" }, { status: 400, headers: NO_STORE });
  const verdict = await spendCode(await getDb(), body.data.code, submissionDate());
  if (verdict !== "ok") {
    if (verdict !== "empty") countFailedGuess(addressKey);
    return Response.json({ error: ui.problems[verdict], invitation: verdict }, { status: 403, headers: NO_STORE });
  }
  return Response.json({ blindSignature: toBase64Url(signature) }, { headers: NO_STORE });
}
