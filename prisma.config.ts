// Prisma CLI configuration. We use the JavaScript schema engine through our own
// driver adapters so that `prisma migrate diff` / `db push` need no native binary
// (nothing can be downloaded on our machines). The provider follows DATABASE_URL,
// like the app itself (see lib/db/url.ts).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { parseDatabaseUrl } from "./lib/db/url";
import { createPgPool } from "./lib/db/pg-pool";

const target = parseDatabaseUrl(process.env.DATABASE_URL);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", target.provider, "schema.prisma"),
  migrations: { path: path.join("prisma", target.provider, "migrations") },
  async adapter() {
    if (target.provider === "sqlite") return new PrismaBetterSQLite3({ url: target.filePath });
    return new PrismaPg(createPgPool(target.url));
  },
});
