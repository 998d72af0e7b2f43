// Invitation codes without JavaScript, in kk/ru/en: a code from the personal link (taken
// out of the address bar), a typed code, a mistyped code, a spent code, and a code that
// fails at the very end — the answers are kept and a new code sends them.
import { expect, test, type Page } from "@playwright/test";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire";
import { invitationUi } from "@/lib/invitations/messages";
import { LOCALES } from "@/lib/questionnaire/locale";
import type { Locale } from "@/lib/questionnaire/types";
import { questionSteps } from "@/lib/survey/steps";
import type { Answers } from "@/lib/questionnaire/types";
import { answerStep, countResponses, questionnaire, respondentUi, startButton } from "./support/driver";
import { isSpent, issueCodes, mistype, setAccessInDb } from "./support/invitations";

test.use({ javaScriptEnabled: false });
test.beforeAll(() => setAccessInDb("code"));
test.afterAll(() => setAccessInDb("open"));

const answersFor = (seed: number, locale: Locale) => generateValidAnswers(questionnaire, mulberry32(seed), { [questionnaire.screening.variable]: 1 }, { textLocale: locale });

/** Without JavaScript every step posts to the server, which answers with the next one. */
async function answerEverything(page: Page, answers: Answers, locale: Locale) {
  const ui = respondentUi(locale);
  await startButton(page, locale).click();
  const steps = questionSteps(questionnaire);
  for (const [index, step] of steps.entries()) {
    const title = step === "screening" ? ui.screeningTitle : (questionnaire.parts[step]?.title[locale] ?? "");
    await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
    await answerStep(page, step, answers, locale);
    await page.getByRole("button", { name: index === steps.length - 1 ? ui.toCheck : ui.next, exact: true }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: ui.checkHeading })).toBeVisible();
}

const codeField = (page: Page, locale: Locale) => page.getByRole("textbox", { name: invitationUi(locale).label, exact: true });

async function typeCode(page: Page, locale: Locale, code: string) {
  const ui = invitationUi(locale);
  await codeField(page, locale).fill(code);
  await page.getByRole("button", { name: ui.button, exact: true }).click();
}

for (const [index, locale] of LOCALES.entries()) {
  test(`without JavaScript in ${locale}: a code from the link answers once, then it is spent`, async ({ page, browser }) => {
    const ui = invitationUi(locale);
    const [code] = issueCodes(10) as [string];
    await page.goto(`/${locale}?code=${code}`);
    // The code is gone from the address bar; the page says it was accepted.
    await expect(page).toHaveURL(`/${locale}?invite=ok`);
    expect(page.url()).not.toContain(code);
    await expect(page.getByText(ui.accepted)).toBeVisible();
    const before = countResponses();
    await answerEverything(page, answersFor(700 + index, locale), locale);
    await page.getByRole("button", { name: respondentUi(locale).submitButton, exact: true }).click();
    await expect(page).toHaveURL(`/${locale}/thanks`);
    expect(countResponses()).toBe(before + 1);
    expect(isSpent(code)).toBe(true);

    // The same link again, in another browser: spent.
    const other = await browser.newContext({ javaScriptEnabled: false });
    const again = await other.newPage();
    await again.goto(`/${locale}?code=${code}`);
    await expect(again.getByRole("alert")).toContainText(ui.problems.spent);
    await expect(startButton(again, locale)).toHaveCount(0);
    await other.close();
  });

  test(`without JavaScript in ${locale}: the start page asks for a code, tells a typo, accepts a typed one`, async ({ page }) => {
    const ui = invitationUi(locale);
    const [code] = issueCodes(10) as [string];
    await page.goto(`/${locale}`);
    await expect(page.getByRole("heading", { name: ui.heading })).toBeVisible();
    await expect(startButton(page, locale)).toHaveCount(0);
    await typeCode(page, locale, mistype(code));
    await expect(page.getByRole("alert")).toContainText(ui.problems.typo);
    await expect(startButton(page, locale)).toHaveCount(0);
    // Lower case and spaces are fine.
    await typeCode(page, locale, code.toLowerCase().replace(/-/g, " "));
    await expect(page.getByText(ui.accepted)).toBeVisible();
    await expect(startButton(page, locale)).toBeVisible();
    expect(isSpent(code)).toBe(false);
  });
}

test("without JavaScript a code spent meanwhile fails at the end: the answers are kept and a new code sends them", async ({ page }) => {
  const locale: Locale = "ru";
  const ui = invitationUi(locale);
  const [first, second] = issueCodes(10) as [string, string];
  await page.goto(`/${locale}?code=${first}`);
  await answerEverything(page, answersFor(801, locale), locale);
  // Someone else uses the same code first (a forwarded letter).
  const elsewhere = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const other = await elsewhere.newPage();
  await other.goto(`/${locale}?code=${first}`);
  await answerEverything(other, answersFor(802, locale), locale);
  await other.getByRole("button", { name: respondentUi(locale).submitButton, exact: true }).click();
  await expect(other).toHaveURL(`/${locale}/thanks`);
  await elsewhere.close();

  const before = countResponses();
  await page.getByRole("button", { name: respondentUi(locale).submitButton, exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: ui.problems.spent })).toBeVisible();
  await expect(page.getByText(ui.keptAnswers)).toBeVisible();
  expect(countResponses()).toBe(before);
  await codeField(page, locale).fill(second);
  await page.getByRole("button", { name: respondentUi(locale).submitButton, exact: true }).click();
  await expect(page).toHaveURL(`/${locale}/thanks`);
  expect(countResponses()).toBe(before + 1);
  expect(isSpent(second)).toBe(true);
});
