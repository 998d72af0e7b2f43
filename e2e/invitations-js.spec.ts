// Invitation codes with JavaScript: the code from the link is kept in the httpOnly cookie
// the script's send carries to POST /api/responses; it is spent once, and a second device
// with the same code keeps its draft when the send is refused.
import { expect, test } from "@playwright/test";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire";
import { invitationUi } from "@/lib/invitations/messages";
import { answerEverything, countResponses, questionnaire, respondentUi } from "./support/driver";
import { isSpent, issueCodes, setAccessInDb } from "./support/invitations";

test.beforeAll(() => setAccessInDb("code"));
test.afterAll(() => setAccessInDb("open"));

test("with JavaScript a code from the link answers once; a second send with it keeps the draft", async ({ page, browser }) => {
  const locale = "en" as const;
  const ui = invitationUi(locale);
  const [code] = issueCodes(10) as [string];
  const answers = generateValidAnswers(questionnaire, mulberry32(901), { [questionnaire.screening.variable]: 1 }, { textLocale: locale });

  // A second device opens the same link first and gets as far as the check page.
  const second = await browser.newContext();
  const other = await second.newPage();
  await other.goto(`/${locale}?code=${code}`);
  await answerEverything(other, answers, locale);

  await page.goto(`/${locale}?code=${code}`);
  await expect(page).toHaveURL(`/${locale}?invite=ok`);
  await expect(page.getByText(ui.accepted)).toBeVisible();
  const before = countResponses();
  await answerEverything(page, answers, locale);
  await page.getByRole("button", { name: respondentUi(locale).submitButton, exact: true }).click();
  await expect(page).toHaveURL(`/${locale}/thanks`);
  expect(countResponses()).toBe(before + 1);
  expect(isSpent(code)).toBe(true);

  await other.getByRole("button", { name: respondentUi(locale).submitButton, exact: true }).click();
  await expect(other.getByRole("alert").filter({ hasText: ui.keptAnswers })).toBeVisible();
  expect(countResponses()).toBe(before + 1);
  const draft = await other.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith("tyndau:draft:")).length);
  expect(draft).toBe(1);
  await second.close();
});
