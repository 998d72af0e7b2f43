// Which texts each published version changed: the stored versions of one questionnaire,
// compared string by string with the version before. The codebook prints it so a reader of
// an export knows which wording respondents of each version saw (value and variable
// labels in the files come from the newest version). Pure: the caller loads the versions.
import { LOCALES, type Locale } from "./locale";
import { structureFingerprint, textSites } from "./strings/walk";
import type { Questionnaire } from "./types";
import { versionOf } from "./version";

export interface TextChange {
  /** The string's stable key, e.g. "Q9.options.3.label". */
  key: string;
  /** The item variable or part id the string belongs to ("questionnaire" for the title and interface texts). */
  owner: string;
  /** The field within the owner, e.g. "options.3.label", "help". */
  field: string;
  locale: Locale;
  before: string;
  after: string;
}

export interface TextVersion {
  /** "hearing-state@3" */
  version: string;
  number: number;
  /** The version it is compared with, e.g. "hearing-state@2". */
  previous: string;
  changes: TextChange[];
}

/**
 * Text changes between consecutive versions (oldest first in, oldest first out). Only a
 * text version (the same structure as the one before) is compared: a structural version
 * (a developer's new seed) is described by the researchers' notes on that version.
 */
export function textHistory(versions: readonly Questionnaire[]): TextVersion[] {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const out: TextVersion[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (!previous || !current || previous.id !== current.id) continue;
    if (structureFingerprint(previous) !== structureFingerprint(current)) continue;
    const before = new Map(textSites(previous).map((s) => [s.key, s]));
    const changes: TextChange[] = [];
    for (const site of textSites(current)) {
      const old = before.get(site.key);
      if (!old) continue;
      for (const locale of LOCALES) {
        if (old.text[locale] !== site.text[locale]) {
          changes.push({ key: site.key, owner: site.owner, field: site.field, locale, before: old.text[locale], after: site.text[locale] });
        }
      }
    }
    out.push({ version: versionOf(current), number: current.version, previous: versionOf(previous), changes });
  }
  return out;
}

/** The changes that touch one owner (an item variable, a sub-item, a row or a part). */
export function changesOf(history: readonly TextVersion[], owner: string): { version: string; change: TextChange }[] {
  return history.flatMap((v) => v.changes.filter((c) => c.owner === owner).map((change) => ({ version: v.version, change })));
}

/** "hearing-state@3 ru help: «old» → «new»", one line of a table cell. */
export function describeTextChange(version: string, change: TextChange): string {
  return `${version} ${change.locale} ${change.field}: «${change.before}» → «${change.after}»`;
}
