// docs/anonymity.md: after submitting, nothing on the respondent's device holds the response id
// (the same id is in every export: on a shared computer it would link a person to their
// row). Completes the survey, takes the id from the submission's request body, then reads
// every storage the page can reach — localStorage, sessionStorage, cookies, IndexedDB and
// Cache Storage (the service worker's caches, bodies included) — and fails if the id is
// anywhere, in any case or without its dashes. Only the fact of having answered may stay.
import { expect, test, type Page } from "@playwright/test";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire";
import { answerEverything, countResponses, questionnaire, questionnaireVersion, respondentUi } from "./support/driver";

/** Everything the page's origin keeps on the device, as text (key and value of each entry). */
async function deviceStorage(page: Page): Promise<Record<string, string[]>> {
  const fromPage = await page.evaluate(async () => {
    const entries = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i) ?? "").map((k) => `${k}=${s.getItem(k) ?? ""}`);
    const indexedDb: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const all = db.transaction(store, "readonly").objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result as unknown[]);
          all.onerror = () => reject(all.error);
        });
        const keys = await new Promise<unknown[]>((resolve, reject) => {
          const all = db.transaction(store, "readonly").objectStore(store).getAllKeys();
          all.onsuccess = () => resolve(all.result as unknown[]);
          all.onerror = () => reject(all.error);
        });
        indexedDb.push(`${info.name}/${store}: ${JSON.stringify(keys)} ${JSON.stringify(rows)}`);
      }
      db.close();
    }
    const cacheStorage: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const headers = response ? [...response.headers.entries()].map(([k, v]) => `${k}: ${v}`).join("\n") : "";
        cacheStorage.push(`${name} ${request.url}\n${headers}\n${response ? await response.text() : ""}`);
      }
    }
    return {
      localStorage: entries(window.localStorage),
      sessionStorage: entries(window.sessionStorage),
      documentCookie: [document.cookie],
      indexedDb,
      cacheStorage,
    };
  });
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}; path=${c.path}`);
  return { ...fromPage, cookies };
}

test("after submitting, no storage on the device holds the response id", async ({ page }) => {
  const locale = "en";
  const ui = respondentUi(locale);
  const answers = generateValidAnswers(questionnaire, mulberry32(1003), { [questionnaire.screening.variable]: 1 }, { textLocale: locale, openRate: 1, otherRate: 0.5 });

  const sentIds: string[] = [];
  page.on("request", (request) => {
    if (request.method() !== "POST") return;
    const body = request.postData() ?? "";
    // JSON from the enhanced page; a form post (no-JS path) carries it as a field.
    const json = /"id"\s*:\s*"([0-9a-fA-F-]{36})"/.exec(body) ?? /(?:^|&)[^=&]*id[^=&]*=([0-9a-fA-F-]{36})(?:&|$)/.exec(decodeURIComponent(body));
    if (json?.[1]) sentIds.push(json[1]);
  });

  await page.goto(`/${locale}`);
  await answerEverything(page, answers, locale);
  const before = countResponses();
  await page.getByRole("button", { name: ui.submitButton }).click();
  await expect(page).toHaveURL(`/${locale}/thanks`);
  await expect(page.getByRole("heading", { level: 1, name: ui.thanksHeading })).toBeVisible();
  expect(countResponses()).toBe(before + 1);

  expect(sentIds.length, "the submission's request body carries the response id").toBeGreaterThan(0);
  const id = sentIds[0]!;
  expect(countResponses(id.toLowerCase()), "the captured id is the stored response's").toBe(1);

  // The service worker may still be keeping pages: let it finish, then read everything,
  // here and again on the start page (a later visit must not bring the id back either).
  await page.waitForTimeout(1000);
  for (const where of ["thanks", "start"]) {
    if (where === "start") await page.goto(`/${locale}`);
    const storage = await deviceStorage(page);
    const needles = [id.toLowerCase(), id.toUpperCase(), id.replace(/-/g, "").toLowerCase(), id.replace(/-/g, "").toUpperCase()];
    for (const [kind, entries] of Object.entries(storage)) {
      for (const entry of entries) {
        for (const needle of needles) expect(entry.includes(needle), `${kind} holds the response id (${where} page): ${entry.slice(0, 200)}`).toBe(false);
      }
    }
    // What may stay: that this device has answered this version, and nothing more.
    const local = storage.localStorage ?? [];
    expect(local).toContain(`tyndau:answered:${questionnaireVersion}=1`);
    expect(local.filter((e) => e.startsWith("tyndau:draft:") || e.startsWith("tyndau:outbox:"))).toEqual([]);
  }
});
