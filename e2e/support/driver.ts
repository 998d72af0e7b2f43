// Playwright helpers for the respondent flow specs (e2e/respondent*.spec.ts): answering
// questions the way a person would — by the visible question, option and button names —
// with every name read from the questionnaire definition and the interface strings.
import { expect, type Locator, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DATABASE_FILE } from "./paths";
import { respondentUi } from "@/lib/i18n/respondent";
import { questionnaire, questionnaireVersion } from "@/lib/questionnaire/definition";
import type { Locale } from "@/lib/questionnaire/locale";
import { isShown } from "@/lib/questionnaire/routing";
import { otherVariable } from "@/lib/questionnaire/structure";
import type { Answers, Item } from "@/lib/questionnaire/types";
import { itemsOfStep, questionSteps, type Step } from "@/lib/survey/steps";
import { assertNever } from "@/lib/questionnaire/assert-never";

export { questionnaire, questionnaireVersion, respondentUi };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const exactly = (text: string) => new RegExp(`^\\s*${escape(text)}\\s*$`);
/** A question's accessible name: its text, then "(optional)" when it may be left blank. */
const questionName = (text: string, locale: Locale) => new RegExp(`^\\s*${escape(text)}(\\s*${escape(respondentUi(locale).optional)})?\\s*$`);

/** The question group (fieldset) of an item, found by its legend "Q1. Question text". */
export function question(page: Page, item: Item, locale: Locale): Locator {
  const number =
    item.kind === "matrix" && item.rowsAreQuestions
      ? `${item.rows[0]?.variable}–${item.rows[item.rows.length - 1]?.variable}`
      : item.variable;
  return page.getByRole("group", { name: questionName(`${number}. ${item.text[locale]}`, locale) });
}

/** Gives the answers of one item through the page. */
export async function answerItem(page: Page, item: Item, answers: Answers, locale: Locale): Promise<void> {
  const ui = respondentUi(locale);
  switch (item.kind) {
    case "single":
    case "multi": {
      const group = question(page, item, locale);
      const value = answers[item.variable];
      const codes = Array.isArray(value) ? value : typeof value === "number" ? [value] : [];
      for (const code of codes) {
        const option = item.options.find((o) => o.code === code);
        if (!option) throw new Error(`${item.variable}: no option ${code}`);
        await group.getByRole(item.kind === "single" ? "radio" : "checkbox", { name: option.label[locale], exact: true }).check();
      }
      const otherKey = otherVariable(item);
      const other = otherKey === undefined ? undefined : answers[otherKey];
      const otherLabel = (item.otherPlaceholder?.[locale] ?? ui.otherSpecifyLabel).trim();
      if (typeof other === "string") await group.getByRole("textbox", { name: otherLabel, exact: true }).fill(other);
      return;
    }
    case "open": {
      const text = answers[item.variable];
      if (typeof text === "string") await page.getByRole("textbox", { name: questionName(`${item.variable}. ${item.text[locale]}`, locale) }).fill(text);
      return;
    }
    case "rating": {
      const group = question(page, item, locale);
      for (const sub of item.subItems ?? [{ variable: item.variable, text: item.text }]) {
        const value = answers[sub.variable];
        if (typeof value !== "number") continue;
        const scope = item.subItems ? group.getByRole("group", { name: sub.text[locale], exact: true }) : group;
        await scope.getByRole("radio", { name: new RegExp(`^${value}(\\s*,|$)`) }).check();
      }
      return;
    }
    case "matrix": {
      for (const row of item.rows) {
        const value = answers[row.variable];
        const option = item.scale.find((o) => o.code === value);
        if (!option) continue;
        const name = item.rowsAreQuestions ? `${row.variable}. ${row.text[locale]}` : row.text[locale];
        await page.getByRole("radiogroup", { name: exactly(name) }).getByRole("radio", { name: option.label[locale], exact: true }).check();
      }
      return;
    }
    default:
      return assertNever(item);
  }
}

/** Answers every shown item of the current step. */
export async function answerStep(page: Page, step: Step, answers: Answers, locale: Locale): Promise<void> {
  for (const item of itemsOfStep<Item>(questionnaire, step)) {
    if (isShown(item, answers)) await answerItem(page, item, answers, locale);
  }
}

/** The start page's "Start now": a link in the server HTML (it works without JavaScript). */
export function startButton(page: Page, locale: Locale): Locator {
  return page.getByRole("link", { name: respondentUi(locale).startButton, exact: true });
}

/** From the start page through every step to the check page. */
export async function answerEverything(page: Page, answers: Answers, locale: Locale): Promise<void> {
  const ui = respondentUi(locale);
  await startButton(page, locale).click();
  const steps = questionSteps(questionnaire);
  for (const [index, step] of steps.entries()) {
    await expect(page).toHaveURL(step === "screening" ? `/${locale}/screening` : `/${locale}/part/${step + 1}`);
    await answerStep(page, step, answers, locale);
    await page.getByRole("button", { name: index === steps.length - 1 ? ui.toCheck : ui.next }).click();
  }
  await expect(page).toHaveURL(`/${locale}/check`);
}

/** The draft's response id, read from the device storage as the page sees it. */
export async function draftId(page: Page): Promise<string> {
  const id = await page.evaluate((key) => {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { id?: string }).id : undefined;
  }, `tyndau:draft:${questionnaireVersion}`);
  if (!id) throw new Error("no draft on the device");
  return id;
}

export interface StoredResponse {
  id: string;
  locale: string;
  submittedOn: string;
  answers: Answers;
  screening: number | null;
  answerRows: { variable: string; code: number | null; text: string | null }[];
}

/** Reads what the server stored, straight from the e2e SQLite file (read-only). */
export function storedResponse(id: string): StoredResponse | undefined {
  const db = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(`SELECT "id", "locale", "submittedOn", "answers", "screening" FROM "Response" WHERE "id" = ?`).get(id) as
      | { id: string; locale: string; submittedOn: string; answers: string; screening: number | null }
      | undefined;
    if (!row) return undefined;
    const answerRows = db.prepare(`SELECT "variable", "code", "text" FROM "Answer" WHERE "responseId" = ? ORDER BY "ordinal"`).all(row.id) as StoredResponse["answerRows"];
    return { id: row.id, locale: row.locale, submittedOn: row.submittedOn, answers: JSON.parse(row.answers) as Answers, screening: row.screening, answerRows };
  } finally {
    db.close();
  }
}

export function countResponses(id?: string): number {
  const db = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    const row = (id === undefined
      ? db.prepare(`SELECT COUNT(*) AS n FROM "Response"`).get()
      : db.prepare(`SELECT COUNT(*) AS n FROM "Response" WHERE "id" = ?`).get(id)) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

/** Opens or closes the survey directly in the e2e database (as staff would). */
export function setSurveyStatusInDb(status: "open" | "closed"): void {
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
  try {
    // The Setting row keeps no time (anonymity: nothing dated finer than a day).
    db.prepare(`INSERT INTO "Setting" ("key", "value") VALUES ('survey.status', ?) ON CONFLICT("key") DO UPDATE SET "value" = excluded."value"`).run(status);
  } finally {
    db.close();
  }
}
