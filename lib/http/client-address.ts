// The address a request came from, for rate limiting only: it is never stored
// or logged (respondents are anonymous by construction).
//
// Next.js route handlers do not see the socket, so our production server
// (scripts/server.ts) writes the peer address into PEER_HEADER after deleting
// any value a client sent under that name. X-Forwarded-For is honoured only
// when TRUST_PROXY=1 says a proxy we control sets it.
export const PEER_HEADER = "x-tyndau-peer";

export function clientAddress(headers: Headers, trustProxy: boolean = process.env.TRUST_PROXY === "1" || process.env.TRUST_PROXY === "true"): string {
  if (trustProxy) {
    const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return headers.get(PEER_HEADER) ?? "unknown";
}
