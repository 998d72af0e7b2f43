// The quality indicators as export variables (lib/export/extra-columns.ts): computed per
// response from its answers, the duplicates over the data set at export time, and the
// stored completion band.
import "server-only";
import type { ExtraColumnProvider } from "@/lib/export/extra-columns";
import { duplicateHashes } from "./duplicates.server";
import { qualityIndicators, specialPercent } from "./indicators";
import { QUALITY_NOT_APPLICABLE, QUALITY_VARIABLES } from "./rules";

const SCALE = new Set(["quality_straightline", "quality_special_pct", "quality_blank_optional"]);
const MISSING: Record<string, readonly number[]> = {
  quality_special_pct: [QUALITY_NOT_APPLICABLE],
  quality_time_band: [QUALITY_NOT_APPLICABLE],
};

export const qualityProvider: ExtraColumnProvider = {
  variables: QUALITY_VARIABLES.map((v) => ({
    ...v,
    group: "quality",
    type: "numeric" as const,
    missing: MISSING[v.name] ?? [],
    level: SCALE.has(v.name) ? ("scale" as const) : v.name === "quality_time_band" ? ("ordinal" as const) : ("nominal" as const),
  })),
  async load(db, def) {
    const duplicates = await duplicateHashes(db);
    return (row) => {
      const ind = qualityIndicators(def, row.answers);
      return {
        quality_straightline: ind.straightLinedGrids.length,
        quality_special_pct: specialPercent(ind),
        quality_blank_optional: ind.blankOptional.length,
        quality_duplicate: duplicates.has(row.answersHash) ? 1 : 0,
        quality_time_band: row.completionBand ?? QUALITY_NOT_APPLICABLE,
      };
    };
  },
};
