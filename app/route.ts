// "/" sends the visitor to the survey in the best match of the browser's languages
// (Kazakh when none of kk/ru/en is acceptable). A redirect, not a page: it varies only
// by Accept-Language and must never be cached for everyone.
import { negotiateLocale } from "@/lib/i18n/negotiate";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  return new Response(null, {
    status: 307,
    headers: { Location: `/${locale}`, Vary: "Accept-Language", "Cache-Control": "no-store" },
  });
}
