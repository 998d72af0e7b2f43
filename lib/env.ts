// Environment, validated with one zod schema. A bad or missing variable stops the app
// with one line per variable saying what it expects (see .env.example).
//
// This is the only module in lib/ and app/ that reads process.env
// (tests/static/process-env.test.ts): our variables through env(), the framework's own
// (NODE_ENV, NEXT_RUNTIME, Next's build flags) through frameworkEnv(), and the whole
// environment only to hand it to a child process (processEnvironment()).
import { z } from "zod";
import { DEFAULT_DATABASE_URL, DatabaseUrlError, parseDatabaseUrl } from "./db/url";
import { resultsDelaySchema, resultsTimezoneSchema } from "./responses/release";
import { parseProxyAddresses, parseTrustProxy } from "./http/client-address";

// Built on first use: the modules whose parsers it borrows (release, client-address) read
// their variables through env() in turn, and a schema built at load time would touch
// their exports before they are initialised when one of them is loaded first.
const buildSchema = () => z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .superRefine((value, ctx) => {
      try {
        parseDatabaseUrl(value);
      } catch (e) {
        ctx.addIssue({ code: "custom", message: e instanceof DatabaseUrlError ? e.message.replace(/^DATABASE_URL /, "") : String(e) });
      }
    }),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Loopback by default: only nginx on this host (or a browser on it) reaches the app.
  HOSTNAME: z.string().min(1).default("127.0.0.1"),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12, "at least 12 characters").optional(),
  SUBMISSIONS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000_000).default(60),
  // Number of proxy hops we control, or their addresses/CIDRs (lib/http/client-address.ts).
  TRUST_PROXY: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustProxy(value);
      } catch (e) {
        ctx.addIssue({ code: "custom", message: e instanceof Error ? e.message.replace(/^TRUST_PROXY: /, "") : String(e) });
      }
    }),
  // Where the proxies counted by TRUST_PROXY=N connect from (addresses/CIDRs; default loopback).
  TRUST_PROXY_ADDRESSES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseProxyAddresses(value);
      } catch (e) {
        ctx.addIssue({ code: "custom", message: e instanceof Error ? e.message.replace(/^TRUST_PROXY_ADDRESSES: /, "") : String(e) });
      }
    }),
  PUBLIC_ORIGIN: z.url().optional(),
  // /api/health answers 503 when the SQLite database's folder has less free space (lib/db/health.ts).
  HEALTH_MIN_FREE_MB: z.coerce.number().int().min(0).max(1_000_000).default(256),
  // Signs the staff device cookies (lib/auth/device-cookie.ts); unset, a random key kept in the database.
  DEVICE_COOKIE_KEY: z.string().min(32, "at least 32 characters (e.g. openssl rand -base64 32)").optional(),
  // "1": serve the benchmark's framework-floor page (/bench/floor, app/bench/); off in production.
  BENCH_PAGES: z.enum(["0", "1"]).default("0"),
  // Encrypts the no-JavaScript answers cookie (lib/survey/answers-cookie.server.ts); unset, a random key kept in the database.
  ANSWERS_COOKIE_KEY: z.string().min(32, "at least 32 characters (e.g. openssl rand -base64 32)").optional(),
  // Seals the respondents' "started" tokens (lib/quality/started-token.server.ts); unset, a random key kept in the database.
  START_TOKEN_KEY: z.string().min(32, "at least 32 characters (e.g. openssl rand -base64 32)").optional(),
  // Results released by day (docs/anonymity.md): "day" (default) or "none" (pilots, tests).
  RESULTS_DELAY: resultsDelaySchema,
  // Time zone of the stored submission dates and of the release day (IANA name).
  RESULTS_TIMEZONE: resultsTimezoneSchema,
  // Smallest group any staff view shows a figure or an answer for (docs/anonymity.md,
  // "Minimum group size"); below it a view says "fewer than N" instead.
  MIN_GROUP_SIZE: z.coerce.number().int().min(2, "a whole number, at least 2").max(1000).default(5),
  /** IANA time zone in which staff pages show times (audit log, report date). */
  STAFF_TIMEZONE: z
    .string()
    .default("Asia/Almaty")
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "not a known IANA time zone (e.g. Asia/Almaty)"),
  /** "0" skips computing the dashboard's aggregates in the background at start (instrumentation.ts). */
  DASHBOARD_WARMUP: z.enum(["0", "1"]).default("1"),
  /** Forces the export reader (lib/export/source.ts): "driver" (better-sqlite3 / pg) or "prisma"; unset, the default per database. */
  TYNDAU_EXPORT_ENGINE: z.enum(["prisma", "driver"]).optional(),
  /** "1" serves the benchmark's framework-floor route (app/api/bench/floor). Benchmarks only. */
  TYNDAU_BENCH: z.enum(["0", "1"]).default("0"),
  /** Paths of pg_dump / pg_restore when they are not on the PATH (lib/ops/pg-tools.ts). */
  PG_DUMP: z.string().optional(),
  PG_RESTORE: z.string().optional(),
  /**
   * The key of the invitation codes' hashes and the blind-signing key, outside the
   * database and its backups (docs/decisions/013-invitation-codes.md). Created 0600 on
   * first use; default data/invitation.key (the RSA key beside it, .rsa.json).
   */
  INVITATION_KEY_FILE: z.string().default("data/invitation.key"),
});

let schema: ReturnType<typeof buildSchema> | undefined;
const envSchema = () => (schema ??= buildSchema());

export type Env = z.infer<ReturnType<typeof buildSchema>>;
export type EnvName = keyof Env;

export class EnvError extends Error {
  override name = "EnvError";
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example for every variable.`);
  }
}

/** Treats empty strings as unset, like most twelve-factor apps. */
function withoutEmpty(source: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(source)) if (v !== undefined && v !== "") out[k] = v;
  return out;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema().safeParse(withoutEmpty(source));
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`),
  );
}

let cached: { fingerprint: string; env: Env } | undefined;

/**
 * This process's environment, validated. Parsed again only when one of our variables
 * changed since the last call (tests set DATABASE_URL or TRUST_PROXY between cases).
 */
export function env(): Env {
  const fingerprint = fingerprintOf(Object.keys(envSchema().shape));
  if (cached?.fingerprint !== fingerprint) cached = { fingerprint, env: parseEnv(process.env) };
  return cached.env;
}

function fingerprintOf(names: readonly string[]): string {
  let out = "";
  for (const name of names) out += `${process.env[name] ?? ""}\u0000`;
  return out;
}

/**
 * One variable exactly as set, for the reader that must not fail on a bad value
 * (TRUST_PROXY: unparseable trusts nothing; lib/env.ts reports it at start-up).
 */
export function rawEnv(name: EnvName): string | undefined {
  return process.env[name];
}

/**
 * Variables the framework sets, not ours to validate. Written as literal property reads
 * so that Next's compiler can still replace them in its bundles.
 */
export function frameworkEnv(): { nodeEnv: string | undefined; nextRuntime: string | undefined; authInterrupts: boolean } {
  return {
    nodeEnv: process.env.NODE_ENV,
    nextRuntime: process.env.NEXT_RUNTIME,
    authInterrupts: Boolean(process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS),
  };
}

/** The whole environment, only to hand to a child process (pg_dump, pg_restore). */
export function processEnvironment(): NodeJS.ProcessEnv {
  return process.env;
}
