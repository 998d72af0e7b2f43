import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // `server-only` throws outside a React Server Components bundle; in unit tests
      // we are on the server by definition.
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
    // System tests run real production servers; they have their own config and
    // run after the build (vitest.system.config.ts, scripts/test.sh).
    exclude: ["tests/system/**", "node_modules/**"],
    setupFiles: ["tests/support/fail-on-console-error.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
