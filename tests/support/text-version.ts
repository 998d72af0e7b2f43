// Text versions for tests: the seed (or another version) with some strings changed and
// the next version number, validated like a published one, and stored as a row of
// QuestionnaireVersion the way publishing stores it.
import type { Db } from "@/lib/db/client";
import { loadQuestionnaire } from "@/lib/questionnaire/definition";
import type { LocalizedText } from "@/lib/questionnaire/locale";
import { textSites } from "@/lib/questionnaire/strings/walk";
import type { Questionnaire } from "@/lib/questionnaire/types";
import { versionOf } from "@/lib/questionnaire/version";

export type TextEdits = Record<string, Partial<LocalizedText>>;

/** `base` with `edits` (by textSites key) applied and `version` set; throws on an unknown key. */
export function textVersion(base: Questionnaire, version: number, edits: TextEdits): Questionnaire {
  const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  const sites = new Map(textSites(copy).map((s) => [s.key, s]));
  for (const [key, text] of Object.entries(edits)) {
    const site = sites.get(key);
    if (!site) throw new Error(`No string with key ${key}`);
    Object.assign(site.text, text);
  }
  copy.version = version;
  return loadQuestionnaire(copy);
}

/** Stores a definition as a published version (raw JSON, so a test may store a broken one too). */
export async function storeVersion(db: Db, def: { id: string; version: number }, definition: string = JSON.stringify(def)): Promise<string> {
  const key = versionOf(def);
  await db.questionnaireVersion.create({ data: { key, id: def.id, version: def.version, definition } });
  return key;
}

/** The first option label of a single-choice question: a string every version has. */
export function firstOptionLabelKey(def: Questionnaire): string {
  const site = textSites(def).find((s) => /^options\.\d+\.label$/.test(s.field));
  if (!site) throw new Error("No option label");
  return site.key;
}

/** The text of a string by key. */
export function textOf(def: Questionnaire, key: string): LocalizedText {
  const site = textSites(def).find((s) => s.key === key);
  if (!site) throw new Error(`No string with key ${key}`);
  return site.text;
}
