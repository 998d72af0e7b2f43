// An admin requires invitation codes, creates a batch and gets its codes once (CSV and
// printable slips with QR codes), sees it among the batches, revokes it — and a code of
// the revoked batch no longer lets a respondent in.
import { expect, test } from "@playwright/test";
import { invitationUi } from "@/lib/invitations/messages";
import { invitationStaffUi } from "@/lib/invitations/staff-messages";
import { LOCALES } from "@/lib/questionnaire/locale";
import { setAccessInDb } from "./support/invitations";
import { signIn } from "./support/staff";

const ADMIN = { email: "admin@tyndau.test", password: "e2e-admin-password-0001" };
const anyLanguage = (pick: (ui: ReturnType<typeof invitationStaffUi>) => string) =>
  new RegExp(`^(${LOCALES.map((l) => pick(invitationStaffUi(l)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`);

test.afterAll(() => setAccessInDb("open"));

test("an admin requires codes, creates a batch shown once, and revokes it", async ({ page, context, browser }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/survey");
  await page.getByRole("button", { name: anyLanguage((ui) => ui.toCode) }).click();
  await expect(page.locator("[data-access=code]")).toBeVisible();

  await page.goto("/admin/invitations");
  await page.getByLabel(anyLanguage((ui) => ui.label)).fill("Almaty NGOs e2e");
  await page.getByRole("spinbutton", { name: anyLanguage((ui) => ui.count) }).fill("12");
  await page.getByRole("spinbutton", { name: anyLanguage((ui) => ui.region) }).fill("2");
  const [once] = await Promise.all([context.waitForEvent("page"), page.getByRole("button", { name: anyLanguage((ui) => ui.create) }).click()]);
  await once.waitForLoadState();
  await expect(once.locator(".slip")).toHaveCount(12);
  await expect(once.locator(".slip svg")).toHaveCount(12);
  // The page's own print styles apply (its CSP allows them): dashed cut lines.
  expect(await once.locator(".slip").first().evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe("dashed");
  const href = (await once.getByRole("link", { name: anyLanguage((ui) => ui.downloadCsv) }).getAttribute("href")) ?? "";
  const csv = Buffer.from(href.split("base64,")[1] ?? "", "base64").toString("utf8").replace(/^\uFEFF/, "");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toBe("code,link");
  expect(lines).toHaveLength(13);
  const [code, link] = lines[1]!.split(",") as [string, string];
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  expect(link).toContain(`/api/invitations/enter?code=${code}`);
  await once.close();

  await page.reload();
  const row = page.locator("tr[data-batch='Almaty NGOs e2e']");
  await expect(row).toContainText("12");
  await row.getByRole("button", { name: anyLanguage((ui) => ui.revoke) }).click();
  await expect(page.locator("tr[data-batch='Almaty NGOs e2e'] th")).toContainText(new RegExp(`\\((${LOCALES.map((l) => invitationStaffUi(l).revoked).join("|")})\\)`));

  // A respondent with a code of the revoked batch is told it is no longer valid.
  const respondent = await browser.newContext({ javaScriptEnabled: false });
  const r = await respondent.newPage();
  await r.goto(new URL(link).pathname + new URL(link).search);
  await expect(r.getByRole("alert")).toContainText(/./);
  const text = (await r.getByRole("alert").textContent()) ?? "";
  expect(LOCALES.map((l) => invitationUi(l).problems.expired)).toContain(text.trim());
  await respondent.close();
});
