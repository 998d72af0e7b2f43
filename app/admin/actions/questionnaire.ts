"use server";
// The questionnaire editor's actions: save draft texts, confirm a translation, discard the
// draft, set the source language (translators and admins edit; admins publish). Each
// authorizes itself and returns a plain result for the editor; the service audits.
import { z } from "zod";
import { requireStaffAction } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/client";
import { applyDraftChanges, confirmTranslation, discardDraft, setSourceLocale } from "@/lib/questionnaire/editing/draft.server";
import { publishDraft } from "@/lib/questionnaire/editing/publish.server";
import type { DraftResult, PublishResult } from "@/lib/questionnaire/editing/types";

const locale = z.enum(["kk", "ru", "en"]);
const changesSchema = z.array(z.strictObject({ key: z.string().max(200), locale, text: z.string().max(10_000) })).max(5_000);
const confirmSchema = z.strictObject({ key: z.string().max(200), locale });

const BAD_INPUT: DraftResult = { ok: false, problems: [{ key: "", code: "invalid", message: "Malformed request" }] };

export async function saveDraftAction(changes: unknown): Promise<DraftResult> {
  const staff = await requireStaffAction("questionnaire.edit");
  const parsed = changesSchema.safeParse(changes);
  if (!parsed.success) return BAD_INPUT;
  return applyDraftChanges(await getDb(), parsed.data, { actor: staff, via: "ui" });
}

export async function confirmTranslationAction(input: unknown): Promise<DraftResult> {
  const staff = await requireStaffAction("questionnaire.edit");
  const parsed = confirmSchema.safeParse(input);
  if (!parsed.success) return BAD_INPUT;
  return confirmTranslation(await getDb(), parsed.data.key, parsed.data.locale, { actor: staff, via: "ui" });
}

export async function discardDraftAction(): Promise<{ discarded: boolean }> {
  const staff = await requireStaffAction("questionnaire.edit");
  return discardDraft(await getDb(), { actor: staff, via: "ui" });
}

export async function setSourceLocaleAction(input: unknown): Promise<{ changed: boolean }> {
  const staff = await requireStaffAction("admin");
  const parsed = locale.safeParse(input);
  if (!parsed.success) return { changed: false };
  return setSourceLocale(await getDb(), parsed.data, { actor: staff, via: "ui" });
}

export async function publishDraftAction(): Promise<PublishResult> {
  const staff = await requireStaffAction("questionnaire.publish");
  return publishDraft(await getDb(), { actor: staff, via: "ui" });
}
