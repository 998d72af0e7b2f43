// Runs before every page render: a fresh nonce per request and the page CSP
// that allows only scripts carrying it. Next.js reads the CSP from the request
// headers and stamps the nonce on its own scripts (pages are rendered
// dynamically for this reason). Authorization is NOT done here: every admin
// page, handler and action checks it itself (lib/auth/guard.ts).
import { NextResponse, type NextRequest } from "next/server";
import { isKnownDeviceRequest } from "@/lib/auth/device-gate";
import { peekSignInGate } from "@/lib/auth/throttle";
import { env, frameworkEnv } from "@/lib/env";
import { refusalText, refuseActionPost } from "@/lib/http/action-request";
import { clientAddress } from "@/lib/http/client-address";
import { hstsHeader, pageCsp } from "@/lib/http/security-headers";

const SIGN_IN_PATH = "/admin/sign-in";

// A sign-in form posted (without JavaScript, or by a script) while this address or the
// whole instance is over its sign-in limits, or every password-hashing slot is taken,
// gets a plain 429 before anything renders (lib/auth/throttle.ts counts; this only
// peeks). Posts from the page's own JavaScript (Next-Action header) reach the action,
// which refuses just as cheaply but answers with the form's "try again later" message.
// A valid device cookie (lib/auth/device-cookie.ts) goes on to the action, whose known-device
// limits are kept apart from everybody else's.
async function signInRefusal(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "POST" || request.nextUrl.pathname !== SIGN_IN_PATH || request.headers.has("next-action")) return null;
  if (await isKnownDeviceRequest((name) => request.cookies.get(name)?.value)) return null;
  const gate = peekSignInGate(clientAddress(request.headers));
  if (gate.allowed) return null;
  return new NextResponse("Too many sign-in attempts. Please try again later.\n", {
    status: 429,
    headers: { "Retry-After": String(gate.retryAfterSeconds), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

// An oversized, length-less or cross-site post to a server action gets its 413/411/403
// here, before Next.js would turn it into a 500 (lib/http/action-request.ts).
function actionRefusal(request: NextRequest): NextResponse | null {
  const refusal = refuseActionPost(request.method, request.headers);
  if (!refusal) return null;
  return new NextResponse(refusalText(refusal), {
    status: refusal.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Connection: "close" },
  });
}

export async function proxy(request: NextRequest) {
  const refused = actionRefusal(request) ?? (await signInRefusal(request));
  if (refused) return refused;
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const nonce = btoa(String.fromCharCode(...bytes));
  const csp = pageCsp(nonce, { dev: frameworkEnv().nodeEnv === "development" });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  const hsts = hstsHeader(env().PUBLIC_ORIGIN);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // Possible server-action posts, even when they carry a prefetch header, so none
    // bypasses actionRefusal().
    { source: "/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)", has: [{ type: "header", key: "content-type", value: "(multipart/form-data|application/x-www-form-urlencoded).*" }] },
  ],
};
