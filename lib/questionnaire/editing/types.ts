// What the draft service hands to the editor, the spreadsheet and the command line.
// Types only: safe in client components.
import type { Locale, LocalizedText } from "../locale";

/**
 * A string's state in one language:
 * - source: this is the source language (the one translations are made from);
 * - missing: no text (publishing is refused while any string is missing);
 * - outdated: the source text changed after this translation was last confirmed;
 * - identical: the same text as the source (a name, or a copy nobody translated yet);
 * - confirmed: translated, and confirmed against the current source text.
 */
export type StringStatus = "source" | "missing" | "outdated" | "identical" | "confirmed";

export const STRING_STATUSES: readonly StringStatus[] = ["source", "missing", "outdated", "identical", "confirmed"] as const;

export interface DraftString {
  /** Stable key, e.g. "Q9.options.3.label". */
  key: string;
  /** The item variable or part id, or "questionnaire". */
  owner: string;
  /** The field within the owner, e.g. "options.3.label". */
  field: string;
  /** Human: "Q9 · option 3 · label". */
  where: string;
  text: LocalizedText;
  /** The text of the active (published) version. */
  published: LocalizedText;
  status: Record<Locale, StringStatus>;
  /** Maximum characters for this field, in every language. */
  limit: number;
  /** Whether the draft's text differs from the active version in any language. */
  changed: boolean;
}

export interface Draft {
  /** Key of the active version the draft applies to, e.g. "hearing-state@2". */
  baseVersion: string;
  /** The key the next publish would create. */
  nextVersion: string;
  sourceLocale: Locale;
  /** Whether a draft is stored (false: the draft is the active version unchanged). */
  stored: boolean;
  /** Bumped by every save. */
  revision: number;
  updatedBy: string | null;
  strings: DraftString[];
  /** "One term, one translation" warnings on the draft's option labels. */
  warnings: TermWarning[];
}

export interface TermWarning {
  /** The two strings that disagree. */
  keys: [string, string];
  from: Locale;
  to: Locale;
  message: string;
}

export interface DraftChange {
  key: string;
  locale: Locale;
  text: string;
}

export type DraftProblemCode =
  | "unknownKey"
  | "unknownLocale"
  | "empty"
  | "tooLong"
  | "controlCharacters"
  | "duplicate"
  | "structural"
  | "invalid"
  | "missing"
  | "nothingToPublish"
  | "conflict";

export interface DraftProblem {
  key: string;
  locale?: Locale;
  code: DraftProblemCode;
  message: string;
}

export interface ChangedString {
  key: string;
  locale: Locale;
  before: string;
  after: string;
}

export type DraftResult = { ok: true; changed: ChangedString[] } | { ok: false; problems: DraftProblem[] };

export type PublishResult =
  | { ok: true; version: string; previous: string; changed: ChangedString[] }
  | { ok: false; problems: DraftProblem[] };

/** Who edits: a signed-in staff member, or the command line. */
export interface EditActing {
  actor: { id: string; email: string } | null;
  via: "ui" | "api" | "cli" | "spreadsheet";
}
