// System tests: real production servers (scripts/server.mjs on the built app)
// on real SQLite files and PostgreSQL databases, driven over HTTP on loopback.
// Run after `npm run build` (scripts/test.sh does both). One file at a time:
// they start servers and load two cores on their own.
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/system/**/*.test.ts"],
    exclude: ["node_modules/**"],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 180_000,
  },
});
