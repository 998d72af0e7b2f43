import "server-only";
// The draft of the next text version: read it with statuses, change texts (all or
// nothing), confirm a translation, discard it, choose the source language. Saves are
// optimistic: each writes the revision it read, and a save that lost a race re-reads and
// applies its changes again, so two translators saving at once both keep their work.
// docs/decisions/012-questionnaire-drafts.md
import type { Db } from "@/lib/db/client";
import { audit } from "@/lib/audit/log";
import { LOCALES, isLocale, type Locale } from "../locale";
import { describeStringProblem, normaliseText, stringLength, stringLimit, stringProblem } from "../strings/rules";
import {
  SOURCE_LOCALE_SETTING,
  overrides,
  readSourceLocale,
  readState,
  sourceHash,
  statusOf,
  toDraft,
  withTexts,
  type Confirmations,
  type EditState,
} from "./state.server";
import type { Questionnaire } from "../types";
import type { ChangedString, Draft, DraftChange, DraftProblem, DraftResult, EditActing } from "./types";

export { readSourceLocale };

const SAVE_ATTEMPTS = 5;

export async function loadDraft(db: Db): Promise<Draft> {
  return toDraft(await readState(db));
}

/**
 * The draft and the definition it would publish, for the editor and the preview. The
 * definition is not validated (a draft may have missing strings; the preview shows them empty).
 */
export async function loadDraftDefinition(db: Db): Promise<{ draft: Draft; definition: Questionnaire; version: string }> {
  const state = await readState(db);
  return { draft: toDraft(state), definition: withTexts(state.base.def, state.texts), version: state.base.key };
}

function actorName(acting: EditActing): string {
  return acting.actor?.email ?? acting.via;
}

class LostRace extends Error {}

/** Writes the state's texts and confirmations if nobody saved since it was read. */
async function writeDraft(db: Db, state: EditState, acting: EditActing): Promise<void> {
  const data = {
    baseVersion: state.base.key,
    strings: JSON.stringify(overrides(state)),
    confirmations: JSON.stringify(state.confirmations),
    updatedBy: actorName(acting),
  };
  const id = state.base.def.id;
  if (!state.row) {
    try {
      await db.questionnaireDraft.create({ data: { id, ...data, revision: 1 } });
    } catch (error) {
      if ((error as { code?: unknown }).code === "P2002") throw new LostRace();
      throw error;
    }
    return;
  }
  const { count } = await db.questionnaireDraft.updateMany({
    where: { id, revision: state.row.revision },
    data: { ...data, revision: state.row.revision + 1 },
  });
  if (count !== 1) throw new LostRace();
}

/** Re-reads and retries `step` until its write wins (or a problem is found). */
async function withRetries<T>(db: Db, step: (state: EditState) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step(await readState(db));
    } catch (error) {
      if (!(error instanceof LostRace) || attempt >= SAVE_ATTEMPTS) throw error;
    }
  }
}

/** The problems of a set of changes against a state (nothing is changed). */
function checkChanges(state: EditState, changes: readonly DraftChange[]): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const fields = new Map(state.sites.map((s) => [s.key, s.field]));
  const seen = new Map<string, string>();
  for (const change of changes) {
    const field = fields.get(change.key);
    if (field === undefined) {
      problems.push({ key: change.key, code: "unknownKey", message: `${change.key}: no such string in ${state.base.key}` });
      continue;
    }
    if (!isLocale(change.locale)) {
      problems.push({ key: change.key, code: "unknownLocale", message: `${change.key}: unknown language "${String(change.locale)}"` });
      continue;
    }
    const text = normaliseText(change.text);
    const id = `${change.key}\u0000${change.locale}`;
    const earlier = seen.get(id);
    if (earlier !== undefined && earlier !== text) {
      problems.push({ key: change.key, locale: change.locale, code: "duplicate", message: `${change.key} (${change.locale}): given twice with different texts` });
      continue;
    }
    seen.set(id, text);
    const limit = stringLimit(field);
    const problem = stringProblem(text, limit, change.locale === state.sourceLocale);
    if (problem) {
      problems.push({
        key: change.key,
        locale: change.locale,
        code: problem,
        message: `${change.key} (${change.locale}) ${describeStringProblem(problem, limit, stringLength(text))}`,
      });
    }
  }
  return problems;
}

/**
 * Applies text changes to the draft, all or nothing. A changed translation counts as
 * confirmed against the source text it was written next to; a changed source text makes
 * every translation not changed with it outdated.
 */
export async function applyDraftChanges(db: Db, changes: readonly DraftChange[], acting: EditActing): Promise<DraftResult> {
  return withRetries(db, async (state): Promise<DraftResult> => {
    const problems = checkChanges(state, changes);
    if (problems.length > 0) return { ok: false, problems };
    const changed: ChangedString[] = [];
    const touched = new Set<string>();
    for (const change of changes) {
      const text = state.texts.get(change.key);
      if (!text) continue;
      const after = normaliseText(change.text);
      if (text[change.locale] === after) continue;
      const existing = changed.find((c) => c.key === change.key && c.locale === change.locale);
      if (!existing) changed.push({ key: change.key, locale: change.locale, before: text[change.locale], after });
      text[change.locale] = after;
      touched.add(change.key);
    }
    if (changed.length === 0) return { ok: true, changed };
    const confirmations: Confirmations = { ...state.confirmations };
    for (const key of touched) {
      const text = state.texts.get(key);
      if (!text) continue;
      const entry = { ...confirmations[key] };
      for (const c of changed) {
        if (c.key === key && c.locale !== state.sourceLocale && c.after !== "") entry[c.locale] = sourceHash(text[state.sourceLocale]);
      }
      confirmations[key] = entry;
    }
    await writeDraft(db, { ...state, confirmations }, acting);
    await audit(db, {
      actor: acting.actor,
      action: "questionnaire-draft-saved",
      details: { via: acting.via, base: state.base.key, count: changed.length, strings: changed.slice(0, 40).map((c) => `${c.key}:${c.locale}`) },
    });
    return { ok: true, changed };
  });
}

/** Marks a translation as checked against the current source text (it is no longer outdated). */
export async function confirmTranslation(db: Db, key: string, locale: Locale, acting: EditActing): Promise<DraftResult> {
  return withRetries(db, async (state): Promise<DraftResult> => {
    const text = state.texts.get(key);
    if (!text) return { ok: false, problems: [{ key, code: "unknownKey", message: `${key}: no such string in ${state.base.key}` }] };
    if (!isLocale(locale)) return { ok: false, problems: [{ key, code: "unknownLocale", message: `${key}: unknown language` }] };
    const status = statusOf(key, text, locale, state.sourceLocale, state.confirmations);
    if (status === "missing") return { ok: false, problems: [{ key, locale, code: "missing", message: `${key} (${locale}) has no text to confirm` }] };
    if (status === "source" || status === "confirmed") return { ok: true, changed: [] };
    const confirmations: Confirmations = { ...state.confirmations, [key]: { ...state.confirmations[key], [locale]: sourceHash(text[state.sourceLocale]) } };
    await writeDraft(db, { ...state, confirmations }, acting);
    await audit(db, { actor: acting.actor, action: "questionnaire-translation-confirmed", details: { via: acting.via, key, locale } });
    return { ok: true, changed: [] };
  });
}

/** Throws the draft away: the editor shows the active version again. */
export async function discardDraft(db: Db, acting: EditActing): Promise<{ discarded: boolean }> {
  const state = await readState(db);
  const { count } = await db.questionnaireDraft.deleteMany({ where: { id: state.base.def.id } });
  if (count > 0) await audit(db, { actor: acting.actor, action: "questionnaire-draft-discarded", details: { via: acting.via, base: state.base.key } });
  return { discarded: count > 0 };
}

/**
 * Makes `locale` the language translations are made from. Translations that were up to
 * date stay so (confirmed against the new source text); those that were outdated stay
 * outdated, and so does every translation of a string whose new source was itself outdated.
 */
export async function setSourceLocale(db: Db, locale: Locale, acting: EditActing): Promise<{ changed: boolean }> {
  if (!isLocale(locale)) throw new Error(`Unknown language ${String(locale)}`);
  return withRetries(db, async (state) => {
    if (state.sourceLocale === locale) return { changed: false };
    const confirmations: Confirmations = {};
    for (const site of state.sites) {
      const text = state.texts.get(site.key) ?? site.text;
      const fresh = (l: Locale) => {
        const s = statusOf(site.key, text, l, state.sourceLocale, state.confirmations);
        return s === "source" || s === "confirmed" || s === "identical";
      };
      const entry: Partial<Record<Locale, string>> = {};
      for (const l of LOCALES) {
        if (l === locale) continue;
        entry[l] = fresh(l) && fresh(locale) ? sourceHash(text[locale]) : "outdated";
      }
      confirmations[site.key] = entry;
    }
    await writeDraft(db, { ...state, confirmations }, acting);
    await db.setting.upsert({ where: { key: SOURCE_LOCALE_SETTING }, create: { key: SOURCE_LOCALE_SETTING, value: locale }, update: { value: locale } });
    await audit(db, { actor: acting.actor, action: "questionnaire-source-locale-set", details: { via: acting.via, from: state.sourceLocale, to: locale } });
    return { changed: true };
  });
}
