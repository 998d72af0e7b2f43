// Signing a staff member in through the real form, in any interface language.
import { expect, type Page } from "@playwright/test";

export type StaffLogin = { email: string; password: string };

/** Signs in and waits for the overview, so the next step starts signed in. */
export async function signIn(page: Page, who: StaffLogin): Promise<void> {
  await page.goto("/admin/sign-in");
  await page.getByRole("textbox", { name: /email|пошта|почта/i }).fill(who.email);
  await page.getByLabel(/^(Password|Пароль|Құпиясөз)$/).fill(who.password);
  await page.getByRole("button", { name: /^(Sign in|Войти|Кіру)$/ }).click();
  await expect(page).toHaveURL(/\/admin$/);
}
