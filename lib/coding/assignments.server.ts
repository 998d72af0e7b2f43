import "server-only";
// Codes given to answers, per coder (docs/decisions/017-coding-and-weights.md). An answer is
// named by its Answer row's key, "<responseId>:<ordinal>": the response's random id, never
// anything that counts arrivals, and answers are listed in that id order. Only released
// days are listed (lib/responses/release.ts), like every other staff view of answers.
import type { Db } from "@/lib/db/client";
import { isSmall } from "@/lib/dashboard/disclosure";
import { minGroupSize } from "@/lib/dashboard/filter-guard";
import { releaseCutoff } from "@/lib/responses/release";
import type { CoderCodes } from "./kappa";
import type { CodeFrameView } from "./frames.server";

export type AnswerKey = { responseId: string; ordinal: number };

export function answerId(key: AnswerKey): string {
  return `${key.responseId}:${key.ordinal}`;
}

export function parseAnswerId(value: string): AnswerKey | null {
  const match = /^([0-9a-fA-F-]{1,64}):(\d{1,6})$/.exec(value);
  return match ? { responseId: match[1]!, ordinal: Number(match[2]) } : null;
}

export type CodingRow = {
  id: string;
  text: string;
  locale: string;
  /** This coder's categories (numbers). */
  mine: number[];
  /** Other coders' categories, unless the view is blind. */
  others: number[];
};

export type CodingPage =
  | { shown: false; reason: "small" }
  | { shown: true; total: number; coded: number; matching: number; rows: CodingRow[] };

type AnswerRow = { responseId: string; ordinal: number; text: string | null; response: { locale: string } };

async function releasedAnswers(db: Db, variable: string): Promise<AnswerRow[]> {
  const cutoff = releaseCutoff();
  return db.answer.findMany({
    where: { variable, code: null, text: { not: null }, ...(cutoff ? { response: { submittedOn: { lt: cutoff } } } : {}) },
    select: { responseId: true, ordinal: true, text: true, response: { select: { locale: true } } },
    orderBy: [{ responseId: "asc" }, { ordinal: "asc" }],
  });
}

/** Every coder's codes in a frame: coder id → answer id → category numbers. */
export async function frameCodes(db: Db, frame: CodeFrameView): Promise<Map<string, Map<string, Set<number>>>> {
  const numberOf = new Map(frame.categories.map((c) => [c.id, c.number]));
  const rows = await db.codeAssignment.findMany({
    where: { categoryId: { in: [...numberOf.keys()] } },
    select: { responseId: true, ordinal: true, coderId: true, categoryId: true },
  });
  const byCoder = new Map<string, Map<string, Set<number>>>();
  for (const row of rows) {
    const coder = byCoder.get(row.coderId) ?? new Map<string, Set<number>>();
    byCoder.set(row.coderId, coder);
    const id = answerId(row);
    const set = coder.get(id) ?? new Set<number>();
    coder.set(id, set);
    set.add(numberOf.get(row.categoryId)!);
  }
  return byCoder;
}

/**
 * One page of a frame's answers for one coder. `blind` hides the other coders' codes
 * (a second coder's independent judgement, for kappa); `uncoded` lists only answers this
 * coder has not coded yet. Withheld when fewer than k answers exist, as open texts are.
 */
export async function codingPage(
  db: Db,
  frame: CodeFrameView,
  coderId: string,
  options: { blind: boolean; uncoded: boolean; offset: number; limit: number },
  k = minGroupSize(),
): Promise<CodingPage> {
  const answers = await releasedAnswers(db, frame.variable);
  if (isSmall(answers.length, k)) return { shown: false, reason: "small" };
  const codes = await frameCodes(db, frame);
  const mine: CoderCodes = codes.get(coderId) ?? new Map();
  const visible = new Set(answers.map((a) => answerId(a)));
  const coded = [...mine.keys()].filter((id) => visible.has(id)).length;
  const listed = options.uncoded ? answers.filter((a) => !mine.has(answerId(a))) : answers;
  const rows = listed.slice(options.offset, options.offset + options.limit).map((a): CodingRow => {
    const id = answerId(a);
    const others = new Set<number>();
    if (!options.blind) for (const [coder, map] of codes) if (coder !== coderId) for (const n of map.get(id) ?? []) others.add(n);
    return { id, text: a.text ?? "", locale: a.response.locale, mine: [...(mine.get(id) ?? [])].sort((x, y) => x - y), others: [...others].sort((x, y) => x - y) };
  });
  return { shown: true, total: answers.length, coded, matching: listed.length, rows };
}

export type SetCodesProblem = "no-answer" | "no-category";

/**
 * Replaces one coder's categories on one answer (the plain form sends the whole set; the
 * keyboard sends the same). An empty set un-codes the answer.
 */
export async function setCodes(
  db: Db,
  frame: CodeFrameView,
  input: { answer: string; coderId: string; categories: readonly number[] },
): Promise<{ ok: true } | { ok: false; problem: SetCodesProblem }> {
  const key = parseAnswerId(input.answer);
  if (!key) return { ok: false, problem: "no-answer" };
  const answer = await db.answer.findUnique({ where: { responseId_ordinal: key }, select: { variable: true, text: true } });
  if (!answer || answer.variable !== frame.variable || answer.text === null) return { ok: false, problem: "no-answer" };
  const byNumber = new Map(frame.categories.map((c) => [c.number, c.id]));
  const ids: string[] = [];
  for (const n of new Set(input.categories)) {
    const id = byNumber.get(n);
    if (!id) return { ok: false, problem: "no-category" };
    ids.push(id);
  }
  await db.$transaction([
    db.codeAssignment.deleteMany({ where: { ...key, coderId: input.coderId, categoryId: { in: [...byNumber.values()] } } }),
    db.codeAssignment.createMany({ data: ids.map((categoryId) => ({ ...key, coderId: input.coderId, categoryId })) }),
  ]);
  return { ok: true };
}

/**
 * The frame's primary coder: whoever coded the most of its answers (ties by coder id).
 * Exports and the dashboard use this coder's codes; a blind second coder serves the kappa.
 */
export async function primaryCoder(db: Db, frame: CodeFrameView): Promise<string | null> {
  const rows = await db.codeAssignment.groupBy({
    by: ["coderId", "responseId", "ordinal"],
    where: { categoryId: { in: frame.categories.map((c) => c.id) } },
  });
  const answered = new Map<string, number>();
  for (const row of rows) answered.set(row.coderId, (answered.get(row.coderId) ?? 0) + 1);
  return [...answered].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}
