import "server-only";
// Coded categories as export columns: per code frame, one 0/1 variable per category,
// `<variable>_c<n>` (Q22_c1, …), labelled "<variable>: <category>" with 0/1 value labels.
// With several coders the export takes the codes of the coder who coded the most answers
// in the frame (the primary coder; ties by coder id); a blind second coder serves the
// kappa. 1 = the primary coder gave the answer that category, 0 = coded, but not with it;
// an answer the primary coder has not coded, or a response without the text, is
// system-missing.
import type { Db } from "@/lib/db/client";
import type { ExtraColumn, ExtraColumnSet } from "@/lib/export/extra-columns";
import { FLAG_LABELS } from "@/lib/export/labels";
import type { LocalizedText, Questionnaire } from "@/lib/questionnaire";
import { primaryCoder } from "./assignments.server";
import { listFrames } from "./frames.server";
import { inChunks } from "@/lib/db/in-chunks";

const prefixed = (prefix: string, text: LocalizedText): LocalizedText => ({ kk: `${prefix}: ${text.kk}`, ru: `${prefix}: ${text.ru}`, en: `${prefix}: ${text.en}` });

export function codedColumnName(variable: string, number: number): string {
  return `${variable}_c${number}`;
}

export async function codingExportColumns(db: Db, _def: Questionnaire): Promise<ExtraColumnSet> {
  const frames = (await listFrames(db)).filter((f) => f.categories.length > 0);
  if (frames.length === 0) return { columns: [], valuesFor: async () => new Map() };
  const columns: ExtraColumn[] = [];
  // Per frame: the primary coder and, per category id, its column name.
  const plans: { variable: string; coder: string | null; names: Map<string, string> }[] = [];
  for (const frame of frames) {
    const coder = await primaryCoder(db, frame);
    const names = new Map<string, string>();
    for (const c of frame.categories) {
      const name = codedColumnName(frame.variable, c.number);
      names.set(c.id, name);
      columns.push({
        name,
        label: prefixed(frame.variable, c.label),
        type: "numeric",
        decimals: 0,
        valueLabels: [0, 1].map((code) => ({ code, label: FLAG_LABELS[code as 0 | 1] })),
        measure: "nominal",
        kind: "coded",
        provenance: "staff",
        note: `Coded by staff from the text of ${frame.variable} (code frame category ${c.number}; the primary coder's codes). 1 = given this category, 0 = coded without it, empty/system-missing = not coded or no text.`,
      });
    }
    plans.push({ variable: frame.variable, coder, names });
  }
  return {
    columns,
    async valuesFor(batch) {
      const ids = batch.map((r) => r.id);
      const out = new Map<string, Record<string, number | null>>();
      for (const id of ids) out.set(id, Object.fromEntries(columns.map((c) => [c.name, null])));
      if (ids.length === 0) return out;
      for (const plan of plans) {
        if (!plan.coder) continue;
        // Which responses have coded text in this frame, and their categories.
        const coder = plan.coder;
        const rows = await inChunks(ids, (slice) =>
          db.codeAssignment.findMany({
            where: { responseId: { in: slice }, coderId: coder, categoryId: { in: [...plan.names.keys()] } },
            select: { responseId: true, categoryId: true },
          }),
        );
        const coded = new Map<string, Set<string>>();
        for (const r of rows) coded.set(r.responseId, (coded.get(r.responseId) ?? new Set()).add(r.categoryId));
        for (const [responseId, categories] of coded) {
          const values = out.get(responseId)!;
          for (const [categoryId, name] of plan.names) values[name] = categories.has(categoryId) ? 1 : 0;
        }
      }
      return out;
    },
  };
}
