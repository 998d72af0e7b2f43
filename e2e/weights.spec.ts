// Weighting in the browser, without JavaScript-only steps: an admin uploads population
// margins, sees convergence and the effective sample size, and the results page offers
// weighted percentages that meet the margin.
import { expect, test } from "@playwright/test";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire";
import { questionnaire, questionnaireVersion } from "./support/driver";
import { signIn } from "./support/staff";

const ADMIN = { email: "admin@tyndau.test", password: "e2e-admin-password-0001" };

test("an admin uploads margins, the weights converge, and the results show weighted percentages", async ({ page, request }) => {
  test.setTimeout(180_000);
  const rng = mulberry32(4242);
  // Ten men and five women (every group at least the minimum of 5); the population is half and half.
  for (let i = 0; i < 15; i++) {
    const answers = generateValidAnswers(questionnaire, rng, { Q1: i < 10 ? 1 : 2 }, { textLocale: "ru", openRate: 0 });
    expect((await request.post("/api/responses", { data: { id: crypto.randomUUID(), questionnaireVersion, locale: "ru", answers } })).status()).toBe(201);
  }
  await signIn(page, ADMIN);
  const switched = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/admin");
  await page.getByRole("button", { name: /English/ }).first().click();
  await switched;
  await page.waitForLoadState("networkidle");

  await page.goto("/admin/weights");
  await expect(page.getByText("No weights yet")).toBeVisible();
  await page.getByLabel("CSV file (variable,code,share)").setInputFiles({ name: "margins.csv", mimeType: "text/csv", buffer: Buffer.from("variable,code,share\nQ1,1,0.5\nQ1,2,0.5\n") });
  await page.getByRole("button", { name: "Compute weights" }).click();
  await expect(page.getByRole("status")).toHaveText("Weights computed.");
  await expect(page.locator(".weights-convergence")).toContainText("Converged after");
  await expect(page.locator(".weights-effective-n")).toContainText("Effective sample size (Kish)");
  // The margin is met: both genders weigh 50 %.
  const margin = page.getByRole("region", { name: "Margins: Q1" });
  const male = margin.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "1 Male", exact: true }) });
  await expect(male.getByRole("cell").nth(2)).toHaveText(/^50(\.0)? ?%$/);

  await page.goto("/admin/results");
  await page.getByRole("link", { name: "Show weighted percentages" }).click();
  await expect(page.getByRole("region", { name: "Weighted % of Q1", exact: true }).first()).toBeVisible();
  await expect(page.getByText(/weighted answers, effective sample size \(Kish\)/).first()).toBeVisible();
});
