import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` (part of `npm test`) is the type gate for the whole
  // repository, tests included; the production build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // Native and driver packages stay outside the bundle and load from node_modules.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "@node-rs/argon2"],
};

export default nextConfig;
