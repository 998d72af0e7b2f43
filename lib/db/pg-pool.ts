// Creates the pg pool every PostgreSQL connection of Tyndau goes through.
import pg from "pg";

// PostgreSQL's internal `name` (OID 19) and `"char"` (OID 18) types appear in
// the catalog queries that Prisma's JS schema engine runs; the pg adapter cannot
// map them (prisma/orm#27403). They are text in every respect that matters, so
// we relabel them as `text` (OID 25) before the adapter inspects the result.
const INTERNAL_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function relabelNameColumns<T>(result: T): T {
  const fields = (result as QueryResultLike | undefined)?.fields;
  if (fields) for (const f of fields) if (INTERNAL_TEXT_OIDS.has(f.dataTypeID)) f.dataTypeID = TEXT_OID;
  return result;
}

function patchQuery(target: { query: (...args: never[]) => unknown }): void {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  (target as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const out = original(...args);
    return out instanceof Promise ? out.then(relabelNameColumns) : out;
  };
}

export type PgPoolOptions = {
  max?: number;
  schema?: string;
  /** PostgreSQL's statement_timeout for every connection of the pool (ms); none when unset. */
  statementTimeoutMs?: number;
};

/**
 * The app's statement timeout: no request can hold a connection (and a pool slot)
 * longer than this, however slow a query turns out. Migrations and exports, which
 * may legitimately run longer, use their own pools without it.
 */
export const APP_STATEMENT_TIMEOUT_MS = 30_000;

export function createPgPool(connectionString: string, options: PgPoolOptions = {}): pg.Pool {
  const url = new URL(connectionString);
  const schema = options.schema ?? url.searchParams.get("schema") ?? undefined;
  url.searchParams.delete("schema");
  const pool = new pg.Pool({
    connectionString: url.toString(),
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    // A per-test or per-tenant schema is selected with ?schema=name, as Prisma does.
    ...(schema ? { options: `-c search_path="${schema.replace(/"/g, "")}"` } : {}),
  });
  // An idle pooled connection can be closed by the server (a restart, a failover,
  // an administrator). pg then emits "error" on the pool, and an "error" event
  // without a listener would crash the process. The pool has already dropped
  // that client and opens a new one for the next query, so there is nothing
  // else to do; in-flight queries still fail and are handled by their callers.
  pool.on("error", () => undefined);
  patchQuery(pool as unknown as { query: (...args: never[]) => unknown });
  pool.on("connect", (client) => patchQuery(client as unknown as { query: (...args: never[]) => unknown }));
  return pool;
}
