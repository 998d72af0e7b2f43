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
  // "server-only" on the server, whatever the layer: the Pages Router's API layer (the
  // respondent pages without the framework runtime, below) runs in Node without the
  // react-server condition, where the package's default entry throws. In browser bundles it
  // still throws, and tests/static/client-imports.test.ts keeps client code away from it.
  // Bundled (not loaded from node_modules) so that the alias applies in every layer.
  transpilePackages: ["server-only"],
  turbopack: {
    resolveAlias: {
      "server-only": { browser: "next/dist/compiled/server-only/index.js", default: "next/dist/compiled/server-only/empty.js" },
    },
  },
  // The respondent pages ship no framework runtime (decision 018): a route of the Pages
  // Router's API layer renders them (pages/api/respondent-page.ts). Before the filesystem
  // routes, so the App Router's [locale] segment never answers them.
  async rewrites() {
    const page = "/api/respondent-page?locale=:locale";
    return {
      beforeFiles: [
        { source: "/:locale(kk|ru|en)", destination: `${page}&page=start` },
        { source: "/:locale(kk|ru|en)/screening", destination: page },
        { source: "/:locale(kk|ru|en)/part/:n(\\d{1,2})", destination: `${page}&n=:n` },
        { source: "/:locale(kk|ru|en)/check", destination: `${page}&page=check` },
        { source: "/:locale(kk|ru|en)/thanks", destination: `${page}&page=thanks` },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  // Native and driver packages stay outside the bundle and load from node_modules.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "@node-rs/argon2", "exceljs"],
};

export default nextConfig;
