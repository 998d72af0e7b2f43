// Posting the staff pages' server-action forms the way a browser without JavaScript
// does (hidden action fields + the visible fields), for the abuse tests.
import { SESSION_COOKIE, SECURE_SESSION_COOKIE } from "@/lib/auth/config";
import { STAFF_MESSAGES, STAFF_UI_COOKIE } from "@/lib/i18n/staff";

export const en = STAFF_MESSAGES.en;

export type Form = { html: string; hidden: [string, string][] };

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

export function parseForms(html: string): Form[] {
  return [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].map((m) => ({
    html: m[0],
    hidden: [...m[1]!.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((h) => [h[1]!, unescape(h[2] ?? "")] as [string, string]),
  }));
}

/** The hidden fields of the first form on the page whose markup contains `marker`. */
export async function formFields(base: string, path: string, marker: string, cookie = ""): Promise<[string, string][]> {
  const html = await (await fetch(`${base}${path}`, { headers: { cookie: `${STAFF_UI_COOKIE}=en; ${cookie}` } })).text();
  const form = parseForms(html).find((f) => f.html.includes(marker));
  if (!form || form.hidden.length === 0) throw new Error(`no form with ${marker} on ${path}`);
  return form.hidden;
}

export type Posted = { status: number; text: string; setCookies: string[]; location: string | null; retryAfter: string | null };

export async function postForm(base: string, path: string, fields: [string, string][], headers: Record<string, string> = {}): Promise<Posted> {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  const r = await fetch(`${base}${path}`, { method: "POST", body, headers: { origin: base, ...headers }, redirect: "manual" });
  return { status: r.status, text: await r.text(), setCookies: r.headers.getSetCookie(), location: r.headers.get("location"), retryAfter: r.headers.get("retry-after") };
}

export type SignInOutcome = "signed-in" | "invalid" | "blocked" | "429" | `other ${number}`;

export function signInOutcome(p: Posted): SignInOutcome {
  if (p.status === 429) return "429";
  if (p.status === 303 && p.setCookies.some((c) => c.startsWith(`${SESSION_COOKIE}=`) || c.startsWith(`${SECURE_SESSION_COOKIE}=`))) return "signed-in";
  // The messages also travel in the page's serialized props: look for the rendered one.
  if (p.status === 200 && p.text.includes(`<p>${en.signIn.blocked.split("{minutes}")[0]!.slice(0, 30)}`)) return "blocked";
  if (p.status === 200 && p.text.includes(`<p>${en.signIn.invalid}`)) return "invalid";
  return `other ${p.status}`;
}

/** Signs in through the no-JS form; `hidden` comes from formFields(…, "/admin/sign-in", 'name="email"'). */
export async function signInForm(
  base: string,
  hidden: [string, string][],
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<{ outcome: SignInOutcome; posted: Posted }> {
  const posted = await postForm(base, "/admin/sign-in", [...hidden, ["email", email], ["password", password]], { cookie: `${STAFF_UI_COOKIE}=en`, ...headers });
  return { outcome: signInOutcome(posted), posted };
}

/**
 * Calls a server action the way the page's JavaScript does (Next-Action header,
 * multipart body), which is answered with the action's own status.
 */
export async function callAction(base: string, path: string, hidden: [string, string][], fields: [string, string][], headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const idField = hidden.find(([name]) => name.startsWith("$ACTION_ID_"));
  if (!idField) throw new Error("no $ACTION_ID_ field");
  // React's encodeReply of one FormData argument: the argument list refers to form 1,
  // whose fields are sent with the prefix "1_".
  const body = new FormData();
  body.append("0", JSON.stringify(["$K1"]));
  for (const [name, value] of fields) body.append(`1_${name}`, value);
  const r = await fetch(`${base}${path}`, {
    method: "POST",
    body,
    headers: { origin: base, accept: "text/x-component", "next-action": idField[0].slice("$ACTION_ID_".length), ...headers },
    redirect: "manual",
  });
  return { status: r.status, text: await r.text() };
}

/** "name=value" for a Cookie header, from a Set-Cookie line. */
export const cookiePair = (setCookie: string) => setCookie.split(";")[0]!;
