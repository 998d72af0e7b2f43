// Server actions refuse oversized and cross-site posts with a plain 4xx, never a 500:
//   - a body over the 1 MB limit answers 413 (Next.js itself throws an ApiError(413)
//     deep in the action handler, which its renderer turns into a 500);
//   - a foreign Origin answers 403 (Next.js answers its CSRF refusal with 500).
// proxy.ts refuses both before the action runs; on respondent pages (the no-JS
// questionnaire action) and on staff pages, posted as a browser without JavaScript
// does and as the page's own JavaScript does (Next-Action header). The server's
// output carries no stack trace for any of them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff } from "@/lib/auth/accounts";
import { SESSION_COOKIE } from "@/lib/auth/config";
import { createDb } from "@/lib/db/client";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";
import { startServer, type TestServer } from "./support/server";
import { cookiePair, formFields, parseForms, postForm, signInForm } from "./support/staff-forms";

const OWNER = "owner@actions.test";
const PASSWORD = "abuse-actions-passphrase-1";
const OVER_LIMIT = "x".repeat(1_200_000);

/** The action id of a form: a plain action ($ACTION_ID_…) or a bound one behind useActionState ($ACTION_n:0). */
function actionId(hidden: [string, string][]): string {
  const plain = hidden.find(([name]) => name.startsWith("$ACTION_ID_"));
  if (plain) return plain[0].slice("$ACTION_ID_".length);
  const bound = hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name));
  if (bound) return (JSON.parse(bound[1]) as { id: string }).id;
  // The respondent pages post to their own address, not to an action; a post carrying a
  // Next-Action header (what a script calling an action sends) is still refused by proxy.ts
  // before anything reads it, whatever the id.
  if (hidden.some(([name]) => name === "_view")) return "0".repeat(42);
  throw new Error(`no action id in ${JSON.stringify(hidden.map(([n]) => n))}`);
}

/** A call as the page's JavaScript makes it (Next-Action header, multipart body). */
async function callAction(base: string, path: string, id: string, fields: [string, string][], headers: Record<string, string> = {}): Promise<number> {
  const body = new FormData();
  body.append("0", JSON.stringify(["$K1"]));
  for (const [name, value] of fields) body.append(`1_${name}`, value);
  const r = await fetch(`${base}${path}`, { method: "POST", body, headers: { origin: base, accept: "text/x-component", "next-action": id, ...headers }, redirect: "manual" });
  await r.text();
  return r.status;
}

describe("server actions: oversized bodies get 413, foreign origins 403", () => {
  let database: TestDatabase;
  let server: TestServer;
  let owner = "";
  const forms: Record<string, { path: string; hidden: [string, string][]; cookie: string }> = {};

  beforeAll(async () => {
    database = await createSqliteDatabase();
    const handle = createDb(database.target);
    await handle.ready;
    const created = await createStaff(handle.db, { email: OWNER, password: PASSWORD, role: "admin", locale: "en" }, { actor: null, via: "cli" });
    if (!created.ok) throw new Error(created.problem);
    await handle.db.$disconnect();
    server = await startServer({ databaseUrl: database.url });
    const screening = await (await fetch(`${server.url}/en/screening`)).text();
    const respondentForm = parseForms(screening).find((f) => f.hidden.some(([n]) => n === "_view"));
    if (!respondentForm) throw new Error("no respondent form on /en/screening");
    forms.respondent = { path: "/en/screening", hidden: respondentForm.hidden, cookie: "" };
    forms["staff sign-in"] = { path: "/admin/sign-in", hidden: await formFields(server.url, "/admin/sign-in", 'name="email"'), cookie: "" };
    const signed = await signInForm(server.url, forms["staff sign-in"].hidden, OWNER, PASSWORD);
    expect(signed.outcome).toBe("signed-in");
    owner = cookiePair(signed.posted.setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`))!);
    forms["staff survey control"] = { path: "/admin/survey", hidden: await formFields(server.url, "/admin/survey", 'name="status"', owner), cookie: owner };
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const cases = ["respondent", "staff sign-in", "staff survey control"] as const;

  it.each(cases)("%s: a body over 1 MB answers 413, without and with JavaScript", async (name) => {
    const form = forms[name]!;
    const before = server.output().length;
    const noJs = await postForm(server.url, form.path, [...form.hidden, ["huge", OVER_LIMIT]], form.cookie ? { cookie: form.cookie } : {});
    const js = await callAction(server.url, form.path, actionId(form.hidden), [["huge", OVER_LIMIT]], form.cookie ? { cookie: form.cookie } : {});
    expect({ noJs: noJs.status, js }).toEqual({ noJs: 413, js: 413 });
    await new Promise((r) => setTimeout(r, 300));
    expect(server.output().slice(before)).not.toMatch(/⨯|at .*\(|Error:/);
  });

  it.each(cases)("%s: a foreign Origin answers 403, without and with JavaScript", async (name) => {
    const form = forms[name]!;
    const before = server.output().length;
    for (const origin of ["https://evil.test", "null"]) {
      const headers = { origin, ...(form.cookie ? { cookie: form.cookie } : {}) };
      const noJs = await postForm(server.url, form.path, [...form.hidden, ["status", "closed"]], headers);
      const js = await callAction(server.url, form.path, actionId(form.hidden), [["status", "closed"]], headers);
      expect({ origin, noJs: noJs.status, js }).toEqual({ origin, noJs: 403, js: 403 });
    }
    // A forged X-Forwarded-Host matching the foreign origin (Next.js's own check would accept it) changes nothing.
    const forged = await callAction(server.url, form.path, actionId(form.hidden), [["status", "closed"]], { origin: "https://evil.test", "x-forwarded-host": "evil.test", ...(form.cookie ? { cookie: form.cookie } : {}) });
    expect(forged).toBe(403);
    await new Promise((r) => setTimeout(r, 300));
    expect(server.output().slice(before)).not.toMatch(/⨯|at .*\(|Error:/);
  });

  it("same-origin posts within the limit still work, and the survey was never closed", async () => {
    const respondent = forms.respondent!;
    const posted = await postForm(server.url, respondent.path, respondent.hidden);
    expect(posted.status).toBeLessThan(400);
    const page = await (await fetch(`${server.url}/admin/survey`, { headers: { cookie: owner } })).text();
    expect(page).toContain('name="status" value="closed"');
  });
});
