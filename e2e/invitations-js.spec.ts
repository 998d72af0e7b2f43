// Invitation codes with JavaScript: the code from the link is kept in the httpOnly cookie
// the script's send carries to POST /api/responses; it is spent once.
import { expect, test } from "@playwright/test";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire";
import { invitationUi } from "@/lib/invitations/messages";
import { answerEverything, countResponses, questionnaire, respondentUi } from "./support/driver";
import { isSpent, issueCodes, setAccessInDb } from "./support/invitations";

test.beforeAll(() => setAccessInDb("code"));
test.afterAll(() => setAccessInDb("open"));

test("with JavaScript a code from the link answers once, then it is spent", async ({ page, browser }) => {
  const locale = "en" as const;
  const ui = invitationUi(locale);
  const [code] = issueCodes(10) as [string];
  const answers = generateValidAnswers(questionnaire, mulberry32(901), { [questionnaire.screening.variable]: 1 }, { textLocale: locale });

  await page.goto(`/${locale}?code=${code}`);
  await expect(page).toHaveURL(`/${locale}?invite=ok`);
  await expect(page.getByText(ui.accepted)).toBeVisible();
  const before = countResponses();
  await answerEverything(page, answers, locale);
  await page.getByRole("button", { name: respondentUi(locale).submitButton, exact: true }).click();
  await expect(page).toHaveURL(`/${locale}/thanks`);
  expect(countResponses()).toBe(before + 1);
  expect(isSpent(code)).toBe(true);

  const second = await browser.newContext();
  const other = await second.newPage();
  await other.goto(`/${locale}?code=${code}`);
  await expect(other.getByRole("alert").filter({ hasText: ui.problems.spent })).toBeVisible();
  await second.close();
});
