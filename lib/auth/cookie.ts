// The session cookie. Over HTTPS it is `__Host-` prefixed and Secure (the prefix makes
// the browser refuse it without Secure, Path=/ and no Domain); over plain HTTP (a
// laptop, the e2e server) it keeps the plain name, since browsers drop Secure cookies
// set over HTTP.
import { env } from "@/lib/env";
import { forwardedValue } from "@/lib/http/client-address";
import { SECURE_SESSION_COOKIE, SESSION_ABSOLUTE_MS, SESSION_COOKIE } from "./config";

/** Whether this request reached us over HTTPS, as far as we may trust. */
export function isHttpsRequest(headers: Headers): boolean {
  const { PUBLIC_ORIGIN } = env();
  if (PUBLIC_ORIGIN) return PUBLIC_ORIGIN.startsWith("https:");
  return forwardedValue(headers, "x-forwarded-proto") === "https";
}

export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

export type CookieOptions = {
  httpOnly: true;
  sameSite: "strict";
  secure: boolean;
  path: "/";
  maxAge: number;
};

export function sessionCookieOptions(secure: boolean, maxAgeMs = SESSION_ABSOLUTE_MS): CookieOptions {
  return { httpOnly: true, sameSite: "strict", secure, path: "/", maxAge: Math.max(0, Math.floor(maxAgeMs / 1000)) };
}

/**
 * Options that delete a session cookie. A deletion is a Set-Cookie like any other: the
 * browser ignores one for a `__Host-` cookie unless it is Secure with Path=/, so it
 * carries the same attributes the cookie was set with.
 */
export function clearedSessionCookieOptions(name: string): CookieOptions {
  return { ...sessionCookieOptions(name === SECURE_SESSION_COOKIE, 0), maxAge: 0 };
}

/** The token from whichever session cookie the browser sent (the secure one wins). */
export function sessionTokenFrom(get: (name: string) => string | undefined): string | undefined {
  return get(SECURE_SESSION_COOKIE) ?? get(SESSION_COOKIE);
}

/** Reads one cookie from a raw Cookie header (route handlers receive a plain Request). */
export function cookieFromHeader(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
  }
  return undefined;
}
