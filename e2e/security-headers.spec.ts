// Every respondent and staff page carries a strict CSP (nonce-based scripts, no
// eval, no inline scripts, no framing) and the other security headers; API
// answers carry them too. And the strict CSP must not break the pages.
import { expect, test, type APIResponse } from "@playwright/test";

const PAGES = ["/en", "/kk", "/ru", "/admin/sign-in"];

function expectCommonHeaders(response: APIResponse) {
  const h = response.headers();
  expect(h["referrer-policy"]).toBe("no-referrer");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-powered-by"]).toBeUndefined();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
}

for (const path of PAGES) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBeLessThan(400);
    expectCommonHeaders(response);
    const csp = response.headers()["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(scriptSrc).not.toContain("unsafe-inline");
    // A fresh nonce per request.
    const again = (await request.get(path)).headers()["content-security-policy"];
    expect(again).not.toBe(csp);
  });
}

test("API responses carry the security headers", async ({ request }) => {
  const response = await request.get("/api/health");
  expectCommonHeaders(response);
  expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("pages work under the strict CSP (no violations, scripts run)", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(violations).toEqual([]);
});
