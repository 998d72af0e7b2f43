// Accessibility and small screens on every respondent page in every language: zero axe
// violations (WCAG 2.2 A/AA rules), no sideways scrolling at 320 and 360 px, the matrix
// stacked on phones, and a complete run with the keyboard alone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire";
import { LOCALES, type Locale } from "@/lib/questionnaire/locale";
import type { Answers } from "@/lib/questionnaire/types";
import { answerStep, draftId, questionnaire, questionnaireVersion, respondentUi, startButton, storedResponse } from "./support/driver";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const PAGES = ["", "/screening", "/part/1", "/part/2", "/part/3", "/part/4", "/check", "/thanks"];

function fullAnswers(seed: number, locale: Locale): Answers {
  return generateValidAnswers(questionnaire, mulberry32(seed), { S1: 1 }, { textLocale: locale, openRate: 1, otherRate: 1 });
}

/** Puts a complete draft on the device, so every page shows answers, "specify" boxes and the full check list. */
async function withDraft(page: Page, answers: Answers) {
  await page.addInitScript(
    ([key, draft]) => {
      if (!window.localStorage.getItem(key)) window.localStorage.setItem(key, draft);
    },
    [`tyndau:draft:${questionnaireVersion}`, JSON.stringify({ id: crypto.randomUUID(), answers, lastPath: "/check" })] as const,
  );
}

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, what).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, what).toBeLessThanOrEqual(0);
}

async function ready(page: Page) {
  // Question pages are usable at once; the script then merges the device draft and says
  // so ("saved on this device"), which is when the page is in its final state.
  const lang = (await page.locator("html").getAttribute("lang")) as Locale;
  if ((await page.getByRole("main").getByRole("radio").count()) > 0) await expect(page.getByText(respondentUi(lang).draftSavedNote)).toBeVisible();
}

/** The server HTML alone: the page's script files never arrive, so nothing hydrates. */
async function withoutScripts(page: Page) {
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
}

for (const locale of LOCALES) {
  test(`every page has zero axe violations in ${locale}, also with errors shown`, async ({ page }) => {
    await withDraft(page, fullAnswers(3, locale));
    for (const path of PAGES) {
      await page.goto(`/${locale}${path}`);
      await ready(page);
      await expectNoViolations(page, `/${locale}${path}`);
    }
    // The error state: an empty Part I submitted (a page without the draft-seeding script).
    const empty = await page.context().newPage();
    await empty.goto(`/${locale}/thanks`);
    await empty.evaluate(() => window.localStorage.clear());
    await empty.goto(`/${locale}/part/1`);
    await ready(empty);
    await empty.getByRole("button", { name: respondentUi(locale).next }).click();
    await expect(empty.getByRole("heading", { name: respondentUi(locale).errorSummaryTitle })).toBeVisible();
    await expectNoViolations(empty, `/${locale}/part/1 with errors`);
  });
}

for (const locale of LOCALES) {
  test(`every page has zero axe violations without JavaScript in ${locale}, through to the check page`, async ({ page }) => {
    test.setTimeout(120_000);
    const ui = respondentUi(locale);
    await withoutScripts(page);
    for (const path of PAGES) {
      await page.goto(`/${locale}${path}`);
      await expectNoViolations(page, `/${locale}${path} without JavaScript`);
    }
    // The server's error page for an empty Part I, then every part as the server renders it.
    const answers = fullAnswers(5, locale);
    await page.goto(`/${locale}/part/1`);
    await page.getByRole("button", { name: ui.next, exact: true }).click();
    await expect(page.getByRole("heading", { name: ui.errorSummaryTitle })).toBeVisible();
    await expectNoViolations(page, `/${locale}/part/1 with errors, without JavaScript`);
    await page.goto(`/${locale}/screening`);
    await answerStep(page, "screening", answers, locale);
    await page.getByRole("button", { name: ui.next, exact: true }).click();
    for (const step of [0, 1, 2, 3]) {
      await answerStep(page, step, answers, locale);
      await expectNoViolations(page, `part ${step + 1} after a post, without JavaScript`);
      await page.getByRole("button", { name: step === 3 ? ui.toCheck : ui.next, exact: true }).click();
    }
    await expect(page.getByRole("heading", { level: 1, name: ui.checkHeading })).toBeVisible();
    await expectNoViolations(page, `/${locale}/check after a post, without JavaScript`);
  });
}

for (const width of [320, 360]) {
  test(`no page scrolls sideways at ${width} px and the matrix is stacked`, async ({ page }) => {
    await page.setViewportSize({ width, height: 640 });
    for (const locale of LOCALES) {
      await withDraft(page, fullAnswers(4, locale));
      for (const path of PAGES) {
        await page.goto(`/${locale}${path}`);
        await ready(page);
        await expectNoSidewaysScroll(page, `/${locale}${path} at ${width}px`);
      }
    }
    // Stacked: a statement's options sit one under another, each with its visible label.
    await page.goto("/en/part/4");
    await ready(page);
    const block = questionnaire.parts[3]?.items[0];
    if (!block || block.kind !== "matrix") throw new Error("Part IV is a matrix");
    const firstRow = block.rows[0];
    if (!firstRow) throw new Error("the matrix has rows");
    const group = page.getByRole("radiogroup", { name: new RegExp(firstRow.text.en) });
    const [a, b] = [block.scale[0], block.scale[1]].map((o) => group.getByText(o?.label.en ?? "", { exact: true }));
    await expect(a!).toBeVisible();
    const boxA = await a!.boundingBox();
    const boxB = await b!.boundingBox();
    expect(boxB!.y).toBeGreaterThan(boxA!.y);
  });
}

test("the matrix is a table on a wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/en/part/4");
  await ready(page);
  const radios = page.getByRole("radiogroup").first().getByRole("radio");
  const first = await radios.nth(0).boundingBox();
  const second = await radios.nth(1).boundingBox();
  expect(Math.abs(second!.y - first!.y)).toBeLessThan(4);
  expect(second!.x).toBeGreaterThan(first!.x);
});

test("a full completion with the keyboard alone", async ({ page }) => {
  test.setTimeout(180_000);
  const locale: Locale = "ru";
  const ui = respondentUi(locale);
  const answers = generateValidAnswers(questionnaire, mulberry32(9), { S1: 1 }, { textLocale: locale, openRate: 1, otherRate: 0.5 });
  await page.goto(`/${locale}`);
  await expect(startButton(page, locale)).toBeVisible();
  await tabTo(page, ui.startButton);
  await page.keyboard.press("Enter");

  for (const path of ["/screening", "/part/1", "/part/2", "/part/3", "/part/4"]) {
    await expect(page).toHaveURL(`/${locale}${path}`);
    await ready(page);
    await answerPageWithKeyboard(page, answers, path === "/part/4" ? ui.toCheck : ui.next);
  }
  await expect(page).toHaveURL(`/${locale}/check`);
  const id = await draftId(page);
  await tabTo(page, ui.submitButton);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/${locale}/thanks`);
  const stored = storedResponse(id);
  expect(stored).toBeDefined();
  expect(Object.keys(stored?.answers ?? {}).length).toBeGreaterThan(30);
});

interface Focused {
  tag: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
  text: string;
}

const focused = (page: Page) =>
  page.evaluate((): Focused => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      type: el?.type ?? "",
      name: el?.name ?? "",
      value: el?.value ?? "",
      checked: Boolean(el?.checked),
      text: (el?.textContent ?? "").trim(),
    };
  });

async function tabTo(page: Page, buttonText: string) {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if ((f.tag === "button" || f.tag === "a") && f.text === buttonText) return;
  }
  throw new Error(`could not reach "${buttonText}" with Tab`);
}

/** Tabs through the page, answering each control it lands on, then presses Enter on the next button. */
async function answerPageWithKeyboard(page: Page, answers: Answers, nextText: string) {
  const done = new Set<string>();
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f.tag === "button" && f.text === nextText) {
      await page.keyboard.press("Enter");
      return;
    }
    const wanted = answers[f.name];
    if (f.type === "radio" && typeof wanted === "number" && !done.has(f.name)) {
      done.add(f.name);
      await page.keyboard.press("Space");
      // Arrow keys move through the group and select as they go.
      for (let step = 0; step < 30 && Number((await focused(page)).value) !== wanted; step++) await page.keyboard.press("ArrowDown");
      expect(Number((await focused(page)).value)).toBe(wanted);
    } else if (f.type === "checkbox" && Array.isArray(wanted)) {
      if (wanted.includes(Number(f.value)) !== f.checked) await page.keyboard.press("Space");
    } else if ((f.tag === "textarea" || f.type === "text") && typeof wanted === "string" && !done.has(f.name)) {
      done.add(f.name);
      await page.keyboard.type(wanted.replace(/\s+/g, " ").slice(0, 60));
    }
  }
  throw new Error(`could not reach "${nextText}" with Tab`);
}
