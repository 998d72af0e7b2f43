// Origin check for state-changing staff requests (defence in depth on top of
// SameSite=Strict cookies): the Origin header, or failing that the Referer's
// origin, must be our own origin.
import { env } from "../env";
import { forwardedValue } from "./client-address";

function ownOrigin(headers: Headers): string | null {
  const { PUBLIC_ORIGIN } = env();
  if (PUBLIC_ORIGIN) return new URL(PUBLIC_ORIGIN).origin;
  // X-Forwarded-Host/-Proto count only when TRUST_PROXY says a proxy we control set them.
  const host = forwardedValue(headers, "x-forwarded-host") ?? headers.get("host");
  if (!host) return null;
  const proto = forwardedValue(headers, "x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

export function isSameOrigin(source: Request | Headers): boolean {
  const headers = source instanceof Headers ? source : source.headers;
  const expected = ownOrigin(headers);
  if (!expected) return false;
  const origin = headers.get("origin");
  if (origin) return origin === expected;
  const referer = headers.get("referer");
  if (referer) {
    try {
      return new URL(referer).origin === expected;
    } catch {
      return false;
    }
  }
  return false;
}
