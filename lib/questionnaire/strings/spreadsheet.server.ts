import "server-only";
// The strings workbook against the draft: download the draft's strings (xlsx or CSV) and
// apply an uploaded one, all or nothing, through the draft service. The route handlers
// and `npm run questionnaire` both come here, so the web and the command line refuse and
// apply exactly the same files.
import type { Db } from "@/lib/db/client";
import { staffMessages } from "@/lib/i18n/staff";
import { applyDraftChanges, loadDraft } from "../editing/draft.server";
import type { ChangedString, Draft, EditActing } from "../editing/types";
import type { Locale } from "../locale";
import { describeUploadProblem, type UploadProblem } from "./problems";
import {
  planStringChanges,
  readStringsUpload,
  writeStringsCsv,
  writeStringsWorkbook,
  type UploadFormat,
  type WorkbookString,
  type WorkbookWords,
} from "./workbook.server";

export type StringsFormat = UploadFormat;

export function workbookStrings(draft: Draft): WorkbookString[] {
  return draft.strings.map((s) => ({
    key: s.key,
    where: s.where,
    text: s.text,
    status: s.status,
    limit: s.limit,
    // The source language must have a text; a translation may be left empty (it is then missing).
    required: { kk: draft.sourceLocale === "kk", ru: draft.sourceLocale === "ru", en: draft.sourceLocale === "en" },
  }));
}

function wordsFor(locale: Locale): WorkbookWords {
  const m = staffMessages(locale).questionnaireStrings;
  return { status: m.status, instructions: m.instructions };
}

export interface StringsFile {
  body: Uint8Array;
  filename: string;
  contentType: string;
  /** The version the draft is based on, e.g. "hearing-state@2". */
  baseVersion: string;
  count: number;
}

/** The draft's strings as a file; headers and statuses in `locale`. */
export async function stringsFile(db: Db, format: StringsFormat, locale: Locale): Promise<StringsFile> {
  const draft = await loadDraft(db);
  const strings = workbookStrings(draft);
  const words = wordsFor(locale);
  const stem = `strings-${draft.baseVersion.replace(/[^A-Za-z0-9_-]+/g, "-")}`;
  if (format === "csv") {
    return {
      body: new TextEncoder().encode(writeStringsCsv(strings, words)),
      filename: `${stem}.csv`,
      contentType: "text/csv; charset=utf-8",
      baseVersion: draft.baseVersion,
      count: strings.length,
    };
  }
  const bytes = await writeStringsWorkbook(strings, words);
  return {
    body: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    filename: `${stem}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    baseVersion: draft.baseVersion,
    count: strings.length,
  };
}

export interface ShownProblem extends UploadProblem {
  message: string;
}

export type ImportOutcome =
  | { ok: true; format: StringsFormat; changed: ChangedString[] }
  | { ok: false; tooLarge: boolean; problems: ShownProblem[] };

/**
 * Applies an uploaded workbook or CSV to the draft: nothing at all when any row has a
 * problem (the file's own checks first, then the draft service's, mapped back to rows).
 */
export async function importStrings(db: Db, bytes: Uint8Array, acting: EditActing, locale: Locale): Promise<ImportOutcome> {
  const m = staffMessages(locale).questionnaireStrings;
  const show = (problems: UploadProblem[]): ShownProblem[] => problems.map((p) => ({ ...p, message: describeUploadProblem(p, m) }));
  const table = await readStringsUpload(bytes);
  if (!table.ok) return { ok: false, tooLarge: table.problems.some((p) => p.code === "too-large"), problems: show(table.problems) };
  const draft = await loadDraft(db);
  const plan = planStringChanges(table.value, workbookStrings(draft));
  if (!plan.ok) return { ok: false, tooLarge: false, problems: show(plan.problems) };
  if (plan.value.length === 0) return { ok: true, format: table.value.format, changed: [] };
  const result = await applyDraftChanges(
    db,
    plan.value.map(({ key, locale: l, text }) => ({ key, locale: l, text })),
    acting,
  );
  if (result.ok) return { ok: true, format: table.value.format, changed: result.changed };
  // The draft service refused what the file checks let through (a rule they do not know,
  // or a draft changed meanwhile): still nothing applied, named by the rows it came from.
  const rowOf = new Map(plan.value.map((c) => [c.key, c.row]));
  return {
    ok: false,
    tooLarge: false,
    problems: show(
      result.problems.map((p) => ({
        code: "rejected",
        row: rowOf.get(p.key) ?? null,
        key: p.key,
        ...(p.locale ? { locale: p.locale } : {}),
        detail: { message: p.message },
      })),
    ),
  };
}
