import "server-only";
// The raking weight as an export column, `weight`, when weights have been computed
// (lib/weights/compute.server.ts). A response without a weight is system-missing.
import type { Db } from "@/lib/db/client";
import type { ExtraColumnSet } from "@/lib/export/extra-columns";
import type { Questionnaire } from "@/lib/questionnaire";
import { SCHEME_ID } from "./compute.server";
import { inChunks } from "@/lib/db/in-chunks";

export const WEIGHT_COLUMN = "weight";

export async function weightExportColumns(db: Db, _def: Questionnaire): Promise<ExtraColumnSet> {
  if (!(await db.weightScheme.findUnique({ where: { id: SCHEME_ID }, select: { id: true } }))) return { columns: [], valuesFor: async () => new Map() };
  return {
    columns: [
      {
        name: WEIGHT_COLUMN,
        label: { kk: "Рейкинг салмағы", ru: "Вес (рейкинг)", en: "Raking weight" },
        type: "numeric",
        decimals: 6,
        valueLabels: [],
        measure: "scale",
        kind: "weight",
        provenance: "staff",
        note: "Raking weight (iterative proportional fitting to the uploaded population margins, trimmed to the bounds shown on the weights page), mean 1 over the weighted responses; empty/system-missing = not weighted.",
      },
    ],
    async valuesFor(batch) {
      const ids = batch.map((r) => r.id);
      const rows = await inChunks(ids, (slice) => db.responseWeight.findMany({ where: { responseId: { in: slice } } }));
      const byId = new Map(rows.map((r) => [r.responseId, r.weight]));
      return new Map(ids.map((id) => [id, { [WEIGHT_COLUMN]: byId.get(id) ?? null }]));
    },
  };
}
