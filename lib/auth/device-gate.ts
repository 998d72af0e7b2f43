// What proxy.ts asks before answering a no-JS sign-in post with 429: does it carry a
// device cookie signed with our key (./device-cookie.ts)? Such posts go on to the
// action, which checks the cookie names the account and applies the known devices'
// own limits. Without any device cookie the database is not touched.
import { getDb } from "@/lib/db/client";
import { nowMs } from "@/lib/clock";
import { deviceCookieFrom, deviceCookieKey, verifyDeviceCookie } from "./device-cookie";

export async function isKnownDeviceRequest(get: (name: string) => string | undefined): Promise<boolean> {
  const value = deviceCookieFrom(get);
  if (!value) return false;
  try {
    return verifyDeviceCookie(await deviceCookieKey(await getDb()), value, nowMs()) !== null;
  } catch {
    return false;
  }
}
