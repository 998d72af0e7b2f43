// Respondents' connections fail: one who loses the connection after the start page has loaded can go
// on through every part and the check page (the service worker keeps them), and a
// response sent offline waits on the device, says so, and is sent once when the
// connection returns; then the device draft and the outbox are gone.
//
// Playwright's setOffline() does not reach a service worker's own requests; with the
// service-worker network events switched on (below, before the browser starts) those are
// aborted by a route while "offline", so the pages really come from the worker's cache.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";

import { expect, test, type BrowserContext, type Page, type Route } from "@playwright/test";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire";
import { LOCALES, type Locale } from "@/lib/questionnaire/locale";
import { OUTBOX_MESSAGES } from "@/lib/survey/outbox-messages";
import { answerEverything, countResponses, questionnaire, questionnaireVersion, respondentUi, storedResponse } from "./support/driver";

test.use({ serviceWorkers: "allow" });

const keptPagesOf = (locale: Locale) => [`/${locale}`, `/${locale}/screening`, ...questionnaire.parts.map((_, i) => `/${locale}/part/${i + 1}`), `/${locale}/check`];

let refusedWorkerRequests = 0; // per test: reset below
const abortWorkerRequests = (route: Route) => {
  if (!route.request().serviceWorker()) return route.continue();
  refusedWorkerRequests++;
  return route.abort("internetdisconnected");
};

async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
  await context.route("**", abortWorkerRequests);
}

async function goOnline(context: BrowserContext) {
  await context.unroute("**", abortWorkerRequests);
  await context.setOffline(false);
}

/** Waits until the service worker controls the page and keeps every page of the language. */
async function waitUntilKept(page: Page, locale: Locale) {
  await expect
    .poll(
      () =>
        page.evaluate(async (paths) => {
          if (!navigator.serviceWorker.controller) return "no controlling service worker";
          const missing: string[] = [];
          for (const path of paths) if (!(await caches.match(path))) missing.push(path);
          return missing.length ? `not kept: ${missing.join(", ")}` : "kept";
        }, keptPagesOf(locale)),
      { timeout: 30_000 },
    )
    .toBe("kept");
}

for (const [index, locale] of LOCALES.entries()) test(`a respondent who goes offline after the start page completes the survey in ${locale}, and it is sent once when back online`, async ({ page, context }) => {
  const ui = respondentUi(locale);
  const answers = generateValidAnswers(questionnaire, mulberry32(2024 + index), { [questionnaire.screening.variable]: 1 }, { textLocale: locale, openRate: 1, otherRate: 0.5 });
  const posts: { id: string; status: number }[] = [];
  const offlineNavigations: { url: string; fromServiceWorker: boolean }[] = [];
  let offline = false;
  context.on("response", (response) => {
    const request = response.request();
    if (offline && request.isNavigationRequest()) offlineNavigations.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() });
    if (request.method() !== "POST" || !request.url().endsWith("/api/responses")) return;
    posts.push({ id: (JSON.parse(request.postData() ?? "{}") as { id?: string }).id ?? "", status: response.status() });
  });

  refusedWorkerRequests = 0;
  await page.goto(`/${locale}`);
  await waitUntilKept(page, locale);
  const before = countResponses();

  await goOffline(context);
  offline = true;
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  // Every part and the check page, with no network at all.
  await answerEverything(page, answers, locale);
  await expect(page.getByRole("heading", { level: 1, name: ui.checkHeading })).toBeVisible();

  await page.getByRole("button", { name: ui.submitButton }).click();
  const queued = page.getByRole("status").filter({ hasText: OUTBOX_MESSAGES[locale].queuedTitle });
  await expect(queued).toBeVisible();
  await expect(queued).toContainText(OUTBOX_MESSAGES[locale].queuedText);
  const outbox = await page.evaluate((key) => window.localStorage.getItem(key), `tyndau:outbox:${questionnaireVersion}`);
  expect(outbox, "the response waits in the device outbox").not.toBeNull();
  const id = (JSON.parse(outbox!) as { id: string }).id;
  expect(countResponses(), "nothing reached the server while offline").toBe(before);

  // The pages came from the worker, whose own requests to the network were refused.
  expect(refusedWorkerRequests, "the service worker tried the network and was refused").toBeGreaterThan(0);
  for (const nav of offlineNavigations) expect(nav.fromServiceWorker, `${nav.url} answered by the service worker`).toBe(true);

  // Back online: sent by itself, once, and the thank-you page follows.
  offline = false;
  await goOnline(context);
  await expect(page).toHaveURL(`/${locale}/thanks`, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: ui.thanksHeading })).toBeVisible();
  expect(countResponses()).toBe(before + 1);
  expect(countResponses(id)).toBe(1);
  expect(storedResponse(id)?.locale).toBe(locale);

  // The draft and the outbox are gone; a later visit sends nothing again.
  const left = await page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith("tyndau:draft:") || k.startsWith("tyndau:outbox:")));
  expect(left).toEqual([]);
  await page.goto(`/${locale}`);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await page.waitForTimeout(500);
  expect(countResponses()).toBe(before + 1);
  expect(posts.filter((p) => p.status === 201).map((p) => p.id)).toEqual([id]);
});
