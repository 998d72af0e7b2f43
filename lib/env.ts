// Environment, validated once with zod. A bad or missing variable stops the app
// with one line per variable saying what it expects (see .env.example).
import { z } from "zod";
import { DEFAULT_DATABASE_URL, DatabaseUrlError, parseDatabaseUrl } from "./db/url";
import { resultsDelaySchema, resultsTimezoneSchema } from "./responses/release";
import { parseProxyAddresses, parseTrustProxy } from "./http/client-address";

const envSchema = z.object({
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
  // Results released by day (docs/anonymity.md): "day" (default) or "none" (pilots, tests).
  RESULTS_DELAY: resultsDelaySchema,
  // Time zone of the stored submission dates and of the release day (IANA name).
  RESULTS_TIMEZONE: resultsTimezoneSchema,
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
});

export type Env = z.infer<typeof envSchema>;

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
  const result = envSchema.safeParse(withoutEmpty(source));
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`),
  );
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
