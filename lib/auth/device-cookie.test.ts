// Device cookies (docs/hardening.md): only a cookie we signed, for the account named, and
// not older than DEVICE_COOKIE_DAYS makes a sign-in a "known device".
import { describe, expect, it } from "vitest";
import { DEVICE_COOKIE_DAYS, deviceCookieOptions, deviceIsFor, signDeviceCookie, verifyDeviceCookie } from "./device-cookie";

const KEY = "k".repeat(32);
const OTHER_KEY = "o".repeat(32);
const T0 = Date.parse("2031-05-01T10:00:00Z");
const DAY = 86_400_000;

describe("device cookies", () => {
  it("a cookie we issued verifies and names its account, with no time finer than the day", () => {
    const value = signDeviceCookie(KEY, "acct1", T0);
    const device = verifyDeviceCookie(KEY, value, T0 + 60_000);
    expect(device).not.toBeNull();
    expect(device && deviceIsFor(device, "acct1")).toBe(true);
    expect(device?.issuedDay).toBe(Math.floor(T0 / DAY));
    // Same account, same day, another instant of it: the same visible fields but the nonce.
    const later = signDeviceCookie(KEY, "acct1", T0 + 5 * 3_600_000).split(".");
    expect(later.slice(0, 3)).toEqual(value.split(".").slice(0, 3));
    expect(later[3]).not.toBe(value.split(".")[3]);
  });

  it("forged, tampered, truncated or signed with another key: not a known device", () => {
    const value = signDeviceCookie(KEY, "acct1", T0);
    const [v, account, day, nonce, mac] = value.split(".") as [string, string, string, string, string];
    const flipped = mac.slice(0, -2) + (mac.at(-2) === "A" ? "B" : "A") + mac.at(-1);
    for (const forged of [
      [v, "acct2", day, nonce, mac].join("."), // another account, same signature
      [v, account, String(Number(day) + 30), nonce, mac].join("."), // a later issue day
      [v, account, day, "A".repeat(22), mac].join("."), // another nonce
      [v, account, day, nonce, flipped].join("."),
      [v, account, day, nonce].join("."),
      value.slice(0, -1),
      "",
      "d1....",
      signDeviceCookie(OTHER_KEY, "acct1", T0),
    ]) {
      expect(verifyDeviceCookie(KEY, forged, T0)).toBeNull();
    }
    expect(verifyDeviceCookie(KEY, undefined, T0)).toBeNull();
  });

  it("expires after DEVICE_COOKIE_DAYS, counted in days on the clock", () => {
    const value = signDeviceCookie(KEY, "acct1", T0);
    expect(verifyDeviceCookie(KEY, value, T0 + (DEVICE_COOKIE_DAYS - 1) * DAY)).not.toBeNull();
    expect(verifyDeviceCookie(KEY, value, T0 + DEVICE_COOKIE_DAYS * DAY)).toBeNull();
    // A cookie dated ahead of the clock was not issued by us.
    expect(verifyDeviceCookie(KEY, value, T0 - 3 * DAY)).toBeNull();
  });

  it("a cookie of one account replayed for another is not a known device of that other", () => {
    const device = verifyDeviceCookie(KEY, signDeviceCookie(KEY, "acct1", T0), T0);
    expect(device).not.toBeNull();
    expect(deviceIsFor(device!, "acct2")).toBe(false);
    expect(deviceIsFor(device!, "acct")).toBe(false);
  });

  it("is httpOnly, SameSite=Strict, scoped to /admin, long-lived, Secure over https", () => {
    expect(deviceCookieOptions(true)).toEqual({ httpOnly: true, sameSite: "strict", secure: true, path: "/admin", maxAge: DEVICE_COOKIE_DAYS * 86_400 });
    expect(deviceCookieOptions(false).secure).toBe(false);
  });
});
