// Generates both Prisma clients (SQLite and PostgreSQL) under lib/db/generated.
// The 6.19 CLI wants DATABASE_URL to be set even though clients connect through
// driver adapters; a placeholder of the right scheme keeps it from downloading.
import { spawnSync } from "node:child_process";

for (const [provider, url] of [["sqlite", "file:./data/tyndau.db"], ["postgresql", "postgresql://localhost:5432/tyndau"]]) {
  const r = spawnSync("npx", ["prisma", "generate", "--schema", `prisma/${provider}/schema.prisma`], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
