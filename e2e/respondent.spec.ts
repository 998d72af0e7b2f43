// The respondent flow end to end, in the production build: completing the questionnaire in
// each language, routing, inline validation, the device draft, and idempotent submission.
// Every element is found by role and accessible name, as a person would find it.
import { expect, test } from "@playwright/test";
import { generateValidAnswers, mulberry32, validateSubmission } from "@/lib/questionnaire";
import type { Answers, Locale } from "@/lib/questionnaire/types";
import { LOCALES } from "@/lib/questionnaire/locale";
import { answerKeysOf } from "@/lib/questionnaire/structure";
import {
  answerEverything,
  answerItem,
  answerStep,
  countResponses,
  draftId,
  question,
  questionnaire,
  questionnaireVersion,
  respondentUi,
  setSurveyStatusInDb,
  startButton,
  storedResponse,
} from "./support/driver";

function answersFor(seed: number, locale: Locale, fixed: Answers = {}): Answers {
  return generateValidAnswers(questionnaire, mulberry32(seed), fixed, { textLocale: locale, openRate: 1, otherRate: 0.5 });
}

function normalised(answers: Answers, locale: Locale): Answers {
  const result = validateSubmission(questionnaire, answers, locale);
  if (!result.ok) throw new Error(`generated answers are invalid: ${JSON.stringify(result.errors)}`);
  return result.answers;
}

const itemByVariable = (variable: string) => {
  const all = [questionnaire.screening, ...questionnaire.parts.flatMap((p) => p.items)];
  const item = all.find((i) => i.variable === variable);
  if (!item) throw new Error(`no item ${variable}`);
  return item;
};

for (const [index, locale] of LOCALES.entries()) {
  test(`a respondent completes the questionnaire in ${locale} and exactly their answers are stored`, async ({ page }) => {
    const ui = respondentUi(locale);
    const answers = answersFor(100 + index, locale, { [questionnaire.screening.variable]: 1 });
    await page.goto(`/${locale}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await answerEverything(page, answers, locale);
    const id = await draftId(page);

    await page.getByRole("button", { name: ui.submitButton }).click();
    await expect(page).toHaveURL(`/${locale}/thanks`);
    await expect(page.getByRole("heading", { level: 1, name: ui.thanksHeading })).toBeVisible();

    const stored = storedResponse(id);
    expect(stored).toBeDefined();
    expect(stored?.answers).toEqual(normalised(answers, locale));
    expect(stored?.locale).toBe(locale);
    expect(stored?.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // A second visit on this device says the survey was already completed.
    await page.goto(`/${locale}`);
    await expect(page.getByRole("heading", { name: ui.alreadyDoneHeading })).toBeVisible();
    await expect(page.getByRole("button", { name: ui.startNewButton })).toBeVisible();
  });
}

test("answering No to the screening question skips its questions, which are stored as not asked", async ({ page }) => {
  const locale: Locale = "ru";
  const ui = respondentUi(locale);
  const screening = questionnaire.screening.variable;
  const answers = answersFor(7, locale, { [screening]: 2 });
  const skipped = questionnaire.parts.flatMap((p) => p.items).filter((item) => item.showIf?.variable === screening);
  expect(skipped.length).toBeGreaterThan(0);

  await page.goto(`/${locale}`);
  await startButton(page, locale).click();
  await answerStep(page, "screening", answers, locale);
  await page.getByRole("button", { name: ui.next }).click();
  for (const step of [0, 1, 2, 3]) {
    await expect(page).toHaveURL(`/${locale}/part/${step + 1}`);
    for (const item of skipped) await expect(question(page, item, locale)).toHaveCount(0);
    await answerStep(page, step, answers, locale);
    await page.getByRole("button", { name: step === 3 ? ui.toCheck : ui.next }).click();
  }
  const id = await draftId(page);
  await page.getByRole("button", { name: ui.submitButton }).click();
  await expect(page).toHaveURL(`/${locale}/thanks`);

  const stored = storedResponse(id);
  expect(stored?.screening).toBe(2);
  for (const item of skipped) {
    expect(stored?.answers[item.variable]).toBeUndefined();
    expect(stored?.answerRows.some((r) => r.variable.startsWith(item.variable))).toBe(false);
  }
});

test("an empty part shows the error summary, which takes focus and links to each field", async ({ page }) => {
  const locale: Locale = "en";
  const ui = respondentUi(locale);
  await page.goto(`/${locale}`);
  await startButton(page, locale).click();
  await answerItem(page, questionnaire.screening, { [questionnaire.screening.variable]: 1 }, locale);
  await page.getByRole("button", { name: ui.next }).click();
  await expect(page).toHaveURL(`/${locale}/part/1`);

  await page.getByRole("button", { name: ui.next }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: ui.errorSummaryTitle }) });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^${ui.errorTitlePrefix}`));
  const part = questionnaire.parts[0];
  if (!part) throw new Error("no Part I");
  const links = summary.getByRole("link");
  await expect(links).toHaveCount(part.items.filter((i) => i.required).length);

  // Each link moves focus to its field.
  const first = part.items[0];
  if (!first || first.kind !== "single") throw new Error("Part I starts with a single-choice question");
  await links.first().click();
  await expect(question(page, first, locale).getByRole("radio").first()).toBeFocused();
  const third = part.items[2];
  if (!third) throw new Error("Part I has three items");
  await links.nth(2).click();
  await expect(question(page, third, locale).getByRole("radio").first()).toBeFocused();
  // The inline error sits with the question too.
  await expect(question(page, first, locale)).toContainText(ui.errorTitlePrefix.trim());

  // Fixing the errors lets the respondent continue.
  await answerStep(page, 0, answersFor(11, locale, { [questionnaire.screening.variable]: 1 }), locale);
  await page.getByRole("button", { name: ui.next }).click();
  await expect(page).toHaveURL(`/${locale}/part/2`);
});

test("the draft survives a reload and a language switch mid-part; start again clears it", async ({ page }) => {
  const kk = respondentUi("kk");
  const answers = answersFor(21, "kk", { [questionnaire.screening.variable]: 1 });
  const [q1, q2, q3] = ["Q1", "Q2", "Q3"].map(itemByVariable) as [ReturnType<typeof itemByVariable>, ReturnType<typeof itemByVariable>, ReturnType<typeof itemByVariable>];
  const optionName = (variable: string, locale: Locale) => {
    const item = itemByVariable(variable);
    if (item.kind !== "single") throw new Error(`${variable} is single choice`);
    return item.options.find((o) => o.code === answers[variable])?.label[locale] ?? "";
  };

  await page.goto("/kk");
  await startButton(page, "kk").click();
  await answerStep(page, "screening", answers, "kk");
  await page.getByRole("button", { name: kk.next }).click();
  await expect(page).toHaveURL("/kk/part/1");
  await answerItem(page, q1, answers, "kk");
  await answerItem(page, q2, answers, "kk");

  await page.reload();
  await expect(question(page, q1, "kk").getByRole("radio", { name: optionName("Q1", "kk"), exact: true })).toBeChecked();
  await expect(question(page, q2, "kk").getByRole("radio", { name: optionName("Q2", "kk"), exact: true })).toBeChecked();

  await page.getByRole("navigation", { name: kk.languageNav }).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL("/ru/part/1");
  await expect(question(page, q1, "ru").getByRole("radio", { name: optionName("Q1", "ru"), exact: true })).toBeChecked();
  await expect(question(page, q2, "ru").getByRole("radio", { name: optionName("Q2", "ru"), exact: true })).toBeChecked();
  await answerItem(page, q3, answers, "ru");

  // Coming back offers to continue where the respondent left off…
  const ru = respondentUi("ru");
  await page.goto("/ru");
  await expect(page.getByRole("heading", { name: ru.continueHeading })).toBeVisible();
  await page.getByRole("button", { name: ru.continueButton }).click();
  await expect(page).toHaveURL("/ru/part/1");
  await expect(question(page, q3, "ru").getByRole("radio", { name: optionName("Q3", "ru"), exact: true })).toBeChecked();

  // …or to start again, which forgets every answer.
  await page.goto("/ru");
  await page.getByRole("button", { name: ru.startAgainButton }).click();
  await expect(page).toHaveURL("/ru/screening");
  await expect(question(page, questionnaire.screening, "ru").getByRole("radio", { checked: true })).toHaveCount(0);
  await page.goto("/ru/part/1");
  await expect(question(page, q1, "ru").getByRole("radio", { checked: true })).toHaveCount(0);
});

test("a double click and a replayed POST store one response; other answers under the same id get 409", async ({ page, request }) => {
  const locale: Locale = "en";
  const ui = respondentUi(locale);
  const answers = answersFor(31, locale);
  await page.goto(`/${locale}`);
  await answerEverything(page, answers, locale);
  const id = await draftId(page);

  await page.getByRole("button", { name: ui.submitButton }).dblclick();
  await expect(page).toHaveURL(`/${locale}/thanks`);
  expect(countResponses(id)).toBe(1);

  const stored = storedResponse(id);
  if (!stored) throw new Error("response not stored");
  const payload = { id, questionnaireVersion, locale, answers: stored.answers };
  const replay = await request.post("/api/responses", { data: payload });
  expect(replay.status()).toBe(200);
  expect(await replay.json()).toEqual({ id, status: "replayed" });
  expect(countResponses(id)).toBe(1);

  const q1 = itemByVariable("Q1");
  if (q1.kind !== "single") throw new Error("Q1 is single choice");
  const other = q1.options.find((o) => o.code !== stored.answers.Q1)?.code;
  const conflict = await request.post("/api/responses", { data: { ...payload, answers: { ...stored.answers, Q1: other } } });
  expect(conflict.status()).toBe(409);
  expect(storedResponse(id)?.answers.Q1).toBe(stored.answers.Q1);
});

// A failed network on sending: the response waits in the device outbox and goes once when
// the connection returns (e2e/respondent-offline.spec.ts).

test("a closed survey says so on its pages and refuses submissions with 403", async ({ page, request }) => {
  setSurveyStatusInDb("closed");
  try {
    for (const locale of LOCALES) {
      const ui = respondentUi(locale);
      await page.goto(`/${locale}`);
      await expect(page.getByRole("heading", { level: 1, name: ui.closedHeading })).toBeVisible();
      await expect(startButton(page, locale)).toHaveCount(0);
    }
    const response = await request.post("/api/responses", {
      data: { id: crypto.randomUUID(), questionnaireVersion, locale: "ru", answers: answersFor(51, "ru") },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()) as { error: string }).toEqual({ error: expect.stringMatching(/закрыт/) });
  } finally {
    setSurveyStatusInDb("open");
  }
});

test("open answers appear in block letters as they are typed, with the caret kept in place", async ({ page }) => {
  const locale: Locale = "kk";
  const open = questionnaire.parts.flatMap((p) => p.items).find((i) => i.kind === "open" && !i.showIf);
  if (!open) throw new Error("the questionnaire has an open question");
  const partIndex = questionnaire.parts.findIndex((p) => p.items.includes(open));
  await page.goto(`/${locale}`);
  await startButton(page, locale).click();
  await expect(page).toHaveURL(`/${locale}/screening`);
  await page.goto(`/${locale}/part/${partIndex + 1}`);
  const box = page.getByRole("textbox", { name: `${open.variable}. ${open.text[locale]}` });
  await expect(box).toBeEnabled();
  await box.pressSequentially("сәлем іс");
  await expect(box).toHaveValue("СӘЛЕМ ІС");
  // Typing in the middle keeps the caret where the respondent is typing.
  await box.press("Home");
  await box.press("ArrowRight");
  await box.pressSequentially("ұқ");
  await expect(box).toHaveValue("СҰҚӘЛЕМ ІС");
});

test("the check page lists the parts still to finish, and Change comes back to it", async ({ page }) => {
  const locale: Locale = "en";
  const ui = respondentUi(locale);
  const answers = answersFor(61, locale, { [questionnaire.screening.variable]: 1 });
  const firstPart = new Set([questionnaire.screening, ...(questionnaire.parts[0]?.items ?? [])].flatMap(answerKeysOf));
  const partial = Object.fromEntries(Object.entries(answers).filter(([key]) => firstPart.has(key)));
  await page.goto(`/${locale}/thanks`);
  await page.evaluate(
    ([key, draft]) => window.localStorage.setItem(key, draft),
    [`tyndau:draft:${questionnaireVersion}`, JSON.stringify({ id: crypto.randomUUID(), answers: partial, lastPath: "/part/2" })] as const,
  );
  await page.goto(`/${locale}/check`);
  const unfinished = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: ui.checkUnfinished }) });
  await expect(unfinished).toBeVisible();
  await expect(unfinished.getByRole("button")).toHaveCount(questionnaire.parts.length - 1);
  await expect(page.getByRole("button", { name: ui.submitButton })).toHaveCount(0);

  // Change an answer of the screening question: Continue leads back to the check page.
  await page.getByRole("button", { name: `Change answer to question ${questionnaire.screening.variable}: ${questionnaire.screening.text.en}`, exact: true }).click();
  await expect(page).toHaveURL(`/${locale}/screening?return=check#f-${questionnaire.screening.variable}`);
  // The question, not <body>, has the focus, and its text is in view.
  const legend = page.locator("legend", { hasText: questionnaire.screening.text.en });
  await expect(legend).toBeFocused();
  await expect(legend).toBeInViewport();
  await page.getByRole("button", { name: ui.toCheck, exact: true }).click();
  await expect(page).toHaveURL(`/${locale}/check`);
  await expect(unfinished).toBeVisible();
});
