// Parses DATABASE_URL into the provider it names. Pure, so the Prisma CLI config,
// the migration runner, the app and the tests all agree on one reading of it.
import path from "node:path";

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgresql"; url: string; schema: string | undefined };

export const DEFAULT_DATABASE_URL = "file:./data/tyndau.db";

export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

/**
 * `file:<path>` (relative paths resolve against the working directory) selects
 * SQLite; `postgresql://` or `postgres://` selects PostgreSQL. Anything else is
 * an error with a one-line explanation.
 */
export function parseDatabaseUrl(raw: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  const url = raw && raw.trim() !== "" ? raw.trim() : DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const rest = url.slice("file:".length).replace(/^\/\/(?=\/)/, "").split("?")[0] ?? "";
    if (rest === "") throw new DatabaseUrlError("DATABASE_URL \"file:\" needs a path, e.g. file:./data/tyndau.db");
    const filePath = path.isAbsolute(rest) ? rest : path.resolve(cwd, rest);
    return { provider: "sqlite", url, filePath };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DatabaseUrlError("DATABASE_URL is not a valid PostgreSQL URL; expected postgresql://user:password@host:5432/database");
    }
    if (!parsed.hostname) throw new DatabaseUrlError("DATABASE_URL has no host; expected postgresql://user:password@host:5432/database");
    if (parsed.pathname.replace(/^\//, "") === "") {
      throw new DatabaseUrlError("DATABASE_URL names no database; expected postgresql://user:password@host:5432/database");
    }
    return { provider: "postgresql", url, schema: parsed.searchParams.get("schema") ?? undefined };
  }
  const scheme = url.includes(":") ? `"${url.split(":")[0]}:"` : "no scheme";
  throw new DatabaseUrlError(
    `DATABASE_URL has ${scheme}; expected file:<path> for SQLite or postgresql://… for PostgreSQL`,
  );
}

/** Redacts the password for logs and error messages. */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, "$1***@");
}
