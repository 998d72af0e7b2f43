// The one extension point for variables an export adds beyond the answers: quality
// indicators, the exclusion decision, and (from other modules) coded categories or
// weights. Each provider describes its variables once (name, labels, value labels,
// missing codes, rule: the codebook prints them) and, once per export, reads what it
// needs from the data set and returns the cells of one response. The wide layouts append
// every provider's columns after the answers, in this list's order.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { Answers, Questionnaire } from "@/lib/questionnaire";
import { qualityProvider } from "@/lib/quality/export-columns.server";
import { exclusionProvider } from "@/lib/review/export-columns.server";
import type { ExtraVariable } from "./extra-variable";

export type { ExtraVariable };

/** What an export knows of a stored response. */
export interface ExtraRow {
  id: string;
  answers: Answers;
  answersHash: string;
  completionBand: number | null;
}

export type ExtraCells = (row: ExtraRow) => Record<string, number>;

export interface ExtraColumnProvider {
  variables: readonly ExtraVariable[];
  load(db: Db, def: Questionnaire): Promise<ExtraCells>;
}

export const EXTRA_COLUMN_PROVIDERS: readonly ExtraColumnProvider[] = [qualityProvider, exclusionProvider];

export function extraVariables(): ExtraVariable[] {
  return EXTRA_COLUMN_PROVIDERS.flatMap((p) => p.variables);
}

/** Every provider's cells of one response, by variable name (loaded once per export). */
export async function loadExtraCells(db: Db, def: Questionnaire): Promise<ExtraCells> {
  const loaded = await Promise.all(EXTRA_COLUMN_PROVIDERS.map((p) => p.load(db, def)));
  return (row) => Object.assign({}, ...loaded.map((cells) => cells(row))) as Record<string, number>;
}

/** What an export needs of the providers: their variables and, per response, the cells. */
export interface ExportExtras {
  variables: readonly ExtraVariable[];
  cells: ExtraCells;
}

export async function loadExportExtras(db: Db, def: Questionnaire): Promise<ExportExtras> {
  return { variables: extraVariables(), cells: await loadExtraCells(db, def) };
}
