import "server-only";
// Reads what the draft service works on: the active (published) version of a database,
// the stored draft over it, the source language, and the confirmations. Texts are keyed
// by text site key (lib/questionnaire/strings/walk.ts), which names the same string in
// every text version, so a draft survives a publish made under it.
// docs/decisions/012-questionnaire-drafts.md
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { activeQuestionnaire, invalidateActiveQuestionnaire } from "../active.server";
import { LOCALES, isLocale, type Locale, type LocalizedText } from "../locale";
import { describeWhere, stringLimit } from "../strings/rules";
import { termConflicts } from "../strings/terms";
import { textSites, type TextSite } from "../strings/walk";
import type { Questionnaire } from "../types";
import { versionOf } from "../version";
import type { Draft, DraftString, StringStatus, TermWarning } from "./types";

export const SOURCE_LOCALE_SETTING = "questionnaire.sourceLocale";
export const DEFAULT_SOURCE_LOCALE: Locale = "ru";

/** key → locale → hash of the source text the translation was confirmed against. */
export type Confirmations = Record<string, Partial<Record<Locale, string>>>;
export type Texts = Map<string, LocalizedText>;

export interface Base {
  def: Questionnaire;
  key: string;
  /** Whether the version has a row (the seed may not have one yet). */
  stored: boolean;
  /** Null: every translation counts as confirmed (the seed was reviewed bilingually). */
  confirmations: Confirmations | null;
  /** The highest version number stored for this questionnaire id. */
  maxVersion: number;
}

export interface DraftRow {
  baseVersion: string;
  strings: string;
  confirmations: string;
  revision: number;
  updatedBy: string | null;
}

export interface EditState {
  base: Base;
  sourceLocale: Locale;
  sites: TextSite[];
  row: DraftRow | null;
  /** The draft's text of every site (the base's where the draft does not change it). */
  texts: Texts;
  confirmations: Confirmations;
}

export function sourceHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);
}

function parseJsonObject(text: string | null | undefined): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function parseConfirmations(text: string | null | undefined): Confirmations | null {
  const raw = parseJsonObject(text);
  if (!raw) return null;
  const out: Confirmations = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === null || typeof value !== "object") continue;
    const entry: Partial<Record<Locale, string>> = {};
    for (const [locale, hash] of Object.entries(value as Record<string, unknown>)) {
      if (isLocale(locale) && typeof hash === "string") entry[locale] = hash;
    }
    out[key] = entry;
  }
  return out;
}

/**
 * The version the database serves now, as lib/questionnaire/active.server.ts decides it
 * (one rule for which version is active). Read fresh, not from the few-seconds cache: an
 * edit or a publish must build on what another instance may have just published.
 */
export async function readBase(db: Db): Promise<Base> {
  invalidateActiveQuestionnaire(db);
  const def = await activeQuestionnaire(db);
  const key = versionOf(def);
  const [row, newest] = await Promise.all([
    db.questionnaireVersion.findUnique({ where: { key }, select: { confirmations: true } }),
    db.questionnaireVersion.findFirst({ where: { id: def.id }, orderBy: { version: "desc" }, select: { version: true } }),
  ]);
  return {
    def,
    key,
    stored: row !== null,
    confirmations: parseConfirmations(row?.confirmations),
    maxVersion: Math.max(newest?.version ?? 0, def.version),
  };
}

export async function readSourceLocale(db: Db): Promise<Locale> {
  const row = await db.setting.findUnique({ where: { key: SOURCE_LOCALE_SETTING } });
  return isLocale(row?.value) ? row.value : DEFAULT_SOURCE_LOCALE;
}

/** Every translation confirmed against its current source text. */
export function allConfirmed(sites: TextSite[], sourceLocale: Locale): Confirmations {
  const out: Confirmations = {};
  for (const site of sites) {
    const hash = sourceHash(site.text[sourceLocale]);
    const entry: Partial<Record<Locale, string>> = {};
    for (const locale of LOCALES) if (locale !== sourceLocale) entry[locale] = hash;
    out[site.key] = entry;
  }
  return out;
}

export async function readState(db: Db): Promise<EditState> {
  const [base, sourceLocale] = await Promise.all([readBase(db), readSourceLocale(db)]);
  const row = await db.questionnaireDraft.findUnique({ where: { id: base.def.id } });
  const sites = textSites(base.def);
  const texts: Texts = new Map(sites.map((s) => [s.key, { ...s.text }]));
  const stored = parseJsonObject(row?.strings) ?? {};
  for (const [key, value] of Object.entries(stored)) {
    const current = texts.get(key);
    // A key the active version no longer has (a structural bump under the draft) is dropped.
    if (!current || value === null || typeof value !== "object") continue;
    for (const locale of LOCALES) {
      const text = (value as Record<string, unknown>)[locale];
      if (typeof text === "string") current[locale] = text;
    }
  }
  const confirmations = parseConfirmations(row?.confirmations) ?? base.confirmations ?? allConfirmed(sites, sourceLocale);
  return { base, sourceLocale, sites, row, texts, confirmations };
}

export function statusOf(key: string, text: LocalizedText, locale: Locale, sourceLocale: Locale, confirmations: Confirmations): StringStatus {
  const own = text[locale];
  if (locale === sourceLocale) return own.trim() === "" ? "missing" : "source";
  if (own.trim() === "") return "missing";
  if (own === text[sourceLocale]) return "identical";
  return confirmations[key]?.[locale] === sourceHash(text[sourceLocale]) ? "confirmed" : "outdated";
}

/** The definition with the given texts put in place (not validated: a draft may have gaps). */
export function withTexts(def: Questionnaire, texts: Texts, version = def.version): Questionnaire {
  const copy = JSON.parse(JSON.stringify(def)) as Questionnaire & { version: number };
  for (const site of textSites(copy)) {
    const text = texts.get(site.key);
    if (!text) continue;
    let target: unknown = copy;
    for (const step of site.path.slice(0, -1)) target = (target as Record<string | number, unknown>)[step];
    const last = site.path.at(-1);
    if (last === undefined) continue;
    (target as Record<string | number, unknown>)[last] = { ...text };
  }
  copy.version = version;
  return copy;
}

export function nextVersionKey(base: Base): string {
  return versionOf({ id: base.def.id, version: base.maxVersion + 1 });
}

function warningsOf(def: Questionnaire): TermWarning[] {
  return termConflicts(def).map((c) => ({ keys: [c.firstKey, c.otherKey], from: c.from, to: c.to, message: c.message }));
}

export function toDraft(state: EditState): Draft {
  const { base, sourceLocale, confirmations } = state;
  const strings: DraftString[] = state.sites.map((site) => {
    const text = state.texts.get(site.key) ?? site.text;
    const status = Object.fromEntries(LOCALES.map((l) => [l, statusOf(site.key, text, l, sourceLocale, confirmations)])) as Record<Locale, StringStatus>;
    return {
      key: site.key,
      owner: site.owner,
      field: site.field,
      where: describeWhere(site.owner, site.field),
      text: { ...text },
      published: { ...site.text },
      status,
      limit: stringLimit(site.field),
      changed: LOCALES.some((l) => text[l] !== site.text[l]),
    };
  });
  return {
    baseVersion: base.key,
    nextVersion: nextVersionKey(base),
    sourceLocale,
    stored: state.row !== null,
    revision: state.row?.revision ?? 0,
    updatedBy: state.row?.updatedBy ?? null,
    strings,
    warnings: warningsOf(withTexts(base.def, state.texts)),
  };
}

/** The draft's strings that differ from the base, as stored. */
export function overrides(state: EditState): Record<string, LocalizedText> {
  const out: Record<string, LocalizedText> = {};
  for (const site of state.sites) {
    const text = state.texts.get(site.key);
    if (text && LOCALES.some((l) => text[l] !== site.text[l])) out[site.key] = { ...text };
  }
  return out;
}
