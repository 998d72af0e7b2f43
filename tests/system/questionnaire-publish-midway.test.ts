// A respondent with JavaScript who is mid-way when a text version is published loses
// nothing: a real Chromium answers the screening and part 1 under the seed's version, staff
// publish a new wording of part 3's introduction, and the respondent goes on (a reload
// included): the draft is still there, part 3 shows the new text, and the response is
// stored once, recording the version the respondent began under.
// docs/decisions/011-questionnaire-versions.md
import { chromium, expect as pwExpect, type Browser } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff } from "@/lib/auth/accounts";
import { SESSION_COOKIE } from "@/lib/auth/config";
import { createDb } from "@/lib/db/client";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire";
import { seedQuestionnaire } from "@/lib/questionnaire/definition";
import { applyDraftChanges } from "@/lib/questionnaire/editing/draft.server";
import { versionOf } from "@/lib/questionnaire/version";
import { respondentUi } from "@/lib/i18n/respondent";
import { questionSteps } from "@/lib/survey/steps";
import { answerStep, startButton } from "@/e2e/support/driver";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";
import { startServer, type TestServer } from "./support/server";
import { cookiePair, formFields, signInForm } from "./support/staff-forms";

const ADMIN = "midway@tyndau.test";
const PASSWORD = "publish-midway-pass-42";
const LOCALE = "kk";
const ui = respondentUi(LOCALE);
const NEW_INTRO = "Бұл бөлімде жаңа нұсқаның кіріспесі тұр.";
const seedKey = versionOf(seedQuestionnaire);

describe("a respondent mid-way across a publish (with JavaScript)", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    const handle = createDb(database.target);
    await handle.ready;
    const created = await createStaff(handle.db, { email: ADMIN, password: PASSWORD, role: "admin", locale: "en" }, { actor: null, via: "cli" });
    if (!created.ok) throw new Error(created.problem);
    await handle.db.$disconnect();
    server = await startServer({ databaseUrl: database.url });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  async function publishNewIntro(): Promise<string> {
    const handle = createDb(database.target);
    await handle.ready;
    const draft = await applyDraftChanges(handle.db, [{ key: "III.intro", locale: LOCALE, text: NEW_INTRO }], { actor: null, via: "cli" });
    await handle.db.$disconnect();
    if (!draft.ok) throw new Error(JSON.stringify(draft.problems));
    const signed = await signInForm(server.url, await formFields(server.url, "/admin/sign-in", 'name="email"'), ADMIN, PASSWORD);
    expect(signed.outcome).toBe("signed-in");
    const cookie = cookiePair(signed.posted.setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`))!);
    const r = await fetch(`${server.url}/api/admin/questionnaire/publish`, { method: "POST", headers: { origin: server.url, cookie } });
    expect(r.status).toBe(200);
    return ((await r.json()) as { version: string }).version;
  }

  it("keeps the draft, shows the new wording, and records the version begun under", async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const answers = generateValidAnswers(seedQuestionnaire, mulberry32(2011), { [seedQuestionnaire.screening.variable]: 1 }, { textLocale: LOCALE, openRate: 0.5, otherRate: 0 });
    const steps = questionSteps(seedQuestionnaire);
    const stepUrl = (step: (typeof steps)[number]) => (step === "screening" ? `/${LOCALE}/screening` : `/${LOCALE}/part/${step + 1}`);

    await page.goto(`/${LOCALE}`);
    await startButton(page, LOCALE).click();
    for (const [index, step] of steps.entries()) {
      await pwExpect(page).toHaveURL(stepUrl(step));
      if (step === 2) {
        // Reached after the publish (and a reload): the new wording, and the draft kept.
        await page.reload();
        await pwExpect(page.getByText(NEW_INTRO)).toBeVisible();
      }
      await answerStep(page, step, answers, LOCALE);
      if (step === 0) {
        // Mid-way through part 1: staff publish a new wording of part 3's introduction.
        const published = await publishNewIntro();
        expect(published).not.toBe(seedKey);
      }
      await page.getByRole("button", { name: index === steps.length - 1 ? ui.toCheck : ui.next }).click();
    }
    await pwExpect(page).toHaveURL(`/${LOCALE}/check`);
    // Every part is finished: the answers from before the publish are all there.
    await page.getByRole("button", { name: ui.submitButton }).click();
    await pwExpect(page).toHaveURL(`/${LOCALE}/thanks`);

    const handle = createDb(database.target);
    await handle.ready;
    const stored = await handle.db.response.findMany({ select: { questionnaireVersion: true } });
    await handle.db.$disconnect();
    expect(stored.map((r) => r.questionnaireVersion)).toEqual([seedKey]);
    await context.close();
  });
});
