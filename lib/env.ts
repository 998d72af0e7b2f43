// Environment, validated once with zod. A bad or missing variable stops the app
// with one line per variable saying what it expects (see .env.example).
import { z } from "zod";
import { DEFAULT_DATABASE_URL, DatabaseUrlError, parseDatabaseUrl } from "./db/url";
import { resultsDelaySchema, resultsTimezoneSchema } from "./responses/release";
import { parseTrustProxy } from "./http/client-address";

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
  HOSTNAME: z.string().min(1).default("0.0.0.0"),
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
  PUBLIC_ORIGIN: z.url().optional(),
  // Signs the staff device cookies (lib/auth/device-cookie.ts); unset, a random key kept in the database.
  DEVICE_COOKIE_KEY: z.string().min(32, "at least 32 characters (e.g. openssl rand -base64 32)").optional(),
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
