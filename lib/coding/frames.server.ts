import "server-only";
// Code frames: per open question and per "Other" text, the categories analysts code its
// answers into (docs/decisions/017-coding-and-weights.md). Every change is audited; the
// caller has authorized the actor (analyst or admin).
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { audit, type AuditActor } from "@/lib/audit/log";
import type { Db } from "@/lib/db/client";
import { answerVariables, type LocalizedText, type Questionnaire } from "@/lib/questionnaire";

export type CodeCategoryView = { id: string; number: number; label: LocalizedText };
export type CodeFrameView = { id: string; variable: string; categories: CodeCategoryView[] };

/** At most nine categories are on keys 1–9; more are allowed, reached by the form only. */
export const MAX_CATEGORIES = 40;

/** The answer variables that hold free text and can therefore be coded. */
export function codableVariables(def: Questionnaire): { variable: string; question: LocalizedText; label?: LocalizedText }[] {
  return answerVariables(def)
    .filter((v) => v.kind === "open" || v.kind === "other")
    .map((v) => ({ variable: v.variable, question: v.question, ...(v.label ? { label: v.label } : {}) }));
}

const label = z.string().trim().min(1).max(200);
export const categoryInput = z.object({ kk: label, ru: label, en: label });

export type FrameProblem = "not-codable" | "invalid-label" | "too-many" | "no-frame" | "no-category";
export type FrameResult<T> = { ok: true; value: T } | { ok: false; problem: FrameProblem };

type Row = { id: string; variable: string; categories: { id: string; number: number; labelKk: string; labelRu: string; labelEn: string }[] };

function view(row: Row): CodeFrameView {
  return {
    id: row.id,
    variable: row.variable,
    categories: [...row.categories]
      .sort((a, b) => a.number - b.number)
      .map((c) => ({ id: c.id, number: c.number, label: { kk: c.labelKk, ru: c.labelRu, en: c.labelEn } })),
  };
}

export async function listFrames(db: Db): Promise<CodeFrameView[]> {
  const rows = await db.codeFrame.findMany({ include: { categories: true }, orderBy: { variable: "asc" } });
  return rows.map(view);
}

export async function frameFor(db: Db, variable: string): Promise<CodeFrameView | null> {
  const row = await db.codeFrame.findUnique({ where: { variable }, include: { categories: true } });
  return row ? view(row) : null;
}

/** The frame of a variable, created (empty) when it has none yet. */
export async function ensureFrame(db: Db, def: Questionnaire, variable: string, actor: AuditActor): Promise<FrameResult<CodeFrameView>> {
  if (!codableVariables(def).some((v) => v.variable === variable)) return { ok: false, problem: "not-codable" };
  const existing = await frameFor(db, variable);
  if (existing) return { ok: true, value: existing };
  await db.codeFrame.create({ data: { id: randomUUID(), variable } });
  await audit(db, { actor, action: "code-frame-created", details: { variable } });
  return { ok: true, value: (await frameFor(db, variable))! };
}

/**
 * Adds a category (number = next free) or, with `categoryId`, relabels one. Numbers never
 * change once given: they are the exported variables' names (`Q22_c3`).
 */
export async function saveCategory(
  db: Db,
  input: { frameId: string; categoryId?: string; label: unknown },
  actor: AuditActor,
): Promise<FrameResult<CodeCategoryView>> {
  const parsed = categoryInput.safeParse(input.label);
  if (!parsed.success) return { ok: false, problem: "invalid-label" };
  const frame = await db.codeFrame.findUnique({ where: { id: input.frameId }, include: { categories: true } });
  if (!frame) return { ok: false, problem: "no-frame" };
  const data = { labelKk: parsed.data.kk, labelRu: parsed.data.ru, labelEn: parsed.data.en };
  let saved: { id: string; number: number };
  if (input.categoryId) {
    if (!frame.categories.some((c) => c.id === input.categoryId)) return { ok: false, problem: "no-category" };
    saved = await db.codeCategory.update({ where: { id: input.categoryId }, data });
  } else {
    if (frame.categories.length >= MAX_CATEGORIES) return { ok: false, problem: "too-many" };
    const number = Math.max(0, ...frame.categories.map((c) => c.number)) + 1;
    saved = await db.codeCategory.create({ data: { id: randomUUID(), frameId: frame.id, number, ...data } });
  }
  await audit(db, { actor, action: "code-category-saved", details: { variable: frame.variable, category: saved.number, edited: Boolean(input.categoryId) } });
  return { ok: true, value: { id: saved.id, number: saved.number, label: parsed.data } };
}
