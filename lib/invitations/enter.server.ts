// Taking a code from a personal link or the start page's form (no JavaScript needed):
// check it without spending it, keep it in the respondent-path cookie, and send the
// browser on to the start page with only the verdict in the address — never the code,
// so it leaves the address bar and the history with the redirect.
import "server-only";
import { getDb } from "@/lib/db/client";
import { isHttpsRequest } from "@/lib/auth/cookie";
import { clientAddress, limitKeyOfAddress } from "@/lib/http/client-address";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { isLocale, type Locale } from "@/lib/questionnaire/locale";
import { submissionDate } from "@/lib/responses/release";
import { codeVerdict } from "./check.server";
import { parseCode } from "./code";
import { codeCookies, serializeCookie } from "./cookie";
import { countFailedGuess, mayGuess } from "./guess-limit";

export type EnterVerdict = Awaited<ReturnType<typeof codeVerdict>> | "tooMany";

export async function enterCode(request: Request, input: string, localeHint: string | null): Promise<Response> {
  const locale: Locale = isLocale(localeHint) ? localeHint : negotiateLocale(request.headers.get("accept-language"));
  const addressKey = limitKeyOfAddress(clientAddress(request.headers));
  let verdict: EnterVerdict;
  if (!mayGuess(addressKey)) verdict = "tooMany";
  else {
    verdict = await codeVerdict(await getDb(), input.slice(0, 64), submissionDate());
    if (verdict !== "ok" && verdict !== "empty") countFailedGuess(addressKey);
  }
  const headers = new Headers({ Location: `/${locale}?invite=${verdict}`, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" });
  if (verdict === "ok") {
    const parsed = parseCode(input);
    if (parsed.ok) for (const c of codeCookies(parsed.code, isHttpsRequest(request.headers))) headers.append("Set-Cookie", serializeCookie(c));
  }
  return new Response(null, { status: 303, headers });
}
