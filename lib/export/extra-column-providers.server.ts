import "server-only";
// The list of extra-column providers every response export asks (./extra-columns), in
// the order their columns follow the answers.
import { codingExportColumns } from "@/lib/coding/export-columns";
import type { Db } from "@/lib/db/client";
import type { Questionnaire } from "@/lib/questionnaire";
import { qualityExportColumns } from "@/lib/quality/export-columns.server";
import { exclusionExportColumns } from "@/lib/review/export-columns.server";
import { weightExportColumns } from "@/lib/weights/export-columns";
import { combineExtraColumns, type ExtraColumnSet } from "./extra-columns";

export type ExtraColumnProvider = (db: Db, def: Questionnaire) => Promise<ExtraColumnSet>;

export const EXTRA_COLUMN_PROVIDERS: readonly ExtraColumnProvider[] = [codingExportColumns, weightExportColumns, qualityExportColumns, exclusionExportColumns];

export async function openExtraColumns(db: Db, def: Questionnaire): Promise<ExtraColumnSet> {
  return combineExtraColumns(await Promise.all(EXTRA_COLUMN_PROVIDERS.map((provide) => provide(db, def))));
}
