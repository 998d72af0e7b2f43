// Coding open answers in the browser: answers in Kazakh and Russian are listed side by
// side, a frame gets trilingual categories, and the coder codes with the keyboard only
// (1–9 toggle, j moves); progress and the "uncoded" filter follow.
import { expect, test } from "@playwright/test";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire";
import { questionnaire, questionnaireVersion } from "./support/driver";
import { signIn } from "./support/staff";

const ADMIN = { email: "admin@tyndau.test", password: "e2e-admin-password-0001" };
const stamp = Date.now() % 1_000_000;
// Ids that sort first, so these answers open the list (it is in response-id order).
const id = (i: number) => `00000000-0000-4000-8000-${String(stamp * 10 + i).padStart(12, "0")}`;
const TEXTS: ["kk" | "ru", string][] = [
  ["kk", `ҚАРЖЫ ЖЕТІСПЕЙДІ ${stamp}`],
  ["ru", `БЮРОКРАТИЯ МЕШАЕТ ${stamp}`],
  ["kk", `ҚҰЖАТТАР ТЫМ КӨП ${stamp}`],
  ["ru", `НЕ ХВАТАЕТ ДЕНЕГ ${stamp}`],
  ["ru", `ВЕЖЛИВОСТЬ ${stamp}`],
  ["kk", `СЫПАЙЫЛЫҚ ${stamp}`],
];

test("an analyst codes answers in two languages with the keyboard", async ({ page, request }) => {
  test.setTimeout(180_000);
  const rng = mulberry32(stamp);
  for (const [i, [locale, text]] of TEXTS.entries()) {
    const answers = { ...generateValidAnswers(questionnaire, rng, {}, { textLocale: locale, openRate: 0 }), Q22: text };
    expect((await request.post("/api/responses", { data: { id: id(i), questionnaireVersion, locale, answers } })).status()).toBe(201);
  }
  await signIn(page, ADMIN);
  const switched = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/admin");
  await page.getByRole("button", { name: /English/ }).first().click();
  await switched;
  await page.waitForLoadState("networkidle");

  await page.goto("/admin/coding");
  await page.getByRole("button", { name: "Create a code frame: Q22" }).click();
  await expect(page.getByRole("heading", { name: "Code frame for Q22" })).toBeVisible();
  for (const [kk, ru, en] of [["Қаржы", "Деньги", "Money"], ["Бюрократия", "Бюрократия", "Red tape"]] as const) {
    const form = page.locator("form.coding-category").last();
    await form.getByPlaceholder("Label in Kazakh").fill(kk);
    await form.getByPlaceholder("Label in Russian").fill(ru);
    await form.getByPlaceholder("Label in English").fill(en);
    await form.getByRole("button", { name: "Add a category" }).click();
    await expect(page.getByRole("status").first()).toHaveText("Saved.");
  }

  const answers = page.locator("[data-coding-answer]");
  await expect(answers.nth(0)).toContainText(TEXTS[0]![1]);
  await expect(answers.nth(0).locator("[lang=kk]")).toBeVisible();
  await expect(answers.nth(1)).toContainText(TEXTS[1]![1]);
  await expect(answers.nth(1).locator("[lang=ru]")).toBeVisible();
  const progress = page.locator(".coding-progress");
  await expect(progress).toHaveText(/^0 of \d+ coded$/);

  // Keyboard only: the first answer is selected; 1 = Money. j moves to the Russian one; 2 = Red tape.
  await expect(answers.nth(0)).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("1");
  await expect(progress).toHaveText(/^1 of \d+ coded$/);
  await page.keyboard.press("j");
  await expect(answers.nth(1)).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("2");
  await expect(progress).toHaveText(/^2 of \d+ coded$/);
  await page.keyboard.press("1");
  await page.keyboard.press("1");
  await expect(answers.nth(1).getByRole("checkbox", { name: "1 Money" })).not.toBeChecked();
  // Every save has reached the server (they run one after the other).
  await expect(page.locator("html")).toHaveAttribute("data-coding-pending", "0");

  await page.reload();
  await expect(answers.nth(0).getByRole("checkbox", { name: "1 Money" })).toBeChecked();
  await expect(answers.nth(1).getByRole("checkbox", { name: "2 Red tape" })).toBeChecked();
  await expect(answers.nth(1).getByRole("checkbox", { name: "1 Money" })).not.toBeChecked();

  await page.getByRole("link", { name: "Uncoded only" }).click();
  await expect(progress).toHaveText(/^2 of \d+ coded$/);
  await expect(page.locator("main")).not.toContainText(TEXTS[0]![1]);
  await expect(page.locator("main")).not.toContainText(TEXTS[1]![1]);
  await expect(answers.first()).toContainText(TEXTS[2]![1]);
  await expect(page.getByText("No answer has been coded by two coders yet.")).toBeVisible();
});
