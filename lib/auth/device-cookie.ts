// Device cookies (OWASP "Slow Down Online Guessing Attacks with Device Cookies";
// docs/hardening.md): after a successful sign-in the browser gets a cookie signed with
// HMAC-SHA256 over the account id, a random nonce and the UTC day it was issued. A
// sign-in that presents a valid cookie for the account it names is a "known device":
// it is throttled per cookie (./throttle-device.ts) and hashed in a lane of its own
// (./throttle.ts), so a flood from elsewhere never refuses the owner on it.
//
// The cookie holds no time finer than a day and nothing about any respondent. Its key
// is DEVICE_COOKIE_KEY when set, else a random key kept in the Setting table so every
// instance agrees; replacing either one turns every known device back into an unknown
// one (docs/hardening.md, "rotating the key").
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { settingSecret } from "@/lib/db/setting-secret";

export const DEVICE_COOKIE = "tyndau_device";
/** `__Secure-` (not `__Host-`): the cookie is scoped to /admin, which `__Host-` forbids. */
export const SECURE_DEVICE_COOKIE = "__Secure-tyndau_device";
export const DEVICE_COOKIE_DAYS = 180;

const DAY_MS = 86_400_000;
const VERSION = "d1";
const KEY_SETTING = "auth.device-cookie-key";

export type DeviceCookie = { accountId: string; nonce: string; issuedDay: number };

const dayOf = (ms: number) => Math.floor(ms / DAY_MS);

function mac(key: string, accountId: string, issuedDay: number, nonce: string): Buffer {
  return createHmac("sha256", key).update(`tyndau-device\n${VERSION}\n${accountId}\n${issuedDay}\n${nonce}`).digest();
}

/** A fresh cookie value for this account (a new nonce every time). */
export function signDeviceCookie(key: string, accountId: string, nowMs: number): string {
  const nonce = randomBytes(16).toString("base64url");
  const day = dayOf(nowMs);
  return [VERSION, accountId, String(day), nonce, mac(key, accountId, day, nonce).toString("base64url")].join(".");
}

/**
 * The cookie's content when its signature is right and it has not expired; null for
 * anything else (forged, truncated, signed with another key, too old, from the future).
 */
export function verifyDeviceCookie(key: string, value: string | undefined, nowMs: number): DeviceCookie | null {
  if (!value || value.length > 256) return null;
  const parts = value.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION) return null;
  const [, accountId, dayText, nonce, signature] = parts as [string, string, string, string, string];
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(accountId) || !/^\d{1,7}$/.test(dayText) || !/^[A-Za-z0-9_-]{22}$/.test(nonce)) return null;
  const given = Buffer.from(signature, "base64url");
  const issuedDay = Number(dayText);
  const expected = mac(key, accountId, issuedDay, nonce);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const today = dayOf(nowMs);
  if (issuedDay > today + 1 || today - issuedDay >= DEVICE_COOKIE_DAYS) return null;
  return { accountId, nonce, issuedDay };
}

/** Whether the cookie was issued to this account, compared in constant time. */
export function deviceIsFor(device: DeviceCookie, accountId: string): boolean {
  const a = createHash("sha256").update(device.accountId).digest();
  const b = createHash("sha256").update(accountId).digest();
  return timingSafeEqual(a, b);
}

// --- the key ------------------------------------------------------------------------

/** The signing key (read once per database handle and process). */
export function deviceCookieKey(db: Db): Promise<string> {
  return settingSecret(db, KEY_SETTING, env().DEVICE_COOKIE_KEY);
}

// --- the cookie's attributes ---------------------------------------------------------

export function deviceCookieName(secure: boolean): string {
  return secure ? SECURE_DEVICE_COOKIE : DEVICE_COOKIE;
}

export function deviceCookieOptions(secure: boolean): { httpOnly: true; sameSite: "strict"; secure: boolean; path: "/admin"; maxAge: number } {
  return { httpOnly: true, sameSite: "strict", secure, path: "/admin", maxAge: DEVICE_COOKIE_DAYS * 86_400 };
}

/** The device cookie from whichever flavour the browser sent (the secure one wins). */
export function deviceCookieFrom(get: (name: string) => string | undefined): string | undefined {
  return get(SECURE_DEVICE_COOKIE) ?? get(DEVICE_COOKIE);
}
