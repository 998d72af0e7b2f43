import "server-only";
// The request a respondent step runs in, whichever router received it: its headers and its
// cookies to read and set. A server action reads them through next/headers; a page of the
// Pages Router (the respondent pages without the framework runtime, decision 018) through
// Node's request and response.
import type { IncomingMessage, ServerResponse } from "node:http";
import { cookies, headers } from "next/headers";
import { cookieFromHeader } from "@/lib/auth/cookie";

export interface CookieSetOptions {
  path: string;
  httpOnly: boolean;
  sameSite: "lax" | "strict";
  secure?: boolean;
  /** Seconds; absent: a session cookie. 0 deletes it. */
  maxAge?: number;
}

export interface RequestContext {
  headers: Headers;
  cookie(name: string): string | undefined;
  setCookie(name: string, value: string, options: CookieSetOptions): void;
}

/** The context of a server action or a server component (next/headers). */
export async function actionContext(): Promise<RequestContext> {
  const jar = await cookies();
  return {
    headers: await headers(),
    cookie: (name) => jar.get(name)?.value,
    setCookie: (name, value, options) => jar.set(name, value, options),
  };
}

export function serializeSetCookie(name: string, value: string, o: CookieSetOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${o.path}`];
  if (o.maxAge !== undefined) parts.push(`Max-Age=${o.maxAge}`);
  if (o.maxAge === 0) parts.push("Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  if (o.httpOnly) parts.push("HttpOnly");
  parts.push(`SameSite=${o.sameSite === "strict" ? "Strict" : "Lax"}`);
  if (o.secure) parts.push("Secure");
  return parts.join("; ");
}

/** Node's request headers as a fetch Headers (repeated headers joined as HTTP joins them). */
export function headersOf(req: IncomingMessage): Headers {
  const out = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    out.set(name, Array.isArray(value) ? value.join(name === "cookie" ? "; " : ", ") : value);
  }
  return out;
}

/** The context of a Pages Router page (getServerSideProps): cookies set are appended to the response. */
export function nodeContext(req: IncomingMessage, res: ServerResponse): RequestContext {
  const requestHeaders = headersOf(req);
  const set = new Map<string, string>();
  return {
    headers: requestHeaders,
    cookie: (name) => (set.has(name) ? set.get(name) : cookieFromHeader(requestHeaders.get("cookie"), name)),
    setCookie: (name, value, options) => {
      set.set(name, value);
      const previous = res.getHeader("Set-Cookie");
      const list = previous === undefined ? [] : Array.isArray(previous) ? previous : [String(previous)];
      res.setHeader("Set-Cookie", [...list, serializeSetCookie(name, value, options)]);
    },
  };
}
