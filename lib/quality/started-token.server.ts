// The completion-time band without keeping the time (docs/decisions/016-quality-and-exclusions.md).
// The first question page carries a token, sealed with AES-256-GCM under a server key,
// that holds the instant the page was served and a random nonce; the server keeps
// nothing when it issues one. The submission brings the token back, the server opens it,
// turns "now − start" into one of four bands and stores only the band. The token is
// authenticated (a changed or made-up token opens to nothing) and single-use: its nonce
// is spent when a band is computed, so one token yields at most one band. Spent nonces
// are kept with the day the token was issued only, and dropped once such a token would
// have expired anyway; they are never linked to a response.
import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { nowMs } from "@/lib/clock";
import { getDb, type Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { settingSecret } from "@/lib/db/setting-secret";
import { COMPLETION_BANDS, type CompletionBand } from "./rules";

const VERSION = "s1";
const KEY_SETTING = "quality.start-token-key";
const DAY_MS = 86_400_000;
/** A token older than this gives no band (a draft left for a week says nothing about speed). */
export const START_TOKEN_MAX_DAYS = 7;
/** Clock differences between instances the server tolerates for a start "in the future". */
const FUTURE_TOLERANCE_MS = 60_000;

export interface StartedToken {
  nonce: string;
  startedMs: number;
}

function aesKey(secret: string): Buffer {
  return createHash("sha256").update(`tyndau-start-token\n${secret}`).digest();
}

/** A fresh sealed token for a start at `nowMs`. */
export function sealStartedToken(secret: string, nowMs: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", aesKey(secret), iv);
  cipher.setAAD(Buffer.from(VERSION));
  const payload = JSON.stringify({ n: randomBytes(16).toString("base64url"), s: Math.floor(nowMs) });
  const sealed = Buffer.concat([cipher.update(payload, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${iv.toString("base64url")}.${sealed.toString("base64url")}`;
}

/** The token's content when it was sealed with this key and is intact; null otherwise. */
export function openStartedToken(secret: string, token: unknown): StartedToken | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== VERSION) return null;
  const iv = Buffer.from(parts[1] ?? "", "base64url");
  const sealed = Buffer.from(parts[2] ?? "", "base64url");
  if (iv.length !== 12 || sealed.length <= 16) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", aesKey(secret), iv);
    decipher.setAAD(Buffer.from(VERSION));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    const plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString("utf8");
    const parsed = JSON.parse(plain) as { n?: unknown; s?: unknown };
    if (typeof parsed.n !== "string" || !/^[A-Za-z0-9_-]{22}$/.test(parsed.n)) return null;
    if (typeof parsed.s !== "number" || !Number.isSafeInteger(parsed.s)) return null;
    return { nonce: parsed.n, startedMs: parsed.s };
  } catch {
    return null;
  }
}

/** The band of an elapsed time, or null when the time cannot be a completion time. */
export function bandOf(elapsedMs: number): CompletionBand | null {
  if (elapsedMs < -FUTURE_TOLERANCE_MS || elapsedMs > START_TOKEN_MAX_DAYS * DAY_MS) return null;
  const minutes = Math.max(0, elapsedMs) / 60_000;
  let band: CompletionBand = COMPLETION_BANDS[0].code;
  for (const b of COMPLETION_BANDS) if (minutes >= b.fromMinutes) band = b.code;
  return band;
}

// --- the key ------------------------------------------------------------------------

/** The sealing key (read once per database handle and process). */
export function startTokenKey(db: Db): Promise<string> {
  return settingSecret(db, KEY_SETTING, env().START_TOKEN_KEY);
}

// --- issuing and spending -------------------------------------------------------------

export async function issueStartedToken(db: Db, atMs: number): Promise<string> {
  return sealStartedToken(await startTokenKey(db), atMs);
}

/** The token a first question page carries (the respondent pages' one call). */
export async function startedTokenForPage(): Promise<string> {
  return issueStartedToken(await getDb(), nowMs());
}

/**
 * The band a submission's token yields, spending its nonce; null for a missing, forged,
 * expired or already spent token (the submission is stored all the same, band unknown).
 */
export async function spendStartedToken(db: Db, token: unknown, atMs: number): Promise<CompletionBand | null> {
  if (token === undefined || token === "") return null;
  const opened = openStartedToken(await startTokenKey(db), token);
  if (!opened) return null;
  const band = bandOf(atMs - opened.startedMs);
  if (band === null) return null;
  const issuedDay = Math.floor(opened.startedMs / DAY_MS);
  try {
    await db.spentStartToken.create({ data: { nonce: opened.nonce, issuedDay } });
  } catch {
    return null; // spent before: a replay yields nothing
  }
  // Tokens issued before this day have expired: their nonces need not be kept.
  await db.spentStartToken.deleteMany({ where: { issuedDay: { lt: Math.floor(atMs / DAY_MS) - START_TOKEN_MAX_DAYS - 1 } } });
  return band;
}
