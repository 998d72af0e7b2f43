// The questionnaire editor in a real browser, end to end: an admin changes a Kazakh option
// label and a Russian help text, previews the page in Kazakh with and without JavaScript,
// publishes the next text version; respondents who began before the publish (one with
// JavaScript, one without) finish and submit; a new respondent reads the new wording; the
// codebook lists the change. Then the roles: an analyst cannot publish, a translator edits
// and previews but never sees results. Last, the editor as a translator uses it: statuses,
// character counts, errors, save, the spreadsheet upload, discard, and zero axe violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire";
import type { Answers, Locale } from "@/lib/questionnaire/types";
import { E2E_DATABASE_FILE } from "./support/paths";
import { answerItem, answerStep, questionnaire, questionnaireVersion, respondentUi, startButton } from "./support/driver";

// In order, one worker (playwright.config.ts); not "serial", so that one failure does not
// hide the others (a retried worker signs in afresh with new accounts).
test.describe.configure({ mode: "default" });

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const ADMIN = { email: "admin@tyndau.test", password: "e2e-admin-password-0001" };
const stamp = Date.now();
const ANALYST = { email: `editor-analyst-${stamp}@tyndau.test`, password: "analyst-passphrase-editor" };
const TRANSLATOR = { email: `editor-translator-${stamp}@tyndau.test`, password: "translator-passphrase-editor" };

// The two texts the admin changes: option 21 of Q4 in Kazakh, the help of Q4 in Russian.
const Q4 = questionnaire.parts[0]?.items.find((i) => i.variable === "Q4");
if (!Q4 || Q4.kind !== "single") throw new Error("Q4 is a single-choice question of Part I");
const OPTION = Q4.options.find((o) => o.code === 21);
if (!OPTION || !Q4.help) throw new Error("Q4 has option 21 and a help text");
const OLD_KK_LABEL = OPTION.label.kk;
const NEW_KK_LABEL = "Республикалық ұйым (Қазақстанның барлық өңірінде жұмыс істейді)";
const OLD_RU_HELP = Q4.help.ru;
const NEW_RU_HELP = "Если организация работает в нескольких регионах, укажите регион её головного офиса. Республиканские организации выбирают последний вариант.";
const NEXT_VERSION = questionnaireVersion.replace(/@(\d+)$/, (_, n: string) => `@${Number(n) + 1}`);

// The editor's controls are named "<where> — <language name>"; language names are native.
const KK = "Қазақша";
const RU = "Русский";
const EN = "English";
const field = (page: Page, where: string, language: string) => page.getByRole("textbox", { name: `${where} — ${language}`, exact: true });
const stringGroup = (page: Page, where: string) => page.getByRole("group", { name: new RegExp(`^${where.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`) });

const answersFor = (seed: number, locale: Locale): Answers =>
  // Option 21 of Q4 is the one whose label changes; both early respondents chose it.
  generateValidAnswers(questionnaire, mulberry32(seed), { S1: 1, Q4: 21 }, { textLocale: locale, openRate: 1, otherRate: 0 });

function storedVersion(id: string): string | undefined {
  const db = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(`SELECT "questionnaireVersion" AS v, "region" FROM "Response" WHERE "id" = ?`).get(id) as { v: string; region: number | null } | undefined;
    return row ? `${row.v}#${row.region}` : undefined;
  } finally {
    db.close();
  }
}

/** Signs in through the form; the landing page depends on the role (a translator lands on the editor). */
async function signIn(page: Page, who: { email: string; password: string }, landing: RegExp = /\/admin$/) {
  await page.goto("/admin/sign-in");
  await page.getByRole("textbox", { name: /email|пошта|почта/i }).fill(who.email);
  await page.getByLabel(/^(Password|Пароль|Құпиясөз)$/).fill(who.password);
  await page.getByRole("button", { name: /^(Sign in|Войти|Кіру)$/ }).click();
  await expect(page).toHaveURL(landing);
}

/** Switches the staff interface to English (a server action that re-renders the page). */
async function english(page: Page) {
  if ((await page.locator("html").getAttribute("lang")) === "en") return;
  const path = new URL(page.url()).pathname;
  const switched = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === path);
  await page.getByRole("button", { name: /English/ }).first().click();
  await switched;
  await page.waitForLoadState("networkidle");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

async function addAccount(admin: Page, who: { email: string; password: string }, role: "analyst" | "translator") {
  await admin.goto("/admin/staff");
  await admin.waitForLoadState("networkidle");
  await admin.getByLabel("Email", { exact: true }).fill(who.email);
  await admin.getByLabel("Initial password").fill(who.password);
  await admin.getByLabel("Role", { exact: true }).selectOption(role);
  await expect(admin.getByLabel("Email", { exact: true })).toHaveValue(who.email);
  await admin.getByRole("button", { name: "Add the account" }).click();
  await expect(admin.getByRole("status")).toHaveText("The account was created.");
}

/** The editor page, hydrated (react-hook-form registers the fields on hydration). */
async function openEditor(page: Page) {
  await page.goto("/admin/questionnaire");
  await expect(page.getByRole("heading", { level: 1, name: "Questionnaire wording" })).toBeVisible();
  await page.waitForLoadState("networkidle");
}

async function expectNoViolations(page: Page, what: string, only: string[] = []) {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of only) builder.include(selector);
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, what).toEqual([]);
}

const partHeading = (page: Page, index: number, locale: Locale) =>
  page.getByRole("heading", { level: 1, name: questionnaire.parts[index]?.title[locale] ?? "", exact: true });

/** A respondent who answers the screening and Part I, and stops on Part II. */
async function beginRespondent(browser: Browser, locale: Locale, answers: Answers, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const ui = respondentUi(locale);
  await page.goto(`/${locale}`);
  await startButton(page, locale).click();
  await expect(page).toHaveURL(`/${locale}/screening`);
  await answerItem(page, questionnaire.screening, answers, locale);
  await page.getByRole("button", { name: ui.next, exact: true }).click();
  // Without JavaScript the form posts to the same address: the heading says where we are.
  await expect(partHeading(page, 0, locale)).toBeVisible();
  // The old wording, before the publish.
  if (locale === "kk") await expect(page.getByRole("radio", { name: OLD_KK_LABEL, exact: true })).toBeVisible();
  if (locale === "ru") await expect(page.getByText(OLD_RU_HELP, { exact: true })).toBeVisible();
  await answerStep(page, 0, answers, locale);
  await page.getByRole("button", { name: ui.next, exact: true }).click();
  await expect(partHeading(page, 1, locale)).toBeVisible();
  return { context, page };
}

/** From Part II to the thanks page; returns the response id. */
async function finishRespondent(page: Page, locale: Locale, answers: Answers): Promise<string> {
  const ui = respondentUi(locale);
  for (const step of [1, 2, 3]) {
    await expect(partHeading(page, step, locale)).toBeVisible();
    await answerStep(page, step, answers, locale);
    await page.getByRole("button", { name: step === 3 ? ui.toCheck : ui.next, exact: true }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: ui.checkHeading })).toBeVisible();
  // The response id: a hidden field of the check page's form without JavaScript, the device draft with it.
  const hidden = page.locator("form input[type=hidden][name=_id]");
  const id =
    (await hidden.count()) > 0
      ? ((await hidden.first().getAttribute("value")) ?? "")
      : await page.evaluate(() => {
          // The device draft, whatever scope keys it (lib/survey/draft.ts).
          const key = Object.keys(window.localStorage).find((k) => k.startsWith("tyndau:draft:"));
          return key ? ((JSON.parse(window.localStorage.getItem(key) ?? "{}") as { id?: string }).id ?? "") : "";
        });
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  const submit = page.getByRole("button", { name: ui.submitButton, exact: true });
  await expect(submit).toBeVisible();
  await submit.click();
  await expect(page.getByRole("heading", { level: 1, name: ui.thanksHeading })).toBeVisible();
  return id;
}

let adminContext: BrowserContext;
let withJs: { context: BrowserContext; page: Page } | undefined;
const kkAnswers = answersFor(2001, "kk");
let admin: Page;

test.beforeAll(async ({ browser }) => {
  adminContext = await browser.newContext();
  admin = await adminContext.newPage();
  await signIn(admin, ADMIN);
  await admin.goto("/admin/staff");
  await english(admin);
  await addAccount(admin, ANALYST, "analyst");
  await addAccount(admin, TRANSLATOR, "translator");
});

test.afterAll(async ({ baseURL }) => {
  await withJs?.context.close();
  // Later specs drive the respondent pages with the seed's wording: publish it back (as the
  // next text version), through the same workbook route and publish API staff use.
  if (admin) {
    const q = (text: string) => `"${text.replace(/"/g, '""')}"`;
    const help = Q4.help;
    const csv = [
      "key,kk,ru,en",
      `Q4.options.21.label,${q(OPTION.label.kk)},${q(OPTION.label.ru)},${q(OPTION.label.en)}`,
      ...(help ? [`Q4.help,${q(help.kk)},${q(help.ru)},${q(help.en)}`] : []),
    ].join("\n");
    const headers = { origin: baseURL ?? "" };
    const upload = await admin.request.post("/api/admin/questionnaire/strings.xlsx", { headers: { ...headers, "content-type": "text/csv" }, data: csv });
    expect(upload.status(), await upload.text()).toBe(200);
    const publish = await admin.request.post("/api/admin/questionnaire/publish", { headers, data: "{}" });
    expect(publish.status(), await publish.text()).toBe(200);
  }
  await adminContext?.close();
});

test("an admin edits, previews and publishes a text version; respondents mid-way finish, new ones read the new text", async ({ browser }) => {
  test.setTimeout(300_000);
  // Two respondents begin under the current version, before any edit.
  const ruAnswers = answersFor(2002, "ru");
  withJs = await beginRespondent(browser, "kk", kkAnswers, true);
  const withoutJs = await beginRespondent(browser, "ru", ruAnswers, false);

  // The admin changes the Kazakh label of Q4's option 21 and the Russian help of Q4.
  await openEditor(admin);
  await expect(admin.getByText(`Changes stay in a draft until an admin publishes them as ${NEXT_VERSION}`)).toBeVisible();
  const label = field(admin, "Q4 · option 21 · label", KK);
  const help = field(admin, "Q4 · help", RU);
  await expect(label).toHaveValue(OLD_KK_LABEL);
  await expect(help).toHaveValue(OLD_RU_HELP);
  await label.fill(NEW_KK_LABEL);
  await help.fill(NEW_RU_HELP);
  // The character count follows the typing; the status says the text is not saved yet.
  const labelGroup = stringGroup(admin, "Q4 · option 21 · label");
  await expect(labelGroup.getByText(new RegExp(`^${[...NEW_KK_LABEL].length} / \\d+ characters$`))).toBeVisible();
  await expect(labelGroup.getByText("edited, not saved")).toBeVisible();
  await expect(admin.getByText("Save the draft before publishing.")).toBeVisible();
  await admin.getByRole("button", { name: "Save draft" }).click();
  const saved = admin.getByRole("status").filter({ hasText: "Draft saved. Texts changed: 2." });
  await expect(saved).toBeVisible();
  // The page reloads the draft from the server; the notice stays, the texts are the saved ones.
  await expect(admin.getByText("Draft last saved by admin@tyndau.test (revision 1).")).toBeVisible();
  await expect(saved).toBeVisible();
  await expect(field(admin, "Q4 · option 21 · label", KK)).toHaveValue(NEW_KK_LABEL);
  await expect(labelGroup.getByText("edited, not saved")).toHaveCount(0);
  // Russian is the source language: the help's Kazakh and English texts are now outdated.
  const helpGroup = stringGroup(admin, "Q4 · help");
  await expect(helpGroup.getByText("outdated")).toHaveCount(2);
  await expect(helpGroup.getByText("changed", { exact: true })).toBeVisible();

  // Preview Part I in Kazakh, with JavaScript and without, exactly as a respondent sees it.
  const preview = admin.getByRole("link", { name: `Preview in ${KK} — Q4` });
  await expect(preview).toHaveAttribute("href", "/admin/questionnaire/preview/kk/part-1");
  await preview.click();
  await expect(admin).toHaveURL("/admin/questionnaire/preview/kk/part-1");
  await expect(admin.getByText("Preview of the draft: nothing entered here is stored or sent.")).toBeVisible();
  await expect(admin.getByRole("heading", { level: 1, name: questionnaire.parts[0]?.title.kk ?? "", exact: true })).toBeVisible();
  await expect(admin.getByRole("radio", { name: NEW_KK_LABEL, exact: true })).toBeVisible();
  await expect(admin.getByRole("radio", { name: OLD_KK_LABEL, exact: true })).toHaveCount(0);
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await adminContext.storageState() });
  const noJsPreview = await noJs.newPage();
  await noJsPreview.goto("/admin/questionnaire/preview/kk/part-1");
  await expect(noJsPreview.getByRole("radio", { name: NEW_KK_LABEL, exact: true })).toBeVisible();
  await expect(noJsPreview.getByRole("radio", { name: OLD_KK_LABEL, exact: true })).toHaveCount(0);
  await noJsPreview.goto("/admin/questionnaire/preview/ru/part-1");
  await expect(noJsPreview.getByText(NEW_RU_HELP, { exact: true })).toBeVisible();
  await noJs.close();
  // The respondents still read the published text while the draft waits.
  const live = await browser.newContext();
  const livePage = await live.newPage();
  await livePage.goto("/kk/part/1");
  await expect(livePage.getByRole("radio", { name: OLD_KK_LABEL, exact: true })).toBeVisible();

  // Publish.
  await openEditor(admin);
  const publish = admin.getByRole("button", { name: `Publish ${NEXT_VERSION}` });
  await expect(publish).toBeEnabled();
  await publish.click();
  const published = admin.getByRole("status").filter({ hasText: `Published ${NEXT_VERSION}. Texts changed: 2.` });
  await expect(published).toBeVisible();
  await expect(admin.getByText(`No draft: the texts shown are those of ${NEXT_VERSION}.`)).toBeVisible();
  await expect(published).toBeVisible();

  // Both respondents who began before the publish finish and submit, recorded under the
  // version they began under (the one with JavaScript finishes in the next test).
  const noJsId = await finishRespondent(withoutJs.page, "ru", ruAnswers);
  expect(storedVersion(noJsId)).toBe(`${questionnaireVersion}#21`);
  await withoutJs.context.close();

  // A new respondent reads the new wording, in Kazakh and in Russian.
  await livePage.goto("/kk/part/1");
  await expect(livePage.getByRole("radio", { name: NEW_KK_LABEL, exact: true })).toBeVisible();
  await expect(livePage.getByRole("radio", { name: OLD_KK_LABEL, exact: true })).toHaveCount(0);
  await livePage.goto("/ru/part/1");
  await expect(livePage.getByText(NEW_RU_HELP, { exact: true })).toBeVisible();
  await live.close();

});

test("the respondent who began with JavaScript before the publish finishes and submits", async () => {
  if (!withJs) throw new Error("the first test began this respondent");
  const jsId = await finishRespondent(withJs.page, "kk", kkAnswers);
  // Recorded under the version it began under, with the codes it was given.
  expect(storedVersion(jsId)).toBe(`${questionnaireVersion}#21`);
  await withJs.context.close();
  withJs = undefined;
});

test("the export's codebook lists the changed texts of the new version", async () => {
  // The codebook lists the change: the new Kazakh label and the Russian help, as changes of
  // the new version from the one it replaced (Markdown) and per variable, old → new (CSV).
  const markdown = await admin.request.get("/api/admin/export/codebook.md");
  expect(markdown.status()).toBe(200);
  const md = await markdown.text();
  for (const text of [NEW_KK_LABEL, NEW_RU_HELP, questionnaireVersion, NEXT_VERSION]) expect(md, "codebook.md").toContain(text);
  const csv = await admin.request.get("/api/admin/export/codebook.csv");
  expect(csv.status()).toBe(200);
  const rows = await csv.text();
  for (const text of [NEW_KK_LABEL, OLD_KK_LABEL, NEW_RU_HELP, NEXT_VERSION]) expect(rows, "codebook.csv").toContain(text);
});

test("an analyst reads the editor but gets 403 on publish", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, ANALYST);
  await english(page);
  const response = await page.request.post("/api/admin/questionnaire/publish", { headers: { origin: baseURL ?? "" }, data: "{}" });
  expect(response.status()).toBe(403);
  await openEditor(page);
  await expect(page.getByText("You can read the wording and its statuses; only admins and translators change it.")).toBeVisible();
  await expect(field(page, "Q4 · option 21 · label", KK)).toHaveAttribute("readonly", "");
  await expect(page.getByRole("button", { name: "Save draft" })).toBeDisabled();
  await context.close();
});

test("a translator sees no results, cannot publish, but edits and previews", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, TRANSLATOR, /\/admin\/questionnaire$/);
  await english(page);
  // No results anywhere: no link in the navigation, 403 at the address, no export or audit.
  const nav = page.getByRole("navigation").first();
  await expect(nav.getByRole("link", { name: "Questionnaire" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Results by question" })).toHaveCount(0);
  const results = await page.goto("/admin/results");
  expect(results?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/forbidden|not allowed|access/i);
  for (const url of ["/api/admin/export/responses.csv", "/api/admin/export/codebook.md"]) {
    expect((await page.request.get(url)).status(), url).toBe(403);
  }
  const publish = await page.request.post("/api/admin/questionnaire/publish", { headers: { origin: baseURL ?? "" }, data: "{}" });
  expect(publish.status()).toBe(403);

  // Edits: an English text, saved to the draft.
  await openEditor(page);
  await expect(page.getByText("Only admins publish.")).toBeVisible();
  const text = field(page, "Q4 · option 21 · label", EN);
  await text.fill("Nationwide organisation (works in every region of Kazakhstan)");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved. Texts changed: 1." })).toBeVisible();
  // Previews it.
  await page.goto("/admin/questionnaire/preview/en/part-1");
  await expect(page.getByRole("radio", { name: "Nationwide organisation (works in every region of Kazakhstan)", exact: true })).toBeVisible();
  await context.close();
});

test("the editor as a translator uses it: statuses, counts, errors, discard, upload panel, no axe violations", async ({ browser }) => {
  // axe over some 850 text fields takes a while on a busy machine.
  test.setTimeout(300_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  // Every dialog is accepted (leaving with unsaved typing, discarding the draft) and noted.
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await signIn(page, TRANSLATOR, /\/admin\/questionnaire$/);
  await english(page);
  await openEditor(page);
  await expectNoViolations(page, "the editor");

  // Statuses: the help changed in Russian (the source) is outdated in Kazakh and English
  // until confirmed; confirming makes it "confirmed".
  const helpGroup = stringGroup(page, "Q4 · help");
  await expect(helpGroup.getByText("source", { exact: true })).toBeVisible();
  await expect(helpGroup.getByText("outdated", { exact: true })).toHaveCount(2);
  await helpGroup.getByRole("button", { name: `Confirm the ${KK} translation of Q4 · help` }).click();
  await expect(stringGroup(page, "Q4 · help").getByText("confirmed", { exact: true })).toBeVisible();
  await expect(stringGroup(page, "Q4 · help").getByText("outdated", { exact: true })).toHaveCount(1);

  // Errors: an empty source text and a text over its limit are refused before saving.
  const source = field(page, "Q4 · text", RU);
  await source.fill("");
  const sourceGroup = stringGroup(page, "Q4 · text");
  await expect(sourceGroup.getByRole("alert")).toHaveText(`Q4 · text (${RU}): must not be empty in the source language.`);
  await expect(source).toHaveAttribute("aria-invalid", "true");
  const long = field(page, "Q4 · option 1 · label", EN);
  await long.fill("x".repeat(400));
  const longGroup = stringGroup(page, "Q4 · option 1 · label");
  await expect(longGroup.getByRole("alert")).toContainText("over the limit of");
  await expect(longGroup.getByText(/^400 \/ \d+ characters$/)).toBeVisible();
  await page.getByRole("button", { name: "Save draft" }).click();
  // The first field in error gets the focus; the fields in error pass axe too.
  await expect(source).toBeFocused();
  await expectNoViolations(page, "the fields in error", ['[data-key="Q4.text"]', '[data-key="Q4.options.1.label"]']);
  // Nothing was saved. Leaving the page with unsaved typing asks first; the page, reloaded,
  // still shows the stored texts.
  await openEditor(page);
  expect(dialogs).toContain("beforeunload");
  await expect(field(page, "Q4 · text", RU)).toHaveValue(Q4.text.ru);
  await expect(field(page, "Q4 · option 1 · label", EN)).toHaveValue(Q4.options[0]?.label.en ?? "");

  // Missing and identical: an English text emptied, a Kazakh text copied from the Russian.
  const option2 = Q4.options[1];
  const option3 = Q4.options[2];
  if (!option2 || !option3) throw new Error("Q4 has options 2 and 3");
  await field(page, "Q4 · option 2 · label", EN).fill("");
  await field(page, "Q4 · option 3 · label", KK).fill(option3.label.ru);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved. Texts changed: 2." })).toBeVisible();
  await expect(stringGroup(page, "Q4 · option 2 · label").getByText("missing", { exact: true })).toBeVisible();
  await expect(stringGroup(page, "Q4 · option 3 · label").getByText("identical to the source", { exact: true })).toBeVisible();
  await expect(page.getByText(/^\d+ strings: 1 missing, /)).toBeVisible();
  // The "missing" filter shows just that string.
  await page.getByLabel("Show", { exact: true }).selectOption("missing");
  await expect(page.locator("fieldset.qe-string")).toHaveCount(1);
  await expect(stringGroup(page, "Q4 · option 2 · label")).toBeVisible();
  await page.getByLabel("Show", { exact: true }).selectOption("all");

  // The spreadsheet panel: a CSV upload changes the draft and the editor shows it; a bad
  // one is refused row by row and changes nothing.
  const panel = page.getByRole("region", { name: "Spreadsheet for translators" });
  await expect(panel.getByRole("link", { name: "Download .xlsx" })).toHaveAttribute("href", /strings\.xlsx/);
  const upload = async (name: string, csv: string) => {
    await panel.getByLabel(/^Edited file/).setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await panel.getByRole("button", { name: "Upload to the draft" }).click();
  };
  await upload("good.csv", `key,kk,ru,en\nQ4.options.2.label,${option2.label.kk},${option2.label.ru},Akmola Province\n`);
  await expect(panel.getByRole("status")).toContainText("Texts changed in the draft: 1.");
  await expect(panel.getByRole("cell", { name: "Akmola Province" })).toBeVisible();
  await expect(field(page, "Q4 · option 2 · label", EN)).toHaveValue("Akmola Province");
  await expect(page.getByText(/^\d+ strings: 0 missing, /)).toBeVisible();
  await upload("bad.csv", `key,kk,ru,en\nQ4.options.2.label,,,Akmola\nQ4.nope,a,b,c\n`);
  await expect(panel.getByRole("alert")).toContainText("Nothing was applied");
  await expect(panel.getByRole("alert").getByRole("listitem")).not.toHaveCount(0);
  await openEditor(page);
  await expect(field(page, "Q4 · option 2 · label", EN)).toHaveValue("Akmola Province");

  // Discard: the draft goes, the texts are those of the published version again.
  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The draft was discarded." })).toBeVisible();
  expect(dialogs).toContain("confirm");
  await expect(field(page, "Q4 · option 21 · label", EN)).toHaveValue(OPTION.label.en);
  await expect(page.getByText(`No draft: the texts shown are those of ${NEXT_VERSION}.`)).toBeVisible();
  await expect(field(page, "Q4 · option 2 · label", EN)).toHaveValue(option2.label.en);
  await expect(field(page, "Q4 · option 3 · label", KK)).toHaveValue(option3.label.kk);
  await context.close();
});
