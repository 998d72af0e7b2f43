// Staff page layout, measured in Chromium: on every staff page (and the crosstab of the
// widest pair of questions), at 1280 px and 360 px, in Kazakh, Russian and English, no
// table cell is narrower than its longest word (each word measured with a canvas in the
// cell's own font) and nothing scrolls the page sideways (wide tables scroll inside
// their own box). Closed <details> are opened first so the tables behind toggles count.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import {
  answerVariables,
  generateValidAnswers,
  mulberry32,
  questionnaire,
  questionnaireVersion,
  validateSubmission,
  type Locale,
} from "@/lib/questionnaire";

const ADMIN = { email: "admin@tyndau.test", password: "e2e-admin-password-0001" };
const LOCALES: readonly Locale[] = ["kk", "ru", "en"];
const WIDTHS = [1280, 360] as const;

/** The two closed variables with the most answer codes: the widest crosstab. */
function widestPair(): [string, string] {
  const closed = answerVariables(questionnaire)
    .filter((v) => v.kind !== "open" && v.kind !== "other")
    .map((v) => ({ variable: v.variable, codes: v.kind === "rating" ? (v.max ?? 10) - (v.min ?? 1) + 1 : (v.options ?? []).length }))
    .sort((a, b) => b.codes - a.codes);
  const [a, b] = closed;
  if (!a || !b) throw new Error("no closed variables");
  return [a.variable, b.variable];
}

async function seed(page: Page, count: number): Promise<void> {
  const rng = mulberry32(4242);
  for (let i = 0; i < count; i++) {
    const locale = LOCALES[i % LOCALES.length] ?? "en";
    const answers = generateValidAnswers(questionnaire, rng, {}, { textLocale: locale, openRate: 0.8, otherRate: 0.3, specialRate: 0.1 });
    const valid = validateSubmission(questionnaire, answers, locale);
    if (!valid.ok) throw new Error("generated an invalid response");
    const response = await page.request.post("/api/responses", { data: { id: randomUUID(), questionnaireVersion, locale, answers: valid.answers } });
    expect(response.status()).toBe(201);
  }
}

type Measure = { narrow: string[]; scrollWidth: number; clientWidth: number };

/** Runs in the page: every table cell against its longest word, and the page's own width. */
function measure(): Measure {
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d");
  const narrow: string[] = [];
  if (!context) return { narrow: ["no canvas"], scrollWidth: 0, clientWidth: 0 };
  for (const cell of Array.from(document.querySelectorAll<HTMLElement>("main th, main td"))) {
    if (cell.closest(".visually-hidden")) continue;
    const style = getComputedStyle(cell);
    const box = cell.getBoundingClientRect().width;
    const inner =
      box - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("select, option, script, style, .visually-hidden")) continue;
      const ps = getComputedStyle(parent);
      context.font = `${ps.fontStyle} ${ps.fontWeight} ${ps.fontSize} ${ps.fontFamily}`;
      for (const word of (node.textContent ?? "").split(/\s+/)) {
        if (!word) continue;
        const width = context.measureText(word).width;
        if (width > inner + 1.5) narrow.push(`"${word}" needs ${width.toFixed(1)} px, cell has ${inner.toFixed(1)} px`);
      }
    }
  }
  const doc = document.documentElement;
  return { narrow, scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth };
}

test("staff pages: no table cell narrower than its longest word, no sideways page scroll, at 1280 and 360 px in kk/ru/en", async ({ page, context, baseURL }) => {
  test.setTimeout(900_000);
  await seed(page, 45);
  await page.goto("/admin/sign-in");
  await page.locator("#email").fill(ADMIN.email);
  await page.locator("#password").fill(ADMIN.password);
  await page.locator("form button[type=submit]").last().click();
  await expect(page).toHaveURL(/\/admin$/);

  const [row, col] = widestPair();
  const paths = [
    "/admin",
    "/admin/results",
    "/admin/results?base=valid",
    `/admin/crosstab?row=${row}&col=${col}&missing=1`,
    `/admin/crosstab?row=${col}&col=${row}&pct=column`,
    "/admin/open/Q22",
    "/admin/report",
    "/admin/paper",
    "/admin/crosstab?mean=Q26_1&by=Q4",
    "/admin/export",
    "/admin/survey",
    "/admin/staff",
    "/admin/audit",
  ];
  const host = new URL(baseURL ?? "http://127.0.0.1").hostname;
  const failures: string[] = [];
  for (const locale of LOCALES) {
    await context.addCookies([{ name: "tyndau_staff_ui", value: locale, domain: host, path: "/admin" }]);
    for (const path of paths) {
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      // Tables behind "Show table" toggles are measured too.
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const m = await page.evaluate(measure);
        const where = `${locale} ${width}px ${path}`;
        // LAYOUT_SHOTS=1 keeps a picture of every page for a human look (.tmp/layout-shots/).
        if (process.env.LAYOUT_SHOTS === "1") {
          await page.screenshot({ path: `.tmp/layout-shots/${locale}-${width}-${path.replace(/[^a-z0-9]+/gi, "_")}.png`, fullPage: false });
        }
        if (m.scrollWidth > m.clientWidth) failures.push(`${where}: the page scrolls sideways (${m.scrollWidth} > ${m.clientWidth})`);
        for (const n of m.narrow.slice(0, 5)) failures.push(`${where}: ${n}`);
      }
    }
  }
  expect(failures).toEqual([]);
});
