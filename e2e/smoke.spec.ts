import { expect, test } from "@playwright/test";

test("the landing page renders in the production build", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.ok()).toBe(true);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tyndau");
  await expect(page.locator("html")).toHaveAttribute("lang", /^(kk|ru|en)$/);
});

test("the health check reports the database it runs on", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "sqlite" });
});
