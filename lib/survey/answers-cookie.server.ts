import "server-only";
// The no-JavaScript path keeps the answers given so far on the device, not on the server:
// after each part the respondent action seals them into one cookie (AES-256-GCM, so the
// browser can neither read nor alter them) and redirects to the next part's address
// (post/redirect/get), so Back, reload and reopening the address keep the answers
// (docs/decisions/014-respondent-pages-rendering.md). The cookie holds the answers, the
// questionnaire version the respondent began with, the check page's response id and, after
// a failed "Continue", what that part posted — never a time, an address or an order of
// arrival. Scoped to the language's pages, httpOnly, SameSite=Lax, session-only, cleared
// by the submission. When it would not fit (ANSWERS_COOKIE_MAX_BYTES) the action falls
// back to carrying the answers in the form alone and says so on the page.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { settingSecret } from "@/lib/db/setting-secret";
import type { Locale } from "@/lib/questionnaire/locale";
import type { Answers } from "@/lib/questionnaire/types";
import type { FormValues } from "./answers";
import type { FlowState } from "./flow";

export const ANSWERS_COOKIE = "tyndau-answers";
/** Browsers keep about 4,096 bytes per cookie, name and attributes included. */
export const ANSWERS_COOKIE_MAX_BYTES = 3_500;

const FORMAT = "a1";
const KEY_SETTING = "survey.answers-cookie-key";

export interface CarriedAnswers {
  /** The questionnaire version the respondent began with: the flow's own (FlowState.version). */
  version?: FlowState["version"];
  /** The sealed "started" token of the first question page (FlowState.started), for the completion band. */
  started?: FlowState["started"];
  answers: Answers;
  /** The check page's response id (the idempotency key of the final send). */
  responseId?: string;
  /** A part that failed its check: its step ("screening" or the part index) and what it posted. */
  pending?: { step: string; values: FormValues };
}

function aad(locale: Locale): Buffer {
  return Buffer.from(`tyndau-answers\n${FORMAT}\n${locale}`);
}

/** The sealed cookie value: "a1." + base64url(iv ‖ ciphertext ‖ tag). */
export function sealAnswers(key: Buffer, locale: Locale, carried: CarriedAnswers): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(aad(locale));
  const body = Buffer.concat([cipher.update(JSON.stringify(carried), "utf8"), cipher.final()]);
  return `${FORMAT}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url")}`;
}

/** The cookie's content when it decrypts and authenticates with this key and language; null otherwise. */
export function openAnswers(key: Buffer, locale: Locale, value: string | undefined): CarriedAnswers | null {
  if (!value || value.length > 8_000 || !value.startsWith(`${FORMAT}.`)) return null;
  const raw = Buffer.from(value.slice(FORMAT.length + 1), "base64url");
  if (raw.length < 12 + 16 + 2) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
    decipher.setAAD(aad(locale));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    const text = Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString("utf8");
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== "object") return null;
    const { version, started, answers, responseId, pending } = parsed as Partial<CarriedAnswers>;
    if (answers === null || typeof answers !== "object" || Array.isArray(answers)) return null;
    return {
      version: typeof version === "string" ? version : undefined,
      started: typeof started === "string" ? started : undefined,
      answers,
      responseId: typeof responseId === "string" ? responseId : undefined,
      pending: pending && typeof pending.step === "string" && pending.values && typeof pending.values === "object" ? pending : undefined,
    };
  } catch {
    return null;
  }
}

export function answersCookieOptions(locale: Locale, secure: boolean) {
  // No maxAge: a session cookie, gone when the browser closes.
  return { path: `/${locale}`, httpOnly: true, sameSite: "lax", secure } as const;
}

// --- the key (lib/db/setting-secret.ts: the env variable, else one random key in the Setting table) ---

const keys = new WeakMap<Db, Promise<Buffer>>();

export function answersCookieKey(db: Db): Promise<Buffer> {
  let key = keys.get(db);
  if (!key) {
    // Any string of at least 32 characters becomes a 256-bit key.
    key = settingSecret(db, KEY_SETTING, env().ANSWERS_COOKIE_KEY).then((material) =>
      createHash("sha256").update(`tyndau-answers-key\n${material}`).digest(),
    );
    keys.set(db, key);
    key.catch(() => keys.delete(db));
  }
  return key;
}
