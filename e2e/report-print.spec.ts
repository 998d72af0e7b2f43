// The printed report on 3,000 demo responses (lib/demo), printed to PDF by Chromium as a
// researcher would: every question is there with its chart and its table; in print
// media at A4's printable width every chart fits on a page and every card asks not to
// be split (so Chromium keeps each chart whole); the PDF is A4 (US Letter on request),
// titled with the survey's title, and no page of it is empty.
import { execFileSync } from "node:child_process";
import { inflateSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { itemsInOrder } from "@/lib/questionnaire/structure";
import { questionnaire } from "./support/driver";
import { E2E_DATABASE_FILE } from "./support/paths";
import { signIn } from "./support/staff";

const ADMIN = { email: "admin@tyndau.test", password: "e2e-admin-password-0001" };
/** A4 at 96 CSS px per inch, less the report's @page margins (15 mm top/bottom, 14 mm sides). */
const A4_CONTENT = { width: Math.floor(((210 - 28) / 25.4) * 96), height: Math.floor(((297 - 30) / 25.4) * 96) };

type PdfPage = { mediaBox: number[]; content: string };

/** The pages of a Chromium (Skia) PDF: each page's MediaBox and its inflated content stream(s). */
function pdfPages(pdf: Buffer): { pages: PdfPage[]; title: string } {
  const text = pdf.toString("latin1");
  const objects = new Map<number, { dict: string; stream?: Buffer }>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2] ?? "";
    const s = body.indexOf("stream");
    if (s < 0) {
      objects.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, s);
    const start = (m.index ?? 0) + m[0].indexOf("stream") + "stream".length + (text[(m.index ?? 0) + m[0].indexOf("stream") + 6] === "\r" ? 2 : 1);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const raw = pdf.subarray(start, start + length);
    objects.set(Number(m[1]), { dict, stream: /FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  const pages: PdfPage[] = [];
  for (const { dict } of objects.values()) {
    if (!/\/Type\s*\/Page\b/.test(dict)) continue;
    const mediaBox = (/\/MediaBox\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? "").trim().split(/\s+/).map(Number);
    const refs = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(dict)?.[1] ?? "").matchAll(/(\d+) 0 R/g)].map((r) => Number(r[1]));
    pages.push({ mediaBox, content: refs.map((r) => objects.get(r)?.stream?.toString("latin1") ?? "").join("\n") });
  }
  const titleHex = /\/Title\s*<([0-9A-Fa-f]+)>/.exec(text)?.[1];
  const titleLit = /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(text)?.[1];
  let title = titleLit ?? "";
  if (titleHex) {
    const bytes = Buffer.from(titleHex, "hex");
    title = bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString("utf16le") : bytes.toString("latin1");
  }
  return { pages, title };
}

async function english(page: Page): Promise<void> {
  const switched = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/admin");
  await page.getByRole("button", { name: /English/ }).first().click();
  await switched;
  await page.waitForLoadState("networkidle");
}

test("the report prints to A4 with every question's chart and table, no split chart and no empty page", async ({ page }) => {
  test.setTimeout(600_000);
  // 3,000 demo responses into the server's database (SQLite, WAL: the server keeps running).
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/seed-demo.ts", "--count", "3000", "--append"], {
    env: { ...process.env, DATABASE_URL: `file:./${E2E_DATABASE_FILE}`, RESULTS_DELAY: "none" },
    stdio: "pipe",
    timeout: 400_000,
  });
  await signIn(page, ADMIN);
  await english(page);
  await page.goto("/admin/report", { timeout: 240_000 });
  const title = questionnaire.title.en;
  await expect(page).toHaveTitle(title);
  await expect(page.locator(".report-cover h1")).toHaveText(title);

  // Every question: its card, with a chart and a table (open questions: the count of answers).
  for (const { item } of itemsInOrder(questionnaire)) {
    const card = page.locator(`section:has(> h3#item-${item.variable})`);
    await expect(card, item.variable).toHaveCount(1);
    if (item.kind === "open") {
      await expect(page.locator(`.report-unit:has(#item-${item.variable})`)).toContainText("Open answers:");
      continue;
    }
    expect(await card.locator("svg").count(), `${item.variable} chart`).toBeGreaterThan(0);
    expect(await card.locator("table").count(), `${item.variable} table`).toBeGreaterThan(0);
  }
  await expect(page.locator(".report-methods")).toContainText("Routing");

  // Print media at A4's printable width: each chart fits on a page, each card avoids a break.
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: A4_CONTENT.width, height: A4_CONTENT.height });
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll(".report-item")].map((card) => ({
      id: card.querySelector("h3")?.id ?? "",
      breakInside: getComputedStyle(card).breakInside,
      figures: [...card.querySelectorAll(".figure")].map((f) => f.getBoundingClientRect().height),
      figureBreak: [...card.querySelectorAll(".figure")].map((f) => getComputedStyle(f).breakInside),
      width: card.getBoundingClientRect().width,
    })),
  );
  expect(boxes.length).toBeGreaterThan(30);
  for (const b of boxes) {
    expect(b.breakInside, b.id).toBe("avoid");
    for (const [i, h] of b.figures.entries()) {
      expect(h, `${b.id} chart ${i} is taller than an A4 page`).toBeLessThanOrEqual(A4_CONTENT.height);
      expect(b.figureBreak[i], b.id).toBe("avoid");
    }
    expect(b.width, `${b.id} wider than the page`).toBeLessThanOrEqual(A4_CONTENT.width);
  }

  // The PDF Chromium prints: A4 pages (595 × 842 pt), the survey's title, no empty page.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const { pages, title: pdfTitle } = pdfPages(pdf);
  expect(pdfTitle).toBe(title);
  expect(pages.length).toBeGreaterThan(5);
  for (const [i, p] of pages.entries()) {
    expect(Math.round(p.mediaBox[2] ?? 0), `page ${i + 1} width`).toBe(595);
    expect(Math.round(p.mediaBox[3] ?? 0), `page ${i + 1} height`).toBe(842);
    // Text shown (Tj/TJ) or an image drawn (Do): a page with neither is empty.
    expect(/\bT[jJ]\b|\bDo\b/.test(p.content), `page ${i + 1} is empty`).toBe(true);
  }

  // US Letter by choice.
  await page.goto("/admin/report?paper=letter", { timeout: 240_000 });
  const letter = pdfPages(await page.pdf({ preferCSSPageSize: true }));
  expect(Math.round(letter.pages[0]?.mediaBox[2] ?? 0)).toBe(612);
  expect(Math.round(letter.pages[0]?.mediaBox[3] ?? 0)).toBe(792);
});
