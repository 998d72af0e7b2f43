// The questionnaire editor's and preview's staff strings (kk.ts, ru.ts, en.ts fill them).
// Plain data: the editor's client component receives them as a prop.
import type { DraftProblemCode, StringStatus } from "@/lib/questionnaire/editing/types";

export type QuestionnaireEditorMessages = {
  nav: string;
  title: string;
  /** {base} the active version, {next} the one a publish creates. */
  intro: string;
  readOnly: string;
  noDraft: string;
  /** {who}, {n} the revision. */
  draftBy: string;
  sourceLocale: string;
  sourceLocaleHelp: string;
  setSource: string;
  filter: { label: string; all: string; missing: string; outdated: string; changed: string; warnings: string };
  /** {total} {missing} {outdated} {changed}. */
  counts: string;
  status: Record<StringStatus, string>;
  edited: string;
  changedBadge: string;
  /** {n} {limit}. */
  characters: string;
  /** {language} {where}. */
  confirm: string;
  save: string;
  saving: string;
  /** {n}. */
  saved: string;
  nothingToSave: string;
  discard: string;
  discardConfirm: string;
  discarded: string;
  /** {next}. */
  publish: string;
  /** {version} {n}. */
  published: string;
  /** {n}. */
  publishBlockedMissing: string;
  publishBlockedUnsaved: string;
  publishBlockedNothing: string;
  publishAdminsOnly: string;
  preview: string;
  /** {language}. */
  previewIn: string;
  warningsTitle: string;
  /** {where} {other} {from} {term} {to} {a} {b}. */
  warning: string;
  problemsTitle: string;
  /** {where} {language} {limit}: one per problem code. */
  problems: Record<DraftProblemCode, string>;
  /** Column header of the language columns: {language}. */
  languageColumn: string;
  previewPage: {
    banner: string;
    /** {language} {step}. */
    title: string;
    back: string;
    navLabel: string;
    steps: { start: string; screening: string; part: string; check: string };
    noSubmit: string;
  };
};
