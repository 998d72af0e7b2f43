// Review and exclusion over real HTTP: straight-lined responses are submitted through the
// respondents' API, an admin finds them on /admin/review (listed by random id), excludes
// one with a reason and a note, sees the excluded count go up by one, and restores it;
// the audit log names both decisions. And the completion band: the token of the first
// page (rendered without JavaScript) yields a band for one response, and only once.
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { generateValidAnswers, itemsInOrder, mulberry32, type Answers } from "@/lib/questionnaire";
import { questionnaire, questionnaireVersion } from "./support/driver";
import { E2E_DATABASE_FILE } from "./support/paths";
import { signIn } from "./support/staff";

const ADMIN = { email: "admin@tyndau.test", password: "e2e-admin-password-0001" };

function straightLiner(seed: number): Answers {
  const overrides: Answers = {};
  for (const { item } of itemsInOrder(questionnaire)) if (item.kind === "matrix" && item.rows.length >= 4) for (const r of item.rows) overrides[r.variable] = 1;
  return generateValidAnswers(questionnaire, mulberry32(seed), { S1: 1, ...overrides }, { textLocale: "en", specialRate: 0 });
}

const excludedIn = (summary: string) => Number(/Excluded: (\d+)/.exec(summary)?.[1] ?? NaN);

test("an admin excludes a flagged response with a reason, sees the count change, and restores it", async ({ page, request }) => {
  test.setTimeout(180_000);
  const seed = Date.now() % 100_000;
  const posted: string[] = [];
  for (let i = 0; i < 6; i++) {
    // Ids that sort first: the list is in id order, 50 a page, and earlier specs (the printed
    // report's 3,000 demo responses) leave many flagged responses with random ids.
    const suffix = crypto.randomUUID().replace(/-/g, "").slice(0, 12);
    const data = { id: `00000000-0000-4000-8000-${suffix}`, questionnaireVersion, locale: "en", answers: straightLiner(seed + i) };
    posted.push(data.id);
    expect((await request.post("/api/responses", { data })).status()).toBe(201);
  }
  await signIn(page, ADMIN);
  const switched = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/admin");
  await page.getByRole("button", { name: /English/ }).first().click();
  await switched;
  await page.waitForLoadState("networkidle");

  await page.getByRole("link", { name: "Review", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review flagged responses");
  const summary = page.getByTestId("review-summary");
  const before = excludedIn((await summary.textContent()) ?? "");
  expect(before).toBe(0);

  // Listed by id, which is random: the rows are in ascending id order.
  const ids = await page.locator("tr[data-response]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-response") ?? ""));
  expect(ids.length).toBeGreaterThanOrEqual(6);
  expect(ids).toEqual([...ids].sort());

  for (const id of posted) expect(ids).toContain(id);
  // The server may hold flagged responses of other tests (fast ones are speeders): act on
  // a straight-liner posted here.
  const target = [...posted].sort()[0]!;
  const row = page.locator(`tr[data-response="${target}"]`);
  await expect(row).toContainText("Straight-lined grid");
  await row.getByLabel("Reason").selectOption({ label: "Straight-lining" });
  await row.getByLabel("Note").fill("every grid answered 1");
  await row.getByRole("button", { name: "Exclude" }).click();
  await expect(page.getByRole("status")).toHaveText("The response was excluded.");
  await expect(summary).toContainText(`Excluded: ${before + 1}.`);
  await expect(page.locator(`tr[data-response="${target}"]`)).toContainText("Excluded: Straight-lining (every grid answered 1)");

  await page.locator(`tr[data-response="${target}"]`).getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("status")).toHaveText("The response was restored.");
  await expect(summary).toContainText(`Excluded: ${before}.`);
  await expect(page.locator(`tr[data-response="${target}"]`)).toContainText("Included");

  await page.goto("/admin/audit");
  await expect(page.locator("main")).toContainText("Response excluded");
  await expect(page.locator("main")).toContainText("Response restored");
});

test("the first page's started token gives one response a completion band, once", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/screening");
  const token = await page.locator('input[name="_started"]').getAttribute("value");
  expect(token).toMatch(/^s1\./);
  // The token is sealed: the page does not show the instant it holds.
  expect(token).not.toMatch(/\d{13}/);
  // The token the page carries goes to the one submission path (lib/responses/submit.ts)
  // that the no-JS check page and the API share; here it is posted as the API's JSON field.
  const answers = generateValidAnswers(questionnaire, mulberry32(7), { S1: 2 }, { textLocale: "en", openRate: 0, otherRate: 0 });
  const id = crypto.randomUUID();
  const response = await context.request.post("/api/responses", { data: { id, questionnaireVersion, locale: "en", answers, started: token } });
  expect(response.status()).toBe(201);
  const db = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(`SELECT "completionBand" FROM "Response" WHERE "id" = ?`).get(id) as { completionBand: number | null };
    expect(row.completionBand).toBe(1);
    // Spent: the same token gives no second band.
    const again = crypto.randomUUID();
    expect((await context.request.post("/api/responses", { data: { id: again, questionnaireVersion, locale: "en", answers: { ...answers }, started: token } })).status()).toBe(201);
    const second = db.prepare(`SELECT "completionBand" FROM "Response" WHERE "id" = ?`).get(again) as { completionBand: number | null };
    expect(second.completionBand).toBeNull();
  } finally {
    db.close();
  }
  await context.close();
});
