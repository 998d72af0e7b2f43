// Usable at first paint: the controls of a question page work in the server HTML, and an
// answer given before the page's scripts arrive is kept when they do, in the form and in
// the device draft.
import { expect, test } from "@playwright/test";
import { question, questionnaire, questionnaireVersion, respondentUi } from "./support/driver";

test("an answer given before the scripts arrive is kept in the form and in the draft", async ({ page }) => {
  const locale = "en";
  const ui = respondentUi(locale);
  const part = questionnaire.parts[0];
  const first = part?.items[0];
  const second = part?.items[1];
  if (!first || first.kind !== "single" || !second || second.kind !== "single") throw new Error("Part I starts with two single-choice questions");
  const [option, secondOption] = [first.options[1], second.options[0]];
  if (!option || !secondOption) throw new Error("the questions have options");

  // A draft from earlier on this device answers the second question.
  await page.addInitScript(
    ([key, draft]) => window.localStorage.setItem(key, draft),
    [`tyndau:draft:${questionnaireVersion}`, JSON.stringify({ id: crypto.randomUUID(), answers: { S1: 1, [second.variable]: secondOption.code }, lastPath: "/part/1" })] as const,
  );
  // Hold every script of the page back until the answer is given.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route((url) => url.pathname.endsWith(".js"), async (route) => {
    await held;
    await route.continue();
  });

  // "commit": a deferred script holds DOMContentLoaded back; the HTML is there before it.
  await page.goto(`/${locale}/part/1`, { waitUntil: "commit" });
  const radio = question(page, first, locale).getByRole("radio", { name: option.label[locale], exact: true });
  await expect(radio).toBeEnabled();
  await radio.check();
  await expect(page.getByText(ui.draftSavedNote)).toBeHidden(); // the script has not run yet

  release();
  await expect(page.getByText(ui.draftSavedNote)).toBeVisible();
  await expect(radio).toBeChecked();
  // The earlier draft's answer fills the question left blank.
  await expect(question(page, second, locale).getByRole("radio", { name: secondOption.label[locale], exact: true })).toBeChecked();
  const draft = await page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? "{}") as { answers?: Record<string, unknown> }, `tyndau:draft:${questionnaireVersion}`);
  expect(draft.answers?.[first.variable]).toBe(option.code);
  expect(draft.answers?.[second.variable]).toBe(secondOption.code);
  expect(draft.answers?.S1).toBe(1);
});

test("\"Choose up to\" stops further ticks as they happen and counts the choices", async ({ page }) => {
  const locale = "ru";
  const ui = respondentUi(locale);
  const partIndex = questionnaire.parts.findIndex((p) => p.items.some((i) => i.kind === "multi" && i.maxSelections !== undefined));
  const item = questionnaire.parts[partIndex]?.items.find((i) => i.kind === "multi" && i.maxSelections !== undefined);
  if (!item || item.kind !== "multi" || item.maxSelections === undefined) throw new Error("a question limits the number of choices");
  const max = item.maxSelections;
  await page.goto(`/${locale}/part/${partIndex + 1}`);
  await expect(page.getByText(ui.draftSavedNote)).toBeVisible();
  const group = question(page, item, locale);
  const plain = item.options.filter((o) => !item.exclusiveCodes.includes(o.code) && o.code !== item.otherCode);
  for (const option of plain.slice(0, max)) await group.getByRole("checkbox", { name: option.label[locale], exact: true }).check();
  await expect(group.getByText(ui.chosenCount.replace("{n}", String(max)).replace("{max}", String(max)))).toBeVisible();
  const next = plain[max];
  if (!next) throw new Error("more options than the limit");
  await expect(group.getByRole("checkbox", { name: next.label[locale], exact: true })).toBeDisabled();
  await group.getByRole("checkbox", { name: plain[0]?.label[locale] ?? "", exact: true }).uncheck();
  await expect(group.getByRole("checkbox", { name: next.label[locale], exact: true })).toBeEnabled();
});
