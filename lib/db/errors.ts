// Turns driver and Prisma errors into one short line a person can act on,
// instead of a stack trace: used by start-up, the health check and the scripts.
import { redactDatabaseUrl, type DatabaseTarget } from "./url";

type Cause = { kind?: string; originalCode?: string; originalMessage?: string; code?: string; message?: string };

/** Digs the driver's own error out of Prisma's wrapping (meta.driverAdapterError.cause). */
function rootCause(error: unknown): Cause {
  const e = error as { code?: string; message?: string; cause?: Cause; meta?: { driverAdapterError?: { cause?: Cause } } };
  const adapter = e?.meta?.driverAdapterError?.cause;
  if (adapter) return adapter;
  if (e?.cause && typeof e.cause === "object") return { ...e.cause, code: e.cause.code ?? e.code };
  return { code: e?.code, message: e?.message ?? String(error) };
}

export function describeDatabaseError(error: unknown, target?: DatabaseTarget): string {
  const where = target ? (target.provider === "sqlite" ? target.filePath : redactDatabaseUrl(target.url)) : "the database";
  const c = rootCause(error);
  const code = c.originalCode ?? c.code;
  const message = (c.originalMessage ?? c.message ?? "").split("\n")[0] || c.kind || "unknown error";
  if (c.kind === "DatabaseNotReachable" || code === "ECONNREFUSED") return `cannot reach ${where}: connection refused (is PostgreSQL running?)`;
  if (c.kind === "DatabaseDoesNotExist" || code === "3D000") return `cannot use ${where}: the database does not exist (create it first)`;
  if (c.kind === "AuthenticationFailed" || code === "28P01" || code === "28000") return `cannot use ${where}: authentication failed`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `cannot reach ${where}: unknown host`;
  if (code === "ETIMEDOUT" || /timeout/i.test(message)) return `cannot reach ${where}: connection timed out`;
  if (code === "SQLITE_CANTOPEN") return `cannot open SQLite file ${where}`;
  if (code === "SQLITE_NOTADB") return `${where} is not an SQLite database`;
  return `database error at ${where}: ${message}`;
}
