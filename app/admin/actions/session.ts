"use server";
// Sign-in, sign-out and the interface language switch. Sign-in and the language switch
// are the only public actions (tests/authz lists them); both still check Origin.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { isSameOrigin } from "@/lib/http/origin";
import { clientAddress } from "@/lib/http/client-address";
import { clearedSessionCookieOptions, isHttpsRequest, sessionCookieName, sessionCookieOptions, sessionTokenFrom } from "@/lib/auth/cookie";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from "@/lib/auth/config";
import { DEVICE_COOKIE, deviceCookieFrom, deviceCookieName, deviceCookieOptions, SECURE_DEVICE_COOKIE } from "@/lib/auth/device-cookie";
import { currentStaff, requireStaffAction, SIGN_IN_PATH } from "@/lib/auth/guard";
import { setStaffLocale } from "@/lib/auth/accounts";
import { signIn, signOut } from "@/lib/auth/sign-in";
import { staffHome } from "@/lib/auth/roles";
import { parseStaffLocale, STAFF_UI_COOKIE } from "@/lib/i18n/staff";

export type SignInState = { error?: "invalid" | "blocked"; retryAfterMinutes?: number; email?: string };

const UI_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const requestHeaders = await headers();
  const email = String(form.get("email") ?? "").slice(0, 254);
  const password = String(form.get("password") ?? "").slice(0, 1024);
  if (!isSameOrigin(requestHeaders)) return { error: "invalid", email };
  const db = await getDb();
  const jar = await cookies();
  const deviceCookie = deviceCookieFrom((name) => jar.get(name)?.value);
  const result = await signIn(db, { email, password, address: clientAddress(requestHeaders), deviceCookie });
  if (!result.ok) {
    return result.reason === "blocked"
      ? { error: "blocked", retryAfterMinutes: Math.ceil(result.retryAfterSeconds / 60), email }
      : { error: "invalid", email };
  }
  const secure = isHttpsRequest(requestHeaders);
  // Drop a cookie of the other flavour so exactly one session cookie remains.
  const other = secure ? SESSION_COOKIE : SECURE_SESSION_COOKIE;
  if (jar.has(other)) jar.set(other, "", clearedSessionCookieOptions(other));
  jar.set(sessionCookieName(secure), result.token, sessionCookieOptions(secure));
  // This browser is now a known device for the account (lib/auth/device-cookie.ts).
  const otherDevice = secure ? DEVICE_COOKIE : SECURE_DEVICE_COOKIE;
  if (jar.has(otherDevice)) jar.set(otherDevice, "", { ...deviceCookieOptions(!secure), maxAge: 0 });
  jar.set(deviceCookieName(secure), result.deviceCookie, deviceCookieOptions(secure));
  // The language the sign-in page was shown in (chosen with the switch or negotiated from
  // the browser) stays: the account's stored language is used only when there is none.
  const shown = parseStaffLocale(String(form.get("ui") ?? "")) ?? parseStaffLocale(jar.get(STAFF_UI_COOKIE)?.value);
  jar.set(STAFF_UI_COOKIE, shown ?? result.staff.locale, { httpOnly: true, sameSite: "strict", secure, path: "/admin", maxAge: UI_COOKIE_MAX_AGE });
  redirect(staffHome(result.staff.role));
}

export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  const token = sessionTokenFrom((name) => jar.get(name)?.value);
  try {
    // Any role, the viewer included: otherwise a viewer's session would outlive signing out.
    await requireStaffAction("viewer");
    await signOut(await getDb(), token);
  } catch {
    // Already signed out or expired: clearing the cookie below is all there is to do.
  }
  // Deleted with the attributes they were set with (Secure for the `__Host-` one), or browsers keep them.
  for (const name of [SESSION_COOKIE, SECURE_SESSION_COOKIE]) jar.set(name, "", clearedSessionCookieOptions(name));
  redirect(`${SIGN_IN_PATH}?signed-out=1`);
}

export async function setUiLocaleAction(form: FormData): Promise<void> {
  const requestHeaders = await headers();
  const locale = parseStaffLocale(String(form.get("locale") ?? ""));
  const back = String(form.get("back") ?? "/admin");
  const target = back.startsWith("/admin") && !back.startsWith("//") ? back : "/admin";
  if (!locale || !isSameOrigin(requestHeaders)) redirect(target);
  const secure = isHttpsRequest(requestHeaders);
  (await cookies()).set(STAFF_UI_COOKIE, locale, { httpOnly: true, sameSite: "strict", secure, path: "/admin", maxAge: UI_COOKIE_MAX_AGE });
  const staff = await currentStaff();
  if (staff) await setStaffLocale(await getDb(), staff.id, locale);
  redirect(target);
}
