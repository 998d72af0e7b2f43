// Security headers. Pages get a per-request nonce-based Content-Security-Policy
// from proxy.ts; every response (pages, API, static files) gets the rest from
// next.config.ts. Pure functions so tests can check the policy text.

/** The CSP of a rendered page. Scripts run only with this request's nonce. */
export function pageCsp(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce-bearing loader pull its chunks;
    // 'unsafe-eval' only in development, where React needs it for stack traces.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Style attributes cannot carry a nonce; inline styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** API responses are data, never documents to render. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export const COMMON_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
];

/** HSTS, six months, for this host only (not its subdomains), when the public origin is https. */
export const HSTS_VALUE = "max-age=15552000";

/** `publicOrigin` is PUBLIC_ORIGIN (proxy.ts passes env()'s); this module stays free of the environment because next.config.ts loads it. */
export function hstsHeader(publicOrigin: string | undefined): string | null {
  return publicOrigin?.startsWith("https:") ? HSTS_VALUE : null;
}
