// The quality indicators as export columns (lib/export/extra-columns.ts): computed per
// response from its answers as each batch streams, the duplicates over the data set once
// when the export opens, and the stored completion band.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { ExtraColumn, ExtraColumnSet } from "@/lib/export/extra-columns";
import { parseAnswers } from "@/lib/export/record";
import type { Questionnaire } from "@/lib/questionnaire";
import { duplicateHashes } from "./duplicates.server";
import { qualityIndicators, specialPercent } from "./indicators";
import { QUALITY_NOT_APPLICABLE, QUALITY_VARIABLES } from "./rules";

const SCALE = new Set(["quality_straightline", "quality_special_pct", "quality_blank_optional"]);
const MISSING: Record<string, readonly number[]> = {
  quality_special_pct: [QUALITY_NOT_APPLICABLE],
  quality_time_band: [QUALITY_NOT_APPLICABLE],
};

export const QUALITY_EXPORT_COLUMNS: readonly ExtraColumn[] = QUALITY_VARIABLES.map((v) => ({
  name: v.name,
  label: v.label,
  type: "numeric",
  decimals: 0,
  valueLabels: [...v.values],
  missing: MISSING[v.name] ?? [],
  measure: SCALE.has(v.name) ? "scale" : v.name === "quality_time_band" ? "ordinal" : "nominal",
  kind: "quality",
  provenance: "computed",
  note: v.rule,
}));

export async function qualityExportColumns(db: Db, def: Questionnaire): Promise<ExtraColumnSet> {
  const duplicates = await duplicateHashes(db);
  return {
    columns: QUALITY_EXPORT_COLUMNS,
    async valuesFor(batch) {
      return new Map(
        batch.map((record) => {
          const ind = qualityIndicators(def, parseAnswers(record));
          const values = {
            quality_straightline: ind.straightLinedGrids.length,
            quality_special_pct: specialPercent(ind),
            quality_blank_optional: ind.blankOptional.length,
            quality_duplicate: record.answersHash !== undefined && duplicates.has(record.answersHash) ? 1 : 0,
            quality_time_band: record.completionBand ?? QUALITY_NOT_APPLICABLE,
          };
          return [record.id, values];
        }),
      );
    },
  };
}
