// The browser's instant check and the server's validator must give the same verdict on
// every answer a respondent can give: the same error codes on the same variables, the
// same messages, the same unfinished steps. Cases are generated from the real definition
// (and a variant of it that reaches the rules the real one never triggers): for every
// item of every step, each of its kind's rules at and around its limits, with texts whose
// length changes under block-letter normalisation, on both routing paths.
import { describe, expect, it } from "vitest";
import { assertNever } from "@/lib/questionnaire/assert-never";
import { questionnaire } from "@/lib/questionnaire/definition";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire/generate";
import { KIND_CODES } from "@/lib/questionnaire/rules";
import { isShown } from "@/lib/questionnaire/routing";
import { findItem, itemsInOrder, otherVariable } from "@/lib/questionnaire/structure";
import { validatePart } from "@/lib/questionnaire/validate";
import { LOCALES, type Answers, type Item, type ItemKind, type Locale, type Questionnaire } from "@/lib/questionnaire/types";
import { cleanAnswers, type FormValues } from "./answers";
import { stepKeys, without } from "./flow";
import { checkStep, unfinishedSteps } from "./flow-server";
import { projectToLocale } from "./monolingual";
import { quickCheckErrors, quickCheckStep } from "./quick-check";
import { quickUnfinishedSteps } from "./quick-unfinished";
import { itemsOfStep, questionSteps, type Step } from "./steps";

type Patch = FormValues;
interface Case {
  name: string;
  def: Questionnaire;
  step: Step;
  others: Answers;
  values: FormValues;
}

/**
 * Texts around a limit of `max` characters, several of whose lengths differ before and
 * after normalisation (trim, collapsed spaces, NFC, upper-casing that adds letters).
 */
function texts(max: number): [string, string][] {
  const half = Math.floor(max / 2);
  return [
    ["Kazakh letters at the limit", "әұқ".repeat(max).slice(0, max)],
    ["Kazakh letters over the limit", "ә".repeat(max + 1)],
    ["Latin at the limit", "x".repeat(max)],
    ["Latin over the limit", "x".repeat(max + 1)],
    ["padded with spaces to over the limit", `   ${"ж".repeat(max)}   `],
    ["padded with new lines", `\n\n${"a".repeat(max - 1)}\n\n\n`],
    ["runs of spaces inside", "a    ".repeat(Math.ceil(max / 2))],
    ["decomposed letters (и + breve)", "и\u0306".repeat(max)],
    ["decomposed letters over the limit", "и\u0306".repeat(max + 1)],
    ["ß that upper-cases to SS", "ß".repeat(half + 1)],
    ["ß at the limit once upper-cased", "ß".repeat(half)],
    ["emoji at the limit", "👍".repeat(max)],
    ["emoji over the limit", "👍".repeat(max + 1)],
    ["a family emoji (five code points)", "👨‍👩‍👧".repeat(Math.ceil(max / 5) + 1)],
    ["lower case", "әлеуметтік желі"],
    ["only spaces", "    "],
    ["a control character", "жауап\u0007"],
    ["a bidirectional override", "\u202Etxet"],
    ["a lone surrogate", "a\uD800b"],
  ];
}

/** Cases for the "Other" text of a choice that has one, given the value that chooses it. */
function otherCases(item: Item, choose: Patch, notChosen: Patch): [string, Patch][] {
  const key = otherVariable(item);
  if (key === undefined) return [];
  return [
    ["'Other' without its text", { ...choose, [key]: undefined }],
    ["'Other' text where 'Other' is not chosen", { ...notChosen, [key]: "ТЕКСТ" }],
    ["'Other' text that is not text", { ...choose, [key]: 5 }],
    ...texts(1000).map(([name, text]): [string, Patch] => [`'Other' text: ${name}`, { ...choose, [key]: text }]),
  ];
}

/** Each rule of the item's kind, at and around its limits, as patches of the step's values. */
function itemCases(item: Item): [string, Patch][] {
  const v = item.variable;
  switch (item.kind) {
    case "single": {
      const codes = item.options.map((o) => o.code);
      const plain = codes.find((c) => c !== item.otherCode) ?? codes[0];
      return [
        ["blank", { [v]: undefined }],
        ["not a code", { [v]: "x" }],
        ["an unknown code", { [v]: Math.max(...codes) + 1 }],
        ["code 0", { [v]: 0 }],
        ...codes.map((c): [string, Patch] => [`option ${c}`, { [v]: c }]),
        ...(item.otherCode !== undefined ? otherCases(item, { [v]: item.otherCode }, { [v]: plain }) : []),
      ];
    }
    case "multi": {
      const codes = item.options.map((o) => o.code);
      const plain = codes.filter((c) => !item.exclusiveCodes.includes(c));
      const max = item.maxSelections ?? plain.length;
      const withOther = item.otherCode !== undefined ? [item.otherCode, ...plain.filter((c) => c !== item.otherCode)] : plain;
      const cases: [string, Patch][] = [
        ["blank", { [v]: [] }],
        ["not codes", { [v]: "1,x" }],
        ["an unknown code", { [v]: [plain[0] ?? 1, Math.max(...codes) + 1] }],
        ["the same option twice", { [v]: [plain[0] ?? 1, plain[0] ?? 1] }],
        ["at the maximum", { [v]: plain.slice(0, max) }],
        ["one over the maximum", { [v]: plain.slice(0, max + 1) }],
        ["at the minimum", { [v]: plain.slice(0, item.minSelections) }],
        ["one under the minimum", { [v]: plain.slice(0, item.minSelections - 1) }],
        ["every option", { [v]: codes }],
      ];
      for (const exclusive of item.exclusiveCodes) {
        cases.push([`exclusive ${exclusive} alone`, { [v]: [exclusive] }]);
        cases.push([`exclusive ${exclusive} with another`, { [v]: [plain[0] ?? 1, exclusive] }]);
        if (item.otherCode !== undefined) cases.push([`exclusive ${exclusive} with 'Other'`, { [v]: [exclusive, item.otherCode] }]);
      }
      const other = otherVariable(item);
      if (other !== undefined) {
        cases.push(...otherCases(item, { [v]: withOther.slice(0, item.minSelections) }, { [v]: plain.filter((c) => c !== item.otherCode).slice(0, item.minSelections) }));
        cases.push(["'Other' without its text among too many", { [v]: withOther.slice(0, max + 1), [other]: undefined }]);
      }
      return cases;
    }
    case "open":
      return [
        ["blank", { [v]: undefined }],
        ["not text", { [v]: 5 }],
        ...texts(item.maxLength).map(([name, text]): [string, Patch] => [name, { [v]: text }]),
      ];
    case "rating": {
      const keys = item.subItems ? item.subItems.map((s) => s.variable) : [v];
      return keys.flatMap((key): [string, Patch][] => [
        [`${key} blank`, { [key]: undefined }],
        [`${key} at the minimum`, { [key]: item.min }],
        [`${key} at the maximum`, { [key]: item.max }],
        [`${key} under the minimum`, { [key]: item.min - 1 }],
        [`${key} over the maximum`, { [key]: item.max + 1 }],
        [`${key} not a whole number`, { [key]: (item.min + item.max) / 2 + 0.5 }],
        [`${key} not a number`, { [key]: "x" }],
      ]);
    }
    case "matrix": {
      const codes = item.scale.map((o) => o.code);
      return item.rows.flatMap(({ variable: key }): [string, Patch][] => [
        [`${key} blank`, { [key]: undefined }],
        [`${key} an unknown code`, { [key]: Math.max(...codes) + 1 }],
        [`${key} not a code`, { [key]: "x" }],
        ...codes.map((c): [string, Patch] => [`${key} option ${c}`, { [key]: c }]),
      ]);
    }
    default:
      return assertNever(item);
  }
}

/** The limits the real definition never uses: a minimum of two, a required open answer, a short one, an optional rating. */
const VARIANT: Record<string, (item: Item) => void> = {
  Q10: (item) => item.kind === "multi" && (item.minSelections = 2),
  Q22: (item) => item.kind === "open" && (item.required = true),
  Q31: (item) => item.kind === "open" && (item.maxLength = 12),
  Q26: (item) => item.kind === "rating" && (item.required = false),
};

function variant(): Questionnaire {
  const def = structuredClone(questionnaire);
  for (const part of def.parts) for (const item of part.items) VARIANT[item.variable]?.(item);
  return def;
}

/**
 * Every item's cases on the path where it is shown (S1=1), the routed Part II also on the
 * path where its items are hidden (S1=2), and the variant's changed items.
 */
function* cases(def: Questionnaire, label: string, paths: readonly { S1: number; steps?: readonly Step[]; items?: readonly string[] }[]): Generator<Case> {
  for (const path of paths) {
    const full = generateValidAnswers(def, mulberry32(path.S1 * 7), { S1: path.S1 }, { textLocale: "en", openRate: 1, otherRate: 0, specialRate: 0 });
    for (const { item } of itemsInOrder(def)) {
      const text = full[item.variable];
      if (item.kind === "open" && typeof text === "string") full[item.variable] = text.slice(0, item.maxLength).trim();
    }
    for (const step of path.steps ?? questionSteps(def)) {
      const keys = stepKeys(def, step);
      const others = without(full, keys);
      const values: FormValues = Object.fromEntries(Object.entries(full).filter(([k]) => keys.has(k)));
      const at = `${label}, S1=${path.S1}, step ${step}`;
      yield { name: `${at}: valid`, def, step, others, values };
      yield { name: `${at}: an unknown key`, def, step, others, values: { ...values, Q99: 1 } };
      yield { name: `${at}: all blank`, def, step, others, values: {} };
      for (const item of itemsOfStep<Item>(def, step)) {
        if (path.items && !path.items.includes(item.variable)) continue;
        // Hidden items are ignored on both sides, whatever they hold.
        const hidden = !isShown(item, full);
        for (const [name, patch] of itemCases(item)) {
          yield { name: `${at}: ${item.variable}${hidden ? " (hidden)" : ""} ${name}`, def, step, others, values: { ...values, ...patch } };
        }
      }
    }
    // Routing on a screening answer that is missing: Part II's routed items are hidden.
    yield { name: `${label}, S1 missing: Part II`, def, step: 1, others: without(full, new Set(["S1"])), values: { Q15: 77, Q16: [1, 1] } };
  }
}

const all: Case[] = [
  ...cases(questionnaire, "real", [{ S1: 1 }, { S1: 2, steps: [1] }]),
  ...cases(variant(), "variant", [{ S1: 1, steps: [1, 2], items: Object.keys(VARIANT) }]),
];
// The browser holds the definition in its page's language only (see monolingual.ts).
const monoCache = new Map<string, Questionnaire>();
function browserDef(c: Case, locale: Locale): Questionnaire {
  const key = `${c.name.split(",")[0]}:${locale}`;
  let mono = monoCache.get(key);
  if (!mono) monoCache.set(key, (mono = projectToLocale(c.def, locale)));
  return mono;
}
const codesOf = (errors: readonly { variable: string; code: string }[]) => errors.map((e) => `${e.variable}:${e.code}`);

/** What the server's per-part validator says about a step, as the no-JS flow calls it. */
function serverErrors(c: Case, locale: Locale) {
  const input = cleanAnswers(c.def, { ...without(c.others, stepKeys(c.def, c.step)), ...c.values });
  const verdict = validatePart(c.def, c.step, input, locale);
  return verdict.ok ? [] : verdict.errors;
}

describe("the browser's quick check and the server's validator", () => {
  it(`give the same error codes on the same variables (${all.length} generated cases)`, () => {
    const mismatches: string[] = [];
    for (const c of all) {
      for (const locale of LOCALES) {
        const server = codesOf(serverErrors(c, locale));
        const browser = codesOf(quickCheckErrors(browserDef(c, locale), locale, c.step, c.others, c.values));
        if (server.join() !== browser.join()) mismatches.push(`${locale} ${c.name}: server [${server.join(", ")}], browser [${browser.join(", ")}]`);
      }
    }
    expect(mismatches.slice(0, 20), `${mismatches.length} cases differ`).toEqual([]);
  });

  it("show the respondent the same messages, and agree on the unfinished steps", () => {
    const mismatches: string[] = [];
    for (const c of all) {
      for (const locale of LOCALES) {
        const mono = browserDef(c, locale);
        const server = checkStep(c.def, locale, c.step, c.others, c.values);
        const browser = quickCheckStep(mono, locale, c.step, c.others, c.values);
        const serverMessages = server.ok ? [] : server.errors;
        if (JSON.stringify(serverMessages) !== JSON.stringify(browser)) {
          mismatches.push(`${locale} ${c.name}: server ${JSON.stringify(serverMessages)}, browser ${JSON.stringify(browser)}`);
        }
        const answers = cleanAnswers(c.def, { ...c.others, ...c.values });
        const unfinished = unfinishedSteps(c.def, locale, answers);
        const quick = quickUnfinishedSteps(mono, answers, locale);
        if (unfinished.join() !== quick.join()) mismatches.push(`${locale} ${c.name}: unfinished server [${unfinished.join()}], browser [${quick.join()}]`);
      }
    }
    expect(mismatches.slice(0, 10), `${mismatches.length} cases differ`).toEqual([]);
  });

  it("the cases reach every rule of every item kind", () => {
    const seen = new Set<string>();
    for (const c of all) {
      for (const error of serverErrors(c, "en")) {
        const kind = findItem(c.def, error.variable)?.item.kind;
        if (kind) seen.add(`${kind}:${error.code}`);
      }
    }
    // The form drops an "Other" text once "Other" is unticked (cleanAnswers), so neither side
    // ever sees one; validate.test.ts covers the server's rule for API clients.
    const unreachable = new Set(["otherTextUnexpected"]);
    const expected = (Object.keys(KIND_CODES) as ItemKind[]).flatMap((kind) =>
      KIND_CODES[kind].filter((code) => !unreachable.has(code)).map((code) => `${kind}:${code}`),
    );
    expect(expected.filter((k) => !seen.has(k))).toEqual([]);
    // …and nothing outside the table: a rule that yields a code it does not declare is caught here.
    expect([...seen].filter((k) => !expected.includes(k))).toEqual([]);
  });

  it("accept every case the server accepts, with the answers normalised once", () => {
    // Sanity of the generator: the valid cases are valid on both sides.
    const valid = all.filter((c) => c.name.endsWith(": valid"));
    expect(valid.length).toBeGreaterThan(0);
    for (const c of valid) expect(codesOf(serverErrors(c, "kk")), c.name).toEqual([]);
  });
});
