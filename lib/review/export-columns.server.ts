// The exclusion decision as export variables (lib/export/extra-columns.ts): every export
// carries every case, with `excluded` and `exclusion_reason`, so an analysis can drop the
// excluded cases or check what dropping them changes.
import "server-only";
import type { ExtraColumnProvider } from "@/lib/export/extra-columns";
import { EXCLUSION_REASONS, reasonCode } from "./reasons";

const NOT_EXCLUDED = 0;

export const exclusionProvider: ExtraColumnProvider = {
  variables: [
    {
      name: "excluded",
      group: "review",
      type: "numeric",
      label: { kk: "Талдаудан алынып тасталды", ru: "Исключена из анализа", en: "Excluded from the analysis" },
      rule: "1 when staff excluded the response on the review page (with a reason and a note, audited), 0 otherwise; restoring sets it back to 0. Excluded cases are kept in every export; the dashboard, crosstab and report leave them out unless asked.",
      values: [
        { code: 0, label: { kk: "Жоқ", ru: "Нет", en: "No" } },
        { code: 1, label: { kk: "Иә", ru: "Да", en: "Yes" } },
      ],
      missing: [],
      level: "nominal",
    },
    {
      name: "exclusion_reason",
      group: "review",
      type: "numeric",
      label: { kk: "Алып тастау себебі", ru: "Причина исключения", en: "Reason for exclusion" },
      rule: `The reason chosen from the fixed list when the response was excluded; ${NOT_EXCLUDED} when it is not excluded.`,
      values: [
        { code: NOT_EXCLUDED, label: { kk: "Алынып тасталмаған", ru: "Не исключена", en: "Not excluded" } },
        ...EXCLUSION_REASONS.map((r) => ({ code: r.code, label: r.label })),
      ],
      missing: [NOT_EXCLUDED],
      level: "nominal",
    },
  ],
  async load(db) {
    const reviews = await db.responseReview.findMany({ where: { excluded: true }, select: { responseId: true, reason: true } });
    const reasons = new Map(reviews.map((r) => [r.responseId, reasonCode(r.reason) ?? 9]));
    return (row) => {
      const reason = reasons.get(row.id);
      return { excluded: reason === undefined ? 0 : 1, exclusion_reason: reason ?? NOT_EXCLUDED };
    };
  },
};
