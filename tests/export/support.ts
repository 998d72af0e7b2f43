// Test data for the export tests: generated valid responses submitted through the same
// code path as POST /api/responses (submitResponse), covering both routing paths (S1
// yes/no), every item kind, "other" texts and Kazakh and Russian open answers.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { Db } from "@/lib/db/client";
import {
  OPEN_TEXT_MAX_LENGTH,
  generateValidAnswers,
  mulberry32,
  questionnaire,
  questionnaireVersion,
  validateSubmission,
  type Answers,
  type Locale,
} from "@/lib/questionnaire";
import { submitResponse } from "@/lib/responses/submit";

export interface Submitted {
  id: string;
  locale: Locale;
  submittedOn: string;
  /** The answers as stored: validated and normalised (block letters). */
  answers: Answers;
}

const LOCALES: readonly Locale[] = ["kk", "ru", "en"];
export const DATES = ["2026-03-01", "2026-03-02", "2026-03-15", "2026-04-01"] as const;

export async function submitGenerated(db: Db, count: number, seed = 1): Promise<Submitted[]> {
  const rng = mulberry32(seed);
  const out: Submitted[] = [];
  for (let i = 0; i < count; i++) {
    const locale = LOCALES[i % LOCALES.length] ?? "ru";
    const raw = generateValidAnswers(
      questionnaire,
      rng,
      { S1: i % 2 === 0 ? 1 : 2 },
      { textLocale: locale === "en" ? "mixed" : locale, openRate: 0.7, otherRate: 0.3, specialRate: 0.15 },
    );
    out.push(await submit(db, raw, locale, DATES[i % DATES.length] ?? "2026-03-01"));
  }
  return out;
}

/** Submits one response as the API would, returning what was stored. */
export async function submit(db: Db, raw: Answers, locale: Locale, today: string): Promise<Submitted> {
  const id = randomUUID();
  const validated = validateSubmission(questionnaire, raw, locale);
  if (!validated.ok) throw new Error(`generated answers invalid: ${JSON.stringify(validated.errors)}`);
  const result = await submitResponse(db, { id, questionnaireVersion, locale, answers: raw }, { today });
  expect(result.status).toBe("created");
  return { id, locale, submittedOn: today, answers: validated.answers };
}

/** Reads a web stream to a string (UTF-8). */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

/** Reads a web stream to bytes, to look at the BOM. */
export async function readBytes(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Texts that broke the SPSS path or could: line breaks (also blank lines), tabs, quotes,
 * delimiters, formula starts, a leading apostrophe, Kazakh letters, 4-byte emoji, and
 * texts of the maximum length in 2- and 4-byte characters. `{max}` is filled in per item.
 */
export const HOSTILE_TEXTS: readonly ((max: number) => string)[] = [
  () => "первая строка\nвторая \"в кавычках\", запятая; точка с запятой",
  () => "=SUM(A1:A9)\n+1\n-2\n@cmd",
  () => "қазақ әріптері: ә ғ қ ң ө ұ ү һ і\n\nбос жолдан кейін",
  () => "tab\there\tand there\r\nwindows line",
  () => "'already quoted, \"double\" and 'single'",
  () => "emoji 😀 👩🏽‍💻 🇰🇿 in text\nsecond 😀",
  (max) => "😀".repeat(max),
  (max) => "ә".repeat(max),
  (max) => `${"Ж".repeat(max - 2)}\n€`,
  () => "-",
  () => "\"",
];

/** Generated answers whose every open text (open items and "other") is a hostile one. */
export async function submitHostile(db: Db, count: number, seed = 3): Promise<Submitted[]> {
  const rng = mulberry32(seed);
  const out: Submitted[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    const locale = LOCALES[i % LOCALES.length] ?? "ru";
    const raw = generateValidAnswers(questionnaire, rng, { S1: i % 2 === 0 ? 1 : 2 }, { textLocale: "mixed", openRate: 1, otherRate: 0.8, specialRate: 0.1 });
    for (const [key, value] of Object.entries(raw)) {
      if (typeof value !== "string") continue;
      const make = HOSTILE_TEXTS[k++ % HOSTILE_TEXTS.length];
      if (make) raw[key] = make(OPEN_TEXT_MAX_LENGTH);
    }
    out.push(await submit(db, raw, locale, DATES[i % DATES.length] ?? "2026-03-01"));
  }
  return out;
}
