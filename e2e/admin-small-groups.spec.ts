// The minimum group size and the viewer role over real HTTP: a respondent who is the only
// one of their region, gender and age group is submitted; a viewer and an analyst filter
// the dashboard to that group and see "fewer than 5", never a figure or the answer; the
// viewer is refused the exports and the open answers.
import { expect, test, type Page } from "@playwright/test";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire";
import { questionnaire, questionnaireVersion } from "./support/driver";
import { signIn } from "./support/staff";

const ADMIN = { email: "admin@tyndau.test", password: "e2e-admin-password-0001" };
const stamp = Date.now();
const VIEWER = { email: `viewer-${stamp}@tyndau.test`, password: "viewer-passphrase-e2e" };
const ANALYST = { email: `groups-analyst-${stamp}@tyndau.test`, password: "analyst-passphrase-e2e" };
/** Region 21, gender "prefer not to say" (98), age group 6: only the one response below. */
const LONE = { Q4: 21, Q1: 98, Q2: 6 };
const LONE_QUERY = "region=21&gender=98&age=6";
const LONE_TEXT = `Only-one-here foundation ${stamp}`;

async function addAccount(admin: Page, who: { email: string; password: string }, role: "viewer" | "analyst"): Promise<void> {
  await admin.goto("/admin/staff");
  await admin.getByLabel("Email", { exact: true }).fill(who.email);
  await admin.getByLabel("Initial password").fill(who.password);
  await admin.getByLabel("Role", { exact: true }).selectOption(role);
  await admin.locator("#new-locale").selectOption("en");
  await expect(admin.getByLabel("Email", { exact: true })).toHaveValue(who.email);
  await admin.getByRole("button", { name: "Add the account" }).click();
  await expect(admin.getByRole("status")).toHaveText("The account was created.");
}

test("a group of one shows “fewer than 5” to a viewer and an analyst; the viewer gets no exports or open answers", async ({ browser, request }) => {
  // Two accounts, two sign-ins and a dozen pages on a shared, loaded machine.
  test.setTimeout(240_000);
  // Six ordinary responses and the lone one, through the respondents' API.
  const rng = mulberry32(stamp % 100_000);
  for (let i = 0; i < 6; i++) {
    const answers = generateValidAnswers(questionnaire, rng, { Q4: 1, Q1: 1, Q2: 1 }, { textLocale: "en" });
    expect((await request.post("/api/responses", { data: { id: crypto.randomUUID(), questionnaireVersion, locale: "en", answers } })).status()).toBe(201);
  }
  const lone = { ...generateValidAnswers(questionnaire, rng, LONE, { textLocale: "en", openRate: 0 }), Q22: LONE_TEXT };
  expect((await request.post("/api/responses", { data: { id: crypto.randomUUID(), questionnaireVersion, locale: "en", answers: lone } })).status()).toBe(201);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ADMIN);
  // The staff page in English, so the labels below are known.
  const switched = admin.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/admin");
  await admin.getByRole("button", { name: /English/ }).first().click();
  await switched;
  await admin.waitForLoadState("networkidle");
  await addAccount(admin, VIEWER, "viewer");
  await addAccount(admin, ANALYST, "analyst");

  for (const who of [VIEWER, ANALYST]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, who);
    for (const path of ["/admin/results", "/admin", "/admin/report", "/admin/crosstab"]) {
      await page.goto(`${path}?${LONE_QUERY}${path === "/admin/crosstab" ? "&row=Q9&col=Q10" : ""}`);
      await expect(page.locator("[data-withheld]"), `${who.email} ${path}`).toContainText("Fewer than 5 responses match these filters");
      await expect(page.locator("main")).not.toContainText(LONE_TEXT);
      // No card, chart or table of figures under the notice.
      await expect(page.locator("main figure, main table")).toHaveCount(0);
    }
    const chart = await page.request.get(`/api/admin/charts/Q9?ui=en&${LONE_QUERY}`);
    expect(chart.status()).toBe(403);
    expect(await chart.text()).not.toContain("<svg");
    const csv = await page.request.get(`/api/admin/crosstab.csv?row=Q9&col=Q10&ui=en&${LONE_QUERY}`);
    expect(csv.status()).toBe(403);

    if (who === VIEWER) {
      // Aggregates only: no exports, no open answers (a 403 with the refusal page / JSON).
      const exportPage = await page.goto("/admin/export");
      expect(exportPage?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not allowed");
      expect((await page.goto("/admin/open/Q22"))?.status()).toBe(403);
      for (const file of ["responses.csv", "responses.sav", "responses.xlsx", "responses-long.csv"]) {
        expect((await page.request.get(`/api/admin/export/${file}`)).status(), file).toBe(403);
      }
      await page.goto("/admin/results");
      await expect(page.getByRole("link", { name: "Export" })).toHaveCount(0);
      await expect(page.locator("main")).not.toContainText(LONE_TEXT);
    } else {
      await page.goto(`/admin/open/Q22?${LONE_QUERY}`);
      await expect(page.locator("[data-withheld]")).toContainText("Fewer than 5");
      await expect(page.locator("main")).not.toContainText(LONE_TEXT);
    }
    await context.close();
  }
  await adminContext.close();
});
