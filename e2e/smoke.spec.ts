import { expect, test } from "@playwright/test";

test.describe("with a Russian-speaking browser", () => {
  test.use({ locale: "ru-RU" });

  test("the landing page sends the visitor to the survey in their language", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.ok()).toBe(true);
  await expect(page).toHaveURL(/\/ru$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "Қазақша" })).toHaveAttribute("href", "/kk");
  });
});

test("the health check reports the database it runs on", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "sqlite" });
});
