import "server-only";
// The one authorization helper. Every admin page, route handler and server action calls
// one of these three functions itself; nothing relies on a proxy/middleware having run
// (a matcher typo there would otherwise expose a page). tests/authz enumerates the
// files and checks each one calls the guard.
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { frameworkEnv } from "@/lib/env";
import { isSameOrigin } from "@/lib/http/origin";
import { cookieFromHeader, sessionTokenFrom } from "./cookie";
import type { StaffPrincipal } from "./principal";
import { roleSatisfies, type Access } from "./roles";
import { resolveSession } from "./session";

export type { StaffRole } from "./roles";
export type { StaffPrincipal } from "./principal";

export const SIGN_IN_PATH = "/admin/sign-in";
export const FORBIDDEN_PATH = "/admin/forbidden";

/**
 * Why a server action was refused. It carries the digest of Next's `forbidden()`, so the
 * action answers a plain 403 (rendered by the forbidden boundary for a no-JS post)
 * instead of a 500 with a stack trace in the log, and tests can still read the reason.
 */
export class StaffAuthError extends Error {
  override name = "StaffAuthError";
  readonly digest = "NEXT_HTTP_ERROR_FALLBACK;403";
  constructor(readonly reason: "unauthenticated" | "forbidden" | "bad-origin") {
    super(`Staff authorization failed: ${reason}`);
  }
}

/** The signed-in staff member of this request (once per render), or null. */
export const currentStaff = cache(async (): Promise<StaffPrincipal | null> => {
  const jar = await cookies();
  const token = sessionTokenFrom((name) => jar.get(name)?.value);
  if (!token) return null;
  return resolveSession(await getDb(), token);
});

/** For server components (pages and layouts). */
export async function requireStaffPage(role: Access = "analyst"): Promise<StaffPrincipal> {
  const staff = await currentStaff();
  if (!staff) redirect(SIGN_IN_PATH);
  if (!roleSatisfies(staff.role, role)) {
    // `forbidden()` renders a real 403 when the experimental auth interrupts are on;
    // otherwise a dedicated page says the same thing.
    if (frameworkEnv().authInterrupts) forbidden();
    redirect(FORBIDDEN_PATH);
  }
  return staff;
}

/** For server actions: checks the Origin too (they are POSTs), and throws on failure. */
export async function requireStaffAction(role: Access = "analyst"): Promise<StaffPrincipal> {
  const requestHeaders = await headers();
  if (!isSameOrigin(requestHeaders)) throw new StaffAuthError("bad-origin");
  const staff = await currentStaff();
  if (!staff) throw new StaffAuthError("unauthenticated");
  if (!roleSatisfies(staff.role, role)) throw new StaffAuthError("forbidden");
  return staff;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function jsonError(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

/** For route handlers: a 401/403 JSON response to return, or the staff member. */
export async function authorizeRoute(
  request: Request,
  role: Access = "analyst",
): Promise<{ ok: true; staff: StaffPrincipal } | { ok: false; response: Response }> {
  if (!SAFE_METHODS.has(request.method.toUpperCase()) && !isSameOrigin(request)) {
    return { ok: false, response: jsonError(403, "Cross-origin request refused") };
  }
  const cookieHeader = request.headers.get("cookie");
  const token = sessionTokenFrom((name) => cookieFromHeader(cookieHeader, name));
  const staff = token ? await resolveSession(await getDb(), token) : null;
  if (!staff) return { ok: false, response: jsonError(401, "Sign in required") };
  if (!roleSatisfies(staff.role, role)) return { ok: false, response: jsonError(403, "Not allowed for your role") };
  return { ok: true, staff };
}
