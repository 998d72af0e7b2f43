// A seedable generator of valid responses for any definition: unit tests, fuzzing,
// round-trip tests and demo data all draw from it. It follows routing with the same
// isShown() as the UI, so every generated response is one a respondent could submit.
// Texts are returned as typed (mixed case); validateSubmission() normalises them.
import { SPECIAL_CODES } from "./constants";
import { isShown } from "./routing";
import { answerKeysOf, itemsInOrder, otherVariable } from "./structure";
import type { Answers, Item, Locale, Option, Questionnaire } from "./types";
import { assertNever } from "./assert-never";

export type Random = () => number;

export interface GenerateOptions {
  /** Language of generated free text; "mixed" picks one per answer (default). */
  textLocale?: Locale | "mixed";
  /** Probability that an optional open item is answered (default 0.5). */
  openRate?: number;
  /** Probability of choosing "Other (please specify)" where offered (default 0.15). */
  otherRate?: number;
  /** Probability of choosing 98/99 (or an exclusive option) where offered (default 0.1). */
  specialRate?: number;
}

/** Mulberry32: a tiny, fast, seedable PRNG, good enough for test data (not for secrets). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generates a valid response. `overrides` fixes answers for chosen keys (e.g. `{ S1: 2 }`
 * to take the "no experience" path, `{ Q9: 1 }` to steer demo data); they are used
 * verbatim, so the caller is responsible for their validity. Overriding a key of an item
 * that routing skips, or an undeclared key, throws: it would silently be dropped otherwise.
 */
export function generateValidAnswers(
  def: Questionnaire,
  rng: Random,
  overrides: Readonly<Answers> = {},
  options: GenerateOptions = {},
): Answers {
  const settings = {
    textLocale: options.textLocale ?? "mixed",
    openRate: options.openRate ?? 0.5,
    otherRate: options.otherRate ?? 0.15,
    specialRate: options.specialRate ?? 0.1,
  };
  const placed = itemsInOrder(def);
  const declared = new Set(placed.flatMap((p) => answerKeysOf(p.item)));
  for (const key of Object.keys(overrides)) {
    if (!declared.has(key)) throw new RangeError(`Override for undeclared variable "${key}"`);
  }

  const answers: Answers = {};
  const text = () => sampleText(rng, settings.textLocale);
  for (const { item } of placed) {
    const keys = answerKeysOf(item);
    if (!isShown(item, answers)) {
      const skipped = keys.filter((k) => k in overrides);
      if (skipped.length > 0) {
        throw new RangeError(`Override for ${skipped.join(", ")}, which routing skips for these answers`);
      }
      continue;
    }
    Object.assign(answers, generateItem(item, rng, settings, text));
    for (const key of keys) {
      const value = overrides[key];
      if (value !== undefined) answers[key] = value;
    }
    // Keep "other" text consistent with an overridden selection.
    const other = otherVariable(item);
    if (other !== undefined && !(other in overrides)) {
      if (selects(answers[item.variable], item)) answers[other] ??= text();
      else delete answers[other];
    }
  }
  return answers;
}

function selects(value: Answers[string] | undefined, item: Item): boolean {
  if (item.kind !== "single" && item.kind !== "multi") return false;
  if (item.otherCode === undefined) return false;
  return Array.isArray(value) ? value.includes(item.otherCode) : value === item.otherCode;
}

interface Settings {
  textLocale: Locale | "mixed";
  openRate: number;
  otherRate: number;
  specialRate: number;
}

function generateItem(item: Item, rng: Random, s: Settings, text: () => string): Answers {
  switch (item.kind) {
    case "single": {
      const code = pickCode(item.options, item.otherCode, rng, s);
      const other = otherVariable(item);
      return other !== undefined && code === item.otherCode
        ? { [item.variable]: code, [other]: text() }
        : { [item.variable]: code };
    }
    case "multi": {
      const codes = pickCodes(item, rng, s);
      const out: Answers = { [item.variable]: codes };
      const other = otherVariable(item);
      if (other !== undefined && item.otherCode !== undefined && codes.includes(item.otherCode)) out[other] = text();
      return out;
    }
    case "open":
      return item.required || rng() < s.openRate ? { [item.variable]: text() } : {};
    case "rating": {
      const vars = item.subItems ? item.subItems.map((x) => x.variable) : [item.variable];
      return Object.fromEntries(vars.map((v) => [v, item.min + Math.floor(rng() * (item.max - item.min + 1))]));
    }
    case "matrix":
      return Object.fromEntries(item.rows.map((r) => [r.variable, pickCode(item.scale, undefined, rng, s)]));
    default:
      return assertNever(item);
  }
}

function pick<T>(rng: Random, values: readonly T[]): T {
  const value = values[Math.floor(rng() * values.length)];
  if (value === undefined) throw new RangeError("pick from an empty list");
  return value;
}

/** One code: sometimes 98/99, sometimes "Other", otherwise a substantive option. */
function pickCode(options: Option[], otherCode: number | undefined, rng: Random, s: Settings): number {
  const special = options.filter((o) => SPECIAL_CODES.includes(o.code));
  const regular = options.filter((o) => !SPECIAL_CODES.includes(o.code) && o.code !== otherCode);
  if (special.length > 0 && rng() < s.specialRate) return pick(rng, special).code;
  if (otherCode !== undefined && rng() < s.otherRate) return otherCode;
  return pick(rng, regular.length > 0 ? regular : options).code;
}

/** A selection within the item's limits; an exclusive option always alone. */
function pickCodes(item: Extract<Item, { kind: "multi" }>, rng: Random, s: Settings): number[] {
  const exclusive = item.options.filter((o) => item.exclusiveCodes.includes(o.code));
  if (exclusive.length > 0 && rng() < s.specialRate) return [pick(rng, exclusive).code];
  const combinable = item.options.filter((o) => !item.exclusiveCodes.includes(o.code)).map((o) => o.code);
  const rest = combinable.filter((c) => c !== item.otherCode);
  const chosen = item.otherCode !== undefined && rng() < s.otherRate ? [item.otherCode] : [];
  const max = Math.min(item.maxSelections ?? combinable.length, chosen.length + rest.length);
  const min = Math.max(item.minSelections, chosen.length);
  // If the substantive options alone cannot reach the minimum, "Other" must join.
  if (item.otherCode !== undefined && chosen.length === 0 && rest.length < min) chosen.push(item.otherCode);
  const count = min + Math.floor(rng() * (max - min + 1));
  const pool = [...rest];
  while (chosen.length < count && pool.length > 0) {
    const [code] = pool.splice(Math.floor(rng() * pool.length), 1);
    if (code !== undefined) chosen.push(code);
  }
  // Display order, as the validator returns it.
  return item.options.map((o) => o.code).filter((c) => chosen.includes(c));
}

// Plausible free-text answers as respondents type them: mixed case, Kazakh and Russian
// specific letters (ә ғ қ ң ө ұ ү һ і, ё), so block-letter normalisation is exercised.
const SENTENCES: Record<Locale, readonly string[]> = {
  kk: [
    "Азаматтардың өтініштеріне уақытылы әрі толық жауап беру керек",
    "Қоғамдық кеңестердің ұсыныстарын шын мәнінде ескеру қажет",
    "Әкімдікте азаматтарды қабылдау кестесін ыңғайлы ету",
    "Мемлекеттік қызметшілердің сөйлеу мәдениетін арттыру",
    "Ауылдық округтерде тұрғындармен жиі кездесу өткізу",
    "Шешімдердің жобаларын алдын ала жария талқылауға шығару",
    "Үкіметтік емес ұйымдармен әріптестікті нығайту",
    "Шаһар тұрғындарының пікіріне құлақ асу керек",
  ],
  ru: [
    "Отвечать на обращения граждан по существу, а не формально",
    "Чаще проводить встречи с населением в акиматах",
    "Учитывать предложения общественных советов",
    "Повысить культуру общения с гражданами",
    "Заранее публиковать проекты решений для обсуждения",
    "Ещё больше открытости и живой обратной связи",
    "Давать ёмкие и понятные ответы вместо отписок",
  ],
  en: [
    "Answer citizens' appeals on the merits, not as a formality",
    "Hold regular meetings with residents",
    "Take the proposals of public councils into account",
    "Publish draft decisions for discussion in advance",
    "Be more open to feedback",
  ],
};

function sampleText(rng: Random, locale: Locale | "mixed"): string {
  const lang: Locale = locale === "mixed" ? pick(rng, ["kk", "ru", "en"] as const) : locale;
  const sentences = SENTENCES[lang];
  const first = pick(rng, sentences);
  return rng() < 0.3 ? `${first}. ${pick(rng, sentences)}` : first;
}
