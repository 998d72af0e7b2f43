// Finding pg_dump / pg_restore, and handing them a URL libpq accepts.
import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { processEnvironment } from "@/lib/env";

export class PgToolMissingError extends Error {
  override name = "PgToolMissingError";
  constructor(tool: string) {
    super(
      `${tool} is not installed. PostgreSQL backups need the PostgreSQL client tools: ` +
        `on Debian \`sudo apt install postgresql-client\` (the same major version as the server, or newer), ` +
        `or set ${tool === "pg_dump" ? "PG_DUMP" : "PG_RESTORE"}=/path/to/${tool}.`,
    );
  }
}

/** The tool from $PG_DUMP / $PG_RESTORE, the PATH, or Debian's versioned directories (newest first). */
export function findPgTool(tool: "pg_dump" | "pg_restore", env: Record<string, string | undefined> = processEnvironment()): string {
  const override = env[tool === "pg_dump" ? "PG_DUMP" : "PG_RESTORE"];
  if (override) {
    if (!existsSync(override)) throw new PgToolMissingError(tool);
    return override;
  }
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, tool);
    if (existsSync(candidate)) return candidate;
  }
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const candidate = path.join(debian, v, "bin", tool);
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new PgToolMissingError(tool);
}

// Parameters Prisma or our pool understand but libpq rejects.
const NON_LIBPQ_PARAMS = ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout", "connect_timeout_ms"];

/** The DATABASE_URL without the parameters libpq does not know. */
export function libpqUrl(url: string): string {
  const u = new URL(url);
  for (const p of NON_LIBPQ_PARAMS) u.searchParams.delete(p);
  return u.toString();
}
