// Server-action posts that Next.js would answer with a 500 are refused here, in
// proxy.ts, before the action runs, with the status they deserve:
//   - a body over ACTION_BODY_LIMIT_BYTES → 413 (Next.js throws ApiError(413)
//     while reading the body, and its renderer turns that into a 500);
//   - no Content-Length (a chunked body, whose size is unknown until read) → 411;
//     browsers and nginx always send one for a form post or an action call;
//   - an Origin that is not ours → 403 (Next.js answers its own CSRF refusal
//     with a 500 and a logged error).
// Which posts can reach an action: any POST carrying a Next-Action header (the
// page's JavaScript) or a form body (a browser without JavaScript); GETs and the
// JSON API under /api are not actions. Staff handlers still check the origin
// themselves (lib/auth/guard.ts): this is the early, cheap refusal.
import { POST_REFUSED } from "@/lib/i18n/respondent";
import { LOCALES } from "@/lib/questionnaire/locale";
import { ACTION_BODY_LIMIT_BYTES } from "./action-limit";
import { isSameOrigin } from "./origin";

export type ActionRefusal = { status: 403 | 411 | 413; reason: keyof typeof POST_REFUSED };

/** Whether a request could be a server-action call (so Next.js would try to run one). */
export function mayBeActionPost(method: string, headers: Headers): boolean {
  if (method !== "POST") return false;
  if (headers.has("next-action")) return true;
  const type = (headers.get("content-type") ?? "").toLowerCase();
  return type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
}

/** The host an Origin names, as Next.js compares it ("null" for an opaque origin). */
function originHost(origin: string): string | null {
  if (origin === "null") return "null";
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Next.js's own CSRF check compares the Origin's host with the first
 * X-Forwarded-Host value when there is one, else with Host. A post that passes ours but not that one
 * would still end in Next's 500, so it is refused here as well.
 */
function passesNextOriginCheck(headers: Headers, origin: string): boolean {
  const host = originHost(origin);
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return host !== null && host === (forwarded || headers.get("host"));
}

/** Why a possible server-action post must be refused, or null to let it through. */
export function refuseActionPost(method: string, headers: Headers): ActionRefusal | null {
  if (!mayBeActionPost(method, headers)) return null;
  const origin = headers.get("origin");
  // A post without Origin comes from a script or a very old browser, not from a
  // cross-site page (every current browser sends Origin on a cross-site POST).
  // Staff actions still refuse it themselves (lib/auth/guard.ts needs a same-origin Referer).
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || (origin !== null && (!isSameOrigin(headers) || !passesNextOriginCheck(headers, origin)))) {
    return { status: 403, reason: "crossSite" };
  }
  const length = headers.get("content-length");
  if (length === null) return { status: 411, reason: "lengthRequired" };
  if (!/^\d+$/.test(length) || Number(length) > ACTION_BODY_LIMIT_BYTES) return { status: 413, reason: "tooLarge" };
  return null;
}

/** The refusal's plain-text body, in the three respondent languages. */
export function refusalText(refusal: ActionRefusal): string {
  return `${LOCALES.map((locale) => POST_REFUSED[refusal.reason][locale]).join("\n")}\n`;
}
