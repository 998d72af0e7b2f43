import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it.each([
    [null, "kk"],
    ["", "kk"],
    ["de-DE,de;q=0.9", "kk"],
    ["ru-RU,ru;q=0.9,en;q=0.8", "ru"],
    ["en-GB,en;q=0.9,ru;q=0.8", "en"],
    ["kk-KZ", "kk"],
    ["de,ru;q=0.5,en;q=0.7", "en"],
    ["en;q=0,ru", "ru"],
    ["RU", "ru"],
  ])("%s → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
