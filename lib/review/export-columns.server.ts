// The exclusion decision as export columns (lib/export/extra-columns.ts): every export
// carries every case, with `excluded` and `exclusion_reason`, so an analysis can drop the
// excluded cases or check what dropping them changes.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { ExtraColumn, ExtraColumnSet } from "@/lib/export/extra-columns";
import type { Questionnaire } from "@/lib/questionnaire";
import { EXCLUSION_REASONS, reasonCode } from "./reasons";
import { inChunks } from "@/lib/db/in-chunks";

const NOT_EXCLUDED = 0;
const OTHER_REASON = 9;

export const EXCLUSION_EXPORT_COLUMNS: readonly ExtraColumn[] = [
  {
    name: "excluded",
    label: { kk: "Талдаудан алынып тасталды", ru: "Исключена из анализа", en: "Excluded from the analysis" },
    type: "numeric",
    decimals: 0,
    valueLabels: [
      { code: 0, label: { kk: "Жоқ", ru: "Нет", en: "No" } },
      { code: 1, label: { kk: "Иә", ru: "Да", en: "Yes" } },
    ],
    missing: [],
    measure: "nominal",
    kind: "review",
    provenance: "staff",
    note: "1 when staff excluded the response on the review page (with a reason and a note, audited), 0 otherwise; restoring sets it back to 0. Excluded cases are kept in every export; the dashboard, crosstab and report leave them out unless asked.",
  },
  {
    name: "exclusion_reason",
    label: { kk: "Алып тастау себебі", ru: "Причина исключения", en: "Reason for exclusion" },
    type: "numeric",
    decimals: 0,
    valueLabels: [
      { code: NOT_EXCLUDED, label: { kk: "Алынып тасталмаған", ru: "Не исключена", en: "Not excluded" } },
      ...EXCLUSION_REASONS.map((r) => ({ code: r.code, label: r.label })),
    ],
    missing: [NOT_EXCLUDED],
    measure: "nominal",
    kind: "review",
    provenance: "staff",
    note: `The reason chosen from the fixed list when the response was excluded; ${NOT_EXCLUDED} when it is not excluded.`,
  },
];

export async function exclusionExportColumns(db: Db, _def: Questionnaire): Promise<ExtraColumnSet> {
  return {
    columns: EXCLUSION_EXPORT_COLUMNS,
    async valuesFor(batch) {
      const ids = batch.map((r) => r.id);
      const reviews = await inChunks(ids, (slice) =>
        db.responseReview.findMany({ where: { responseId: { in: slice }, excluded: true }, select: { responseId: true, reason: true } }),
      );
      const reasons = new Map(reviews.map((r) => [r.responseId, reasonCode(r.reason) ?? OTHER_REASON]));
      return new Map(
        ids.map((id) => {
          const reason = reasons.get(id);
          return [id, { excluded: reason === undefined ? 0 : 1, exclusion_reason: reason ?? NOT_EXCLUDED }];
        }),
      );
    },
  };
}
