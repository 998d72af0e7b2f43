// Authorization over real HTTP against the production server: every admin page and
// route handler found on disk (tests/authz/inventory.ts) refuses an anonymous request,
// and an analyst where admin is required; state-changing routes refuse a foreign Origin.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { roleSatisfies } from "@/lib/auth/roles";
import { STAFF_MESSAGES } from "@/lib/i18n/staff";

// The refusal page's title in whichever language the analyst's interface uses.
const FORBIDDEN_TITLES = new RegExp(`^(${Object.values(STAFF_MESSAGES).map((m) => m.forbidden.title).join("|")})$`);
import { PAGE_ROLES, ROUTE_ROLES, adminPages, adminRouteHandlers, fillParams } from "@/tests/authz/inventory";
import { signIn } from "./support/staff";

const ADMIN = { email: "admin@tyndau.test", password: "e2e-admin-password-0001" };
const ANALYST = { email: `analyst-${Date.now()}@tyndau.test`, password: "analyst-passphrase-e2e" };

async function call(request: APIRequestContext, method: string, url: string, origin?: string) {
  return request.fetch(url, {
    method,
    headers: { "content-type": "application/json", ...(origin ? { origin } : {}) },
    ...(method === "GET" || method === "HEAD" ? {} : { data: "{}" }),
    maxRedirects: 0,
  });
}

const pages = adminPages().filter((p) => PAGE_ROLES[p.route] !== "public");
const routes = adminRouteHandlers().flatMap((r) => r.methods.map((method) => ({ method, route: r.route, role: ROUTE_ROLES[`${method} ${r.route}`] })));

test("anonymous requests are refused by every admin page and route handler", async ({ page, baseURL }) => {
  for (const p of pages) {
    await page.goto(fillParams(p.route));
    await expect(page, `${p.route} must redirect to sign-in`).toHaveURL(/\/admin\/sign-in$/);
  }
  for (const r of routes) {
    const response = await call(page.request, r.method, fillParams(r.route), baseURL);
    expect(response.status(), `${r.method} ${r.route}`).toBe(401);
  }
});

test("an analyst is refused wherever admin is required, and allowed elsewhere", async ({ browser, baseURL }) => {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ADMIN);
  await admin.goto("/admin/staff");
  // The language switch is a server action that re-renders the page: fill the form only
  // once that re-render has landed, or it may wipe what was typed (and the browser then
  // refuses to submit the empty required fields).
  const switched = admin.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/admin/staff");
  await admin.getByRole("button", { name: /English/ }).first().click();
  await switched;
  await admin.waitForLoadState("networkidle");
  await expect(admin.locator("html")).toHaveAttribute("lang", "en");
  await admin.getByLabel("Email", { exact: true }).fill(ANALYST.email);
  await admin.getByLabel("Initial password").fill(ANALYST.password);
  await admin.getByLabel("Role", { exact: true }).selectOption("analyst");
  await expect(admin.getByLabel("Email", { exact: true })).toHaveValue(ANALYST.email);
  await admin.getByRole("button", { name: "Add the account" }).click();
  await expect(admin.getByRole("status")).toHaveText("The account was created.");

  const analystContext = await browser.newContext();
  const analyst = await analystContext.newPage();
  await signIn(analyst, ANALYST);
  for (const p of pages) {
    const response = await analyst.goto(fillParams(p.route));
    if (PAGE_ROLES[p.route] === "admin") {
      // next.config.ts enables authInterrupts: the guard's forbidden() answers a
      // real 403 at the same address, with the refusal page.
      expect(response?.status(), `${p.route} must refuse an analyst with 403`).toBe(403);
      await expect(analyst.getByRole("heading", { level: 1 }), p.route).toHaveText(FORBIDDEN_TITLES);
    } else {
      expect(response?.status(), p.route).toBe(200);
      await expect(analyst).toHaveURL(new RegExp(`${fillParams(p.route).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    }
  }
  for (const r of routes) {
    const response = await call(analyst.request, r.method, fillParams(r.route), baseURL);
    if (r.role !== undefined && r.role !== "public" && !roleSatisfies("analyst", r.role)) expect(response.status(), `${r.method} ${r.route}`).toBe(403);
    else expect(response.status(), `${r.method} ${r.route}`).not.toBe(401);
  }
  // State-changing routes refuse a foreign Origin, even from an admin.
  for (const r of routes.filter((x) => x.method !== "GET" && x.method !== "HEAD")) {
    const response = await call(admin.request, r.method, fillParams(r.route), "https://evil.example");
    expect(response.status(), `${r.method} ${r.route} cross-origin`).toBe(403);
  }

  // Clean up: the analyst account is disabled again (the database is shared).
  await admin.goto("/admin/staff");
  await admin.getByRole("button", { name: `Disable: ${ANALYST.email}` }).click();
  await expect(admin.getByRole("status")).toHaveText("The account was disabled and signed out.");
  expect((await analyst.request.get("/api/admin/me")).status()).toBe(401);
  await adminContext.close();
  await analystContext.close();
});
