// Heuristic checks that every string is really translated: each language in its own
// script, Kazakh recognisably Kazakh, Russian free of Kazakh letters, no copy-paste
// between languages. Proper nouns that legitimately cross scripts are allow-listed.
import { describe, expect, it } from "vitest";
import { LOCALES, questionnaire, type LocalizedText } from "./index";
import { MISSING_VALUES } from "./codebook";
import { validationMessage } from "./messages";
import type { ValidationErrorCode } from "./types";
import { optionLabels, termConflicts } from "./strings/terms";

interface Found {
  path: string;
  text: LocalizedText;
}

function isLocalizedText(value: object): value is LocalizedText {
  return Object.keys(value).length === 3 && LOCALES.every((l) => l in value);
}

function collect(value: unknown, path: string, out: Found[]): Found[] {
  if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === "object") {
    if (isLocalizedText(value)) out.push({ path, text: value });
    else for (const [k, v] of Object.entries(value)) collect(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

const strings = collect(questionnaire, "", []);
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /[A-Za-z]/;
// Proper nouns and codes written the same way in every language (or kept in Kazakh
// in Russian, as the official Russian region names "область Жетісу/Ұлытау" do).
const LATIN_IN_CYRILLIC_OK = /e-Otinish|eGov|MBA|PhD|BR\d+|\b[IVX]+\b/g;
const KAZAKH_IN_RUSSIAN_OK = /Жетісу|Ұлытау|Нәтиже/g;

describe("translations", () => {
  it("finds the strings of every item (sanity check of the walker)", () => {
    expect(strings.length).toBeGreaterThan(250);
  });

  // Each check lists the offending paths, so a failure names every string to fix.
  const offenders = (bad: (text: LocalizedText) => boolean) => strings.filter((s) => bad(s.text)).map((s) => s.path);

  it("has every string non-empty and trimmed in all three languages", () => {
    expect(offenders((t) => LOCALES.some((l) => t[l].trim() === "" || t[l] !== t[l].trim() || / {2}/.test(t[l])))).toEqual([]);
  });

  it("translates every string rather than copying it between languages", () => {
    expect(offenders((t) => t.kk === t.en || t.ru === t.en || t.kk === t.ru)).toEqual([]);
  });

  it("writes English in Latin script and Kazakh and Russian in Cyrillic", () => {
    expect(offenders((t) => CYRILLIC.test(t.en))).toEqual([]);
    expect(offenders((t) => !CYRILLIC.test(t.kk) || !CYRILLIC.test(t.ru))).toEqual([]);
    expect(offenders((t) => LATIN.test(t.kk.replace(LATIN_IN_CYRILLIC_OK, "")))).toEqual([]);
    expect(offenders((t) => LATIN.test(t.ru.replace(LATIN_IN_CYRILLIC_OK, "")))).toEqual([]);
  });

  it("keeps Kazakh letters out of Russian, except allow-listed proper nouns", () => {
    expect(offenders((t) => KAZAKH_LETTERS.test(t.ru.replace(KAZAKH_IN_RUSSIAN_OK, "")))).toEqual([]);
  });

  it("writes Kazakh phrases recognisably in Kazakh", () => {
    // Any Kazakh phrase of three words or more contains at least one Kazakh-specific
    // letter; a Russian sentence pasted into the kk slot would not.
    const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
    expect(offenders((t) => words(t.kk).length >= 3 && !KAZAKH_LETTERS.test(t.kk))).toEqual([]);
  });

  it("uses each language's quotation marks", () => {
    // «…» outside, „…“ inside, as Kazakh and Russian typography do.
    expect(offenders((t) => /["”]/.test(t.kk) || /["”]/.test(t.ru) || /[«»„]/.test(t.en))).toEqual([]);
  });

  it("writes e-Otinish in one form in all three languages and akimats as әкімдік", () => {
    const all = (l: keyof LocalizedText) => strings.map((s) => s.text[l]).join("\n");
    for (const l of LOCALES) expect(all(l)).toContain("e-Otinish");
    for (const l of LOCALES) expect(all(l)).not.toMatch(/e-Өтініш|e-Отиниш/);
    expect(all("kk")).toContain("әкімдік");
    expect(all("ru")).toContain("акимат");
    expect(all("kk")).toContain("қоғамдық кеңес");
    expect(all("ru")).toContain("общественн");
  });

  it("translates the same option label the same way everywhere (one term, one translation)", () => {
    // The rule lives in lib/questionnaire/strings/terms.ts, where the editor reads it too.
    expect(optionLabels(questionnaire).length).toBeGreaterThan(150);
    const conflicts = termConflicts(questionnaire).map((c) => c.message);
    expect(conflicts).toEqual([]);
  });

  it("uses one Kazakh term for transparency and accountability", () => {
    const kk = strings.map((s) => s.text.kk).join("\n");
    expect(kk).not.toContain("ашық әрі айқын");
    expect(kk).not.toMatch(/есептілі[гк]/);
    expect(kk).not.toContain("үдеріс");
  });

  it("translates validation messages into all three languages, naming the variable", () => {
    const codes: ValidationErrorCode[] = [
      "unknownVariable",
      "expectedCode",
      "expectedCodes",
      "expectedText",
      "expectedInteger",
      "unknownCode",
      "outOfRange",
      "duplicateCode",
      "tooFew",
      "tooMany",
      "exclusiveCombined",
      "required",
      "otherTextMissing",
      "otherTextUnexpected",
      "skipped",
      "tooLong",
      "controlCharacters",
    ];
    for (const code of codes) {
      const params = { variable: "Q10", code: 7, value: 11, min: 1, max: 3, length: 1200, label: "X" };
      const [kk, ru, en] = LOCALES.map((l) => validationMessage(l, code, params));
      for (const m of [kk, ru, en]) expect(m).toMatch(/^Q10: /);
      expect(en).not.toMatch(CYRILLIC);
      expect(kk).not.toBe(ru);
      expect(ru?.replace(/^Q10: /, "")).toMatch(CYRILLIC);
      expect(kk?.replace(/^Q10: /, "")).toMatch(CYRILLIC);
      expect(ru).not.toMatch(KAZAKH_LETTERS);
    }
  });

  it("agrees Russian numerals with their nouns", () => {
    expect(validationMessage("ru", "tooMany", { variable: "Q10", max: 3 })).toBe("Q10: выберите не более 3 вариантов.");
    expect(validationMessage("ru", "tooFew", { variable: "Q10", min: 1 })).toBe("Q10: выберите не менее 1 варианта.");
    expect(validationMessage("ru", "tooLong", { variable: "Q22", length: 1002, max: 1000 })).toContain("1002 символа");
    expect(validationMessage("ru", "tooLong", { variable: "Q22", length: 1005, max: 1000 })).toContain("1005 символов");
    expect(validationMessage("en", "tooMany", { variable: "Q28", max: 2 })).toBe("Q28: select no more than 2 options.");
  });

  it("documents the missing-data codes in all three languages", () => {
    for (const m of MISSING_VALUES) {
      expect(m.meaning.kk).toMatch(KAZAKH_LETTERS);
      expect(m.meaning.ru).not.toMatch(KAZAKH_LETTERS);
      expect(m.meaning.en).not.toMatch(CYRILLIC);
    }
  });
});
