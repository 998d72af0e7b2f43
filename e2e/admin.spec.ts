// The staff area end to end on the production build: sign in, read a chart, filter,
// see an open answer with markup shown as text, close the survey and see the respondent
// side closed, reopen it, sign out. The database is shared with other specs, so counts
// are compared with what was there before.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { generateValidAnswers, getItem, mulberry32, questionnaireVersion, questionnaire, validateSubmission, type Answers } from "@/lib/questionnaire";

const ADMIN = { email: "admin@tyndau.test", password: "e2e-admin-password-0001" };

async function signIn(page: Page, email = ADMIN.email, password = ADMIN.password): Promise<void> {
  await page.goto("/admin/sign-in");
  await page.getByRole("textbox", { name: /email|пошта|почта/i }).fill(email);
  await page.getByLabel(/^(Password|Пароль|Құпиясөз)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|Войти|Кіру)$/ }).click();
}

/** The interface in English, whatever the account's language. */
async function inEnglish(page: Page): Promise<void> {
  // A server action that re-renders the page: wait for it to land, so that nothing
  // typed afterwards is wiped by the re-render (the page may already be in English).
  const switched = page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined);
  await page.getByRole("button", { name: /English/ }).first().click();
  await switched;
  await page.waitForLoadState("networkidle");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

async function matching(page: Page): Promise<number> {
  const text = (await page.getByText(/responses match$/).textContent()) ?? "";
  return Number(text.replace(/[^0-9]/g, ""));
}

function payload(overrides: Answers, seed: number) {
  const answers = generateValidAnswers(questionnaire, mulberry32(seed), overrides, { textLocale: "en" });
  const valid = validateSubmission(questionnaire, answers, "en");
  if (!valid.ok) throw new Error("generated an invalid response");
  return { id: randomUUID(), questionnaireVersion, locale: "en", answers: valid.answers };
}

async function submit(page: Page, overrides: Answers, seed: number): Promise<void> {
  const response = await page.request.post("/api/responses", { data: payload(overrides, seed) });
  expect(response.status()).toBe(201);
}

/** The minimum group size the server runs with (MIN_GROUP_SIZE's default). */
const MIN_GROUP = 5;

function codesOf(variable: string): number[] {
  const item = getItem(questionnaire, variable).item;
  if (item.kind !== "single") throw new Error(`${variable} is not a single choice`);
  return item.options.map((o) => o.code);
}

/**
 * Staff views show figures only for groups of MIN_GROUP or more (docs/anonymity.md), and
 * the database is shared with other specs, which leave groups of one or two. So the specs
 * that read figures first put MIN_GROUP responses in every Q1 × Q9 cell, each with a Q22
 * text: every cell, row, column and complement they look at is then large enough.
 */
async function fillEveryCell(page: Page, seed: number): Promise<void> {
  for (const q1 of codesOf("Q1")) {
    for (const q9 of codesOf("Q9")) {
      for (let i = 0; i < MIN_GROUP; i++) await submit(page, { Q1: q1, Q9: q9, Q22: `Filler answer ${seed}` }, seed++);
    }
  }
}

/** The sign-in error summary (Next.js keeps an empty role="alert" route announcer too). */
function signInError(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading") });
}

test("an admin signs in, reads a chart, filters, sees open answers as text, closes and reopens the survey, signs out", async ({ page }) => {
  await fillEveryCell(page, 20_000);
  // Women who chose "a person who focuses on people" (Q9 = 1), one with markup in Q22.
  const extras: Answers[] = [{}, {}, { Q22: "<script>window.__tyndauXss = 1</script><b>bold</b> answer" }];
  for (const [i, extra] of extras.entries()) {
    await submit(page, { Q1: 2, Q9: 1, ...extra }, 9000 + i);
  }

  await signIn(page);
  await expect(page).toHaveURL(/\/admin$/);
  await inEnglish(page);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  const total = await matching(page);
  expect(total).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole("img", { name: "Responses per day" })).toBeVisible();

  // Read a chart: Q9's bar chart and its table.
  await page.getByRole("navigation", { name: "Staff area" }).getByRole("link", { name: "Results by question" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Results by question" })).toBeVisible();
  const q9 = page.getByRole("region", { name: /^Q9\. / });
  const chart = q9.getByRole("img", { name: /^Q9\. / });
  await expect(chart).toBeVisible();
  await expect(chart.locator("desc")).toContainText("A person who focuses on people");
  // The table is behind the card's "Show table" toggle.
  await q9.getByText("Show table", { exact: true }).click();
  const q9Table = q9.getByRole("table", { name: "Frequencies: Q9" });
  const peopleRow = q9Table.getByRole("row", { name: /A person who focuses on people/ });
  const before = Number((await peopleRow.getByRole("cell").first().textContent())?.replace(/\D/g, ""));
  expect(before).toBeGreaterThanOrEqual(3);
  // The SVG download is a real SVG file.
  const svgHref = await q9.getByRole("link", { name: "SVG" }).getAttribute("href");
  const svg = await page.request.get(svgHref ?? "");
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  expect(svg.headers()["content-disposition"]).toContain("attachment");
  expect(await svg.text()).toContain("<svg");

  // Apply a filter: women only. Fewer (or equal) responses match, and the URL says why.
  await page.getByText("Filters", { exact: true }).click();
  const genderGroup = page.getByRole("group", { name: "Gender" });
  await genderGroup.getByRole("checkbox", { name: "Female" }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/gender=2/);
  const women = await matching(page);
  expect(women).toBeGreaterThanOrEqual(3);
  expect(women).toBeLessThanOrEqual(total);
  await page.getByRole("region", { name: /^Q1\. / }).getByText("Show table", { exact: true }).click();
  await expect(page.getByRole("table", { name: "Frequencies: Q1" }).getByRole("row", { name: /^Male/ }).getByRole("cell").first()).toHaveText("0");

  // The open answer with markup is shown as inert text.
  await page.goto("/admin/open/Q22?gender=2");
  const answer = page.getByRole("listitem").filter({ hasText: "<SCRIPT>WINDOW.__TYNDAUXSS = 1</SCRIPT><B>BOLD</B> ANSWER" });
  await expect(answer).toBeVisible();
  await expect(answer.locator("b, script")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __tyndauXss?: number }).__tyndauXss)).toBeUndefined();

  // Close the survey: the respondent side says so and the API refuses.
  await page.getByRole("link", { name: "Survey control" }).click();
  await page.getByRole("button", { name: "Close the survey" }).click();
  const respondent = await page.context().newPage();
  try {
    await expect(page.getByRole("status")).toHaveText("The survey is now closed.");
    await respondent.goto("/en");
    await expect(respondent.getByText("The survey is closed")).toBeVisible();
    const refused = await respondent.request.post("/api/responses", { data: payload({}, 9100) });
    expect(refused.status()).toBe(403);
  } finally {
    // Other specs share this server: the survey must be open again whatever happened.
    await page.goto("/admin/survey");
  }
  await page.getByRole("button", { name: "Reopen the survey" }).click();
  await expect(page.getByRole("status")).toHaveText("The survey is open again.");
  await respondent.reload();
  await expect(respondent.getByText("The survey is closed")).toHaveCount(0);
  await respondent.close();

  // The audit log shows what happened, by whom.
  await page.getByRole("link", { name: "Audit log" }).click();
  const log = page.getByRole("table");
  await expect(log.getByRole("row", { name: /Survey closed/ }).first()).toContainText(ADMIN.email);
  await expect(log.getByRole("row", { name: /Survey opened/ }).first()).toBeVisible();

  // Sign out: the session is gone.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in\?signed-out=1$/);
  await expect(page.getByRole("status")).toHaveText("You have signed out.");
  await page.goto("/admin/results");
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  expect((await page.request.get("/api/admin/me")).status()).toBe(401);
});

test("sign-in failures read the same for an unknown account and a wrong password; the cookie is locked down", async ({ page }) => {
  await page.goto("/admin/sign-in");
  await inEnglish(page);
  await signIn(page, `nobody-${Date.now()}@tyndau.test`, "whatever-password-123");
  await expect(signInError(page)).toBeVisible();
  const unknown = await signInError(page).textContent();
  await signIn(page, `also-nobody-${Date.now()}@tyndau.test`, "another-password-456");
  await expect(signInError(page)).toBeVisible();
  const again = await signInError(page).textContent();
  expect(unknown).toContain("The email or password is incorrect.");
  expect(again).toBe(unknown);

  await signIn(page);
  await expect(page).toHaveURL(/\/admin$/);
  const cookie = (await page.context().cookies()).find((c) => c.name === "tyndau_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
  expect(Buffer.from(cookie?.value ?? "", "base64url").length).toBeGreaterThanOrEqual(16);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/signed-out=1/);
});

test("staff pages have no axe violations (WCAG 2.2 A/AA) and no horizontal scroll at 320 px, in every language", async ({ page }) => {
  // 22 full-page axe runs, the results page among them with ~40 charts and tables.
  test.setTimeout(300_000);
  const check = async (where: string) => {
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]).analyze();
    expect(axe.violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  };
  await page.goto("/admin/sign-in");
  await check("sign-in");
  await signIn(page);
  await expect(page).toHaveURL(/\/admin$/);
  const paths = ["/admin", "/admin/results", "/admin/crosstab?row=Q1&col=Q9", "/admin/open/Q22", "/admin/report", "/admin/survey", "/admin/staff", "/admin/audit"];
  for (const language of ["Қазақша", "Русский", "English"]) {
    await page.getByRole("button", { name: new RegExp(language) }).first().click();
    for (const path of paths) {
      await page.goto(path);
      await check(`${language} ${path}`);
    }
  }
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of paths) {
    await page.goto(path);
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll, `${path} at 320 px`).toBeLessThanOrEqual(client);
  }
});

test("the language chosen on the sign-in page is kept through sign-in; the audit log shows local times and readable details", async ({ page }) => {
  // Store English on the account, then sign out and choose Kazakh on the sign-in page.
  await signIn(page);
  await expect(page).toHaveURL(/\/admin$/);
  await inEnglish(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/signed-out=1/);
  await page.getByRole("button", { name: /Қазақша/ }).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await signIn(page);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");

  await inEnglish(page);
  await page.goto("/admin/audit");
  const log = page.getByRole("table");
  await expect(log.getByRole("columnheader").first()).toContainText("Asia/Almaty");
  // Details are "name: value" lines, never raw JSON.
  await expect(log).not.toContainText("{\"");
});

test("crosstab with totals, χ², Cramér's V, layer and CSV; the printable report", async ({ page }) => {
  await fillEveryCell(page, 30_000);
  await signIn(page);
  await expect(page).toHaveURL(/\/admin$/);
  await inEnglish(page);
  await page.goto("/admin/crosstab?row=Q1&col=Q9&pct=column");
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Total" })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Total/ })).toBeVisible();
  await expect(page.getByText(/^Pearson χ² = .+, df = \d+, p = /)).toBeVisible();
  await expect(page.getByText(/^Cramér's V = /)).toBeVisible();
  // A layer restricts the table to one answer of a third question.
  await page.getByLabel("Layer (third question)").selectOption("Q4");
  await page.getByRole("button", { name: "Show the crosstab" }).click();
  await expect(page).toHaveURL(/layer=Q4/);
  await expect(page.getByLabel("Layer value")).toBeVisible();
  const href = await page.getByRole("link", { name: "Download the table (CSV)" }).getAttribute("href");
  const csv = await page.request.get(href ?? "");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("Q1 \\ Q9");

  await page.goto("/admin/report");
  // The report's cover carries the survey's title (also the printed PDF's title).
  await expect(page.getByRole("heading", { level: 1 })).toContainText(questionnaire.title.en);
  await expect(page).toHaveTitle(questionnaire.title.en);
  await expect(page.getByRole("img", { name: /^Q9\. / })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Q26\. / })).toBeVisible();
});
