import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/http/action-limit";
import { API_CSP, COMMON_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` (part of `npm test`) is the type gate for the whole
  // repository, tests included; the production build does not repeat it.
  // Next rewrites the tsconfig it uses (adding its generated types); it gets a
  // file of its own so the repository's tsconfig.json stays as written.
  typescript: { ignoreBuildErrors: true, tsconfigPath: "tsconfig.next.json" },
  reactStrictMode: true,
  // Lets the staff guard answer a real 403 (forbidden()) to a signed-in analyst
  // on an admin-only page, instead of a redirect.
  // serverActions.bodySizeLimit: the same number proxy.ts refuses above with a 413
  // (Next.js itself would answer an oversized action body with a 500).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES } },
  // Lets several builds coexist (e.g. parallel test runs); default `.next`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return [
      { source: "/:path*", headers: COMMON_SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
  // Native and driver packages stay outside the bundle and load from node_modules.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "@node-rs/argon2", "exceljs"],
};

export default nextConfig;
