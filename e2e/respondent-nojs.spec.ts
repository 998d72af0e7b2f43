// The questionnaire with JavaScript turned off: every page is a plain HTML form posting to
// the server, which validates each part with the per-part validator, shows the same error
// summary, carries the answers so far in the form and stores the final submission once.
import { expect, test, type Page } from "@playwright/test";
import { generateValidAnswers, mulberry32, validateSubmission } from "@/lib/questionnaire";
import { LOCALES } from "@/lib/questionnaire/locale";
import type { Answers, Locale } from "@/lib/questionnaire/types";
import { answerItem, answerStep, countResponses, question, questionnaire, respondentUi, startButton, storedResponse } from "./support/driver";

test.use({ javaScriptEnabled: false });

function answersFor(seed: number, locale: Locale, fixed: Answers = {}): Answers {
  return generateValidAnswers(questionnaire, mulberry32(seed), fixed, { textLocale: locale, openRate: 1, otherRate: 0.5 });
}

function normalised(answers: Answers, locale: Locale): Answers {
  const result = validateSubmission(questionnaire, answers, locale);
  if (!result.ok) throw new Error(`generated answers are invalid: ${JSON.stringify(result.errors)}`);
  return result.answers;
}

const partHeading = (page: Page, index: number, locale: Locale) =>
  page.getByRole("heading", { level: 1, name: questionnaire.parts[index]?.title[locale] ?? "", exact: true });

/** The hidden fields and the button of the check page's form, to replay its post. */
async function checkForm(page: Page): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  const inputs = page.locator("form input[type=hidden]");
  for (let i = 0; i < (await inputs.count()); i += 1) {
    const name = await inputs.nth(i).getAttribute("name");
    if (name) fields[name] = (await inputs.nth(i).getAttribute("value")) ?? "";
  }
  return fields;
}

for (const [index, locale] of LOCALES.entries()) {
  test(`without JavaScript a respondent completes and sends the questionnaire in ${locale}, stored once`, async ({ page }) => {
    const ui = respondentUi(locale);
    const screening = questionnaire.screening.variable;
    // Russian takes the "No" path of the screening question.
    const answers = answersFor(300 + index, locale, { [screening]: locale === "ru" ? 2 : 1 });
    const skipped = questionnaire.parts.flatMap((p) => p.items).filter((item) => item.showIf?.variable === screening);

    await page.goto(`/${locale}`);
    await startButton(page, locale).click();
    await expect(page).toHaveURL(`/${locale}/screening`);
    await expect(page.getByRole("heading", { level: 1, name: ui.screeningTitle })).toHaveCount(1);
    await answerStep(page, "screening", answers, locale);
    await page.getByRole("button", { name: ui.next, exact: true }).click();

    for (const step of [0, 1, 2, 3]) {
      await expect(partHeading(page, step, locale)).toBeVisible();
      if (step === 0) {
        // An error round trip: the server answers with the error summary and inline errors.
        await page.getByRole("button", { name: ui.next, exact: true }).click();
        const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: ui.errorSummaryTitle }) });
        await expect(summary).toBeVisible();
        await expect(partHeading(page, 0, locale)).toBeVisible();
        const first = questionnaire.parts[0]?.items[0];
        if (!first) throw new Error("Part I has items");
        await expect(question(page, first, locale)).toContainText(ui.errorTitlePrefix.trim());
        // Messages are written for people: no variable codes, sentence case.
        for (const text of await summary.getByRole("link").allInnerTexts()) {
          expect(text).not.toMatch(/\b[QS]\d+/);
          expect(text.charAt(0)).toBe(text.charAt(0).toLocaleUpperCase(locale));
        }
      }
      if (step === 1 && locale === "ru") for (const item of skipped) await expect(question(page, item, locale)).toHaveCount(0);
      await answerStep(page, step, answers, locale);
      await page.getByRole("button", { name: step === 3 ? ui.toCheck : ui.next, exact: true }).click();
    }

    await expect(page.getByRole("heading", { level: 1, name: ui.checkHeading })).toBeVisible();
    // "Change" goes to the part and comes back to the check page.
    await page.getByRole("button", { name: new RegExp(`^${ui.change}`) }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: ui.screeningTitle })).toBeVisible();
    await page.getByRole("button", { name: ui.toCheck, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: ui.checkHeading })).toBeVisible();

    const fields = await checkForm(page);
    const id = fields._id ?? "";
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const before = countResponses();
    await page.getByRole("button", { name: ui.submitButton, exact: true }).click();
    await expect(page).toHaveURL(`/${locale}/thanks`);
    await expect(page.getByRole("heading", { level: 1, name: ui.thanksHeading })).toBeVisible();
    expect(countResponses()).toBe(before + 1);
    const stored = storedResponse(id);
    expect(stored?.answers).toEqual(normalised(answers, locale));
    expect(stored?.locale).toBe(locale);
  });
}

test("without JavaScript a repeated final post is stored once, and /thanks says nothing was sent when nothing was", async ({ page, browser }) => {
  const locale: Locale = "en";
  const ui = respondentUi(locale);
  const answers = answersFor(401, locale, { [questionnaire.screening.variable]: 1 });

  const fresh = await browser.newContext({ javaScriptEnabled: false });
  const cold = await fresh.newPage();
  await cold.goto(`/${locale}/thanks`);
  await expect(cold.getByRole("heading", { level: 1, name: ui.thanksMissingHeading })).toBeVisible();
  await expect(cold.getByRole("heading", { name: ui.thanksHeading })).toHaveCount(0);
  await fresh.close();

  await page.goto(`/${locale}/screening`);
  await answerItem(page, questionnaire.screening, answers, locale);
  await page.getByRole("button", { name: ui.next, exact: true }).click();
  for (const step of [0, 1, 2, 3]) {
    await expect(partHeading(page, step, locale)).toBeVisible();
    await answerStep(page, step, answers, locale);
    await page.getByRole("button", { name: step === 3 ? ui.toCheck : ui.next, exact: true }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: ui.checkHeading })).toBeVisible();
  const fields = await checkForm(page);
  const id = fields._id ?? "";
  const url = page.url();
  await page.getByRole("button", { name: ui.submitButton, exact: true }).click();
  await expect(page).toHaveURL(`/${locale}/thanks`);
  await expect(page.getByRole("heading", { level: 1, name: ui.thanksHeading })).toBeVisible();
  expect(countResponses(id)).toBe(1);

  // The browser sends the same form again (a double click, a retried post): stored once.
  const origin = new URL(url).origin;
  const replay = await page.request.post(url, { multipart: { ...fields, _intent: "submit" }, headers: { Origin: origin }, maxRedirects: 0 });
  expect(replay.status()).toBe(303);
  expect(replay.headers().location).toContain(`/${locale}/thanks`);
  expect(countResponses(id)).toBe(1);
});

for (const [index, locale] of LOCALES.entries()) {
  test(`without JavaScript every part has its own address: reload, Back and reopening keep the answers in ${locale}`, async ({ page, context }) => {
    const ui = respondentUi(locale);
    const answers = answersFor(500 + index, locale, { [questionnaire.screening.variable]: 1 });
    const first = questionnaire.parts[0]?.items.find((item) => item.kind === "single");
    if (!first || first.kind !== "single") throw new Error("Part I has a single-choice question");
    const chosen = first.options.find((o) => o.code === answers[first.variable]);
    if (!chosen) throw new Error("the generated answers answer it");
    const firstRadio = () => question(page, first, locale).getByRole("radio", { name: chosen.label[locale], exact: true });

    await page.goto(`/${locale}/screening`);
    await answerStep(page, "screening", answers, locale);
    await page.getByRole("button", { name: ui.next, exact: true }).click();
    // Post/redirect/get: the part's own address, not the address that was posted to.
    await expect(page).toHaveURL(`/${locale}/part/1`);
    await answerStep(page, 0, answers, locale);
    await page.getByRole("button", { name: ui.next, exact: true }).click();
    await expect(page).toHaveURL(`/${locale}/part/2`);
    await expect(partHeading(page, 1, locale)).toBeVisible();

    // The answers travel in an encrypted cookie of this language's pages, not readable by scripts.
    const carried = (await context.cookies()).find((c) => c.name === "tyndau-answers");
    expect(carried?.httpOnly).toBe(true);
    expect(carried?.sameSite).toBe("Lax");
    expect(carried?.path).toBe(`/${locale}`);
    expect(carried?.value).not.toContain(chosen.label[locale]);

    await page.reload();
    await expect(partHeading(page, 1, locale)).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(`/${locale}/part/1`);
    await expect(firstRadio()).toBeChecked();
    // Reopening the address (a new tab, a bookmark) shows the same answers.
    const other = await context.newPage();
    await other.goto(`/${locale}/part/1`);
    await expect(question(other, first, locale).getByRole("radio", { name: chosen.label[locale], exact: true })).toBeChecked();
    await other.close();

    // An error round trip is an address too: reload shows the same errors and what was posted.
    await page.goto(`/${locale}/part/2`);
    await page.getByRole("button", { name: ui.next, exact: true }).click();
    await expect(page).toHaveURL(`/${locale}/part/2`);
    const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: ui.errorSummaryTitle }) });
    await expect(summary).toBeVisible();
    await page.reload();
    await expect(summary).toBeVisible();

    for (const step of [1, 2, 3]) {
      await answerStep(page, step, answers, locale);
      await page.getByRole("button", { name: step === 3 ? ui.toCheck : ui.next, exact: true }).click();
    }
    await expect(page).toHaveURL(`/${locale}/check`);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: ui.checkHeading })).toBeVisible();
    await page.getByRole("button", { name: ui.submitButton, exact: true }).click();
    await expect(page).toHaveURL(`/${locale}/thanks`);
    // Sent: the device keeps nothing of the answers.
    expect((await context.cookies()).some((c) => c.name === "tyndau-answers")).toBe(false);
  });
}

test("without JavaScript, answers too long for the cookie are carried by the form, and the page says so", async ({ page, context }) => {
  const locale: Locale = "ru";
  const ui = respondentUi(locale);
  const long = "Ж".repeat(1000);
  const answers = answersFor(601, locale, { [questionnaire.screening.variable]: 1, Q22: long, Q31: long });
  await page.goto(`/${locale}/screening`);
  await answerStep(page, "screening", answers, locale);
  await page.getByRole("button", { name: ui.next, exact: true }).click();
  for (const step of [0, 1, 2, 3]) {
    await expect(partHeading(page, step, locale)).toBeVisible();
    await answerStep(page, step, answers, locale);
    await page.getByRole("button", { name: step === 3 ? ui.toCheck : ui.next, exact: true }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: ui.checkHeading })).toBeVisible();
  await expect(page.getByText(ui.answersNotKept)).toBeVisible();
  expect((await context.cookies()).some((c) => c.name === "tyndau-answers")).toBe(false);
  const id = (await checkForm(page))._id ?? "";
  await page.getByRole("button", { name: ui.submitButton, exact: true }).click();
  await expect(page).toHaveURL(`/${locale}/thanks`);
  expect(storedResponse(id)?.answers).toEqual(normalised(answers, locale));
});
