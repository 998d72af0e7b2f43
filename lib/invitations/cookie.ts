// The respondent's code is kept in an httpOnly cookie between the start page and the
// final send (so it never sits in the address bar, the history or a form field of the
// question pages). Scoped to the respondent pages of each language (the no-JS send) and
// to POST /api/responses (the script's send), short-lived, deleted once the response is
// stored. A client of the JSON API sends a code or a blind-signed token in the body.
import { LOCALES } from "@/lib/questionnaire/locale";

export const CODE_COOKIE = "tyndau-invite";
/** Long enough to answer at leisure; after it, the check page asks for the code again. */
export const CODE_COOKIE_MAX_AGE = 12 * 3600;

type CookieOptions = { path: string; maxAge: number; httpOnly: true; sameSite: "lax"; secure: boolean };

/** One cookie per language path, so switching language keeps the code. */
export function codeCookies(value: string, secure: boolean): { name: string; value: string; options: CookieOptions }[] {
  const maxAge = value === "" ? 0 : CODE_COOKIE_MAX_AGE;
  return [...LOCALES.map((locale) => `/${locale}`), "/api/responses"].map((path) => ({ name: CODE_COOKIE, value, options: { path, maxAge, httpOnly: true, sameSite: "lax", secure } }));
}

export function serializeCookie(c: { name: string; value: string; options: CookieOptions }): string {
  const o = c.options;
  return `${c.name}=${encodeURIComponent(c.value)}; Path=${o.path}; Max-Age=${o.maxAge}; HttpOnly; SameSite=Lax${o.secure ? "; Secure" : ""}`;
}

/** A body without an invitation of its own takes the cookie's code (the script's send). */
export function withCookieCode(body: unknown, code: string | undefined): unknown {
  if (!code || body === null || typeof body !== "object" || Array.isArray(body) || "invitation" in body) return body;
  return { ...body, invitation: { code: code.slice(0, 64) } };
}
