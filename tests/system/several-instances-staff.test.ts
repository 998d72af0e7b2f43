// Two app processes on one PostgreSQL database, driven by a real Chromium:
// a staff session started on one instance is valid on the other and signing
// out on either ends it everywhere; failed sign-ins are counted across both,
// so ten failures spread over the two lock the account out on both.
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { createStaff } from "@/lib/auth/accounts";
import { STAFF_MESSAGES, STAFF_UI_COOKIE } from "@/lib/i18n/staff";
import { createPostgresDatabase, postgresAvailability, type TestDatabase } from "@/tests/support/databases";
import { startServer, type TestServer } from "./support/server";

const pgMode = await postgresAvailability();
const en = STAFF_MESSAGES.en;
const EMAIL = "analyst@tyndau.test";
const PASSWORD = "several-instances-pass-42";

(pgMode === "run" ? describe : describe.skip)("staff sessions and the sign-in limiter across instances", () => {
  let database: TestDatabase;
  let a: TestServer;
  let b: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    database = await createPostgresDatabase();
    const handle = createDb(database.target);
    await handle.ready;
    const created = await createStaff(handle.db, { email: EMAIL, password: PASSWORD, role: "analyst", locale: "en" }, { actor: null, via: "cli" });
    expect(created.ok).toBe(true);
    await handle.db.$disconnect();
    [a, b] = await Promise.all([startServer({ databaseUrl: database.url }), startServer({ databaseUrl: database.url })]);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  async function englishContext(): Promise<BrowserContext> {
    const context = await browser.newContext();
    // Cookies ignore ports, so this one reaches both instances on 127.0.0.1.
    await context.addCookies([{ name: STAFF_UI_COOKIE, value: "en", domain: "127.0.0.1", path: "/" }]);
    return context;
  }

  async function signIn(page: Page, server: TestServer, password: string): Promise<void> {
    await page.goto(`${server.url}/admin/sign-in`);
    await page.getByLabel(en.signIn.email).fill(EMAIL);
    await page.getByLabel(en.signIn.password).fill(password);
    await page.getByRole("button", { name: en.signIn.submit }).click();
  }

  it("a session started on one instance works on the other, and signing out ends it on both", async () => {
    const context = await englishContext();
    const page = await context.newPage();
    await signIn(page, a, PASSWORD);
    await expect.poll(() => page.url(), { timeout: 20_000 }).toBe(`${a.url}/admin`);

    await page.goto(`${b.url}/admin`);
    expect(page.url()).toBe(`${b.url}/admin`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(en.overview.title);

    await page.getByRole("button", { name: en.signOut }).click();
    await expect.poll(() => page.url(), { timeout: 20_000 }).toContain("/admin/sign-in");
    await page.goto(`${a.url}/admin`);
    expect(page.url()).toContain(`${a.url}/admin/sign-in`);
    await context.close();
  });

  it("ten failures spread over both instances lock the account out on both", async () => {
    const context = await englishContext();
    const page = await context.newPage();
    for (let i = 0; i < 10; i++) {
      await signIn(page, i % 2 ? a : b, `wrong-password-${i}-xyz`);
      await page.getByText(en.signIn.invalid).waitFor({ state: "visible", timeout: 10_000 });
    }
    for (const server of [a, b]) {
      await signIn(page, server, PASSWORD);
      await page.getByText(en.signIn.blocked.split("{minutes}")[0]!.trim().slice(0, 40)).waitFor({ state: "visible", timeout: 10_000 });
      expect(page.url()).toContain("/admin/sign-in");
    }
    await context.close();
  });
});
