// Columns an export carries beyond the questionnaire's answers: data staff add after
// collection (coded open answers, raking weights; docs/decisions/017-coding-and-weights.md).
// A provider describes its columns once (name, labels, value labels, type, measurement
// level) and looks up values per batch of response ids as the export streams, so no
// provider holds a whole table in memory. The wide layout (./wide-columns) appends them
// after the answer columns; the readers (./open-reader) attach each batch's values.
import type { LocalizedText } from "@/lib/questionnaire";

export interface ExtraColumn {
  name: string;
  label: LocalizedText;
  type: "numeric";
  /** Decimal places written (0 for 0/1 codes; a weight has several). */
  decimals: number;
  valueLabels: { code: number; label: LocalizedText }[];
  measure: "nominal" | "ordinal" | "scale";
  /** The column's rule, for the codebook (English, like the codebook's other notes). */
  note: string;
}

/** Values by response id, then by column name; a missing value is null (system-missing). */
export type ExtraValues = ReadonlyMap<string, Readonly<Record<string, number | null>>>;

export interface ExtraColumnSet {
  columns: readonly ExtraColumn[];
  valuesFor(ids: readonly string[]): Promise<ExtraValues>;
}

export const NO_EXTRA_COLUMNS: ExtraColumnSet = { columns: [], valuesFor: async () => new Map() };

/** One set from several providers' sets, in order. */
export function combineExtraColumns(sets: readonly ExtraColumnSet[]): ExtraColumnSet {
  const used = sets.filter((s) => s.columns.length > 0);
  if (used.length === 0) return NO_EXTRA_COLUMNS;
  return {
    columns: used.flatMap((s) => s.columns),
    async valuesFor(ids) {
      const parts = await Promise.all(used.map((s) => s.valuesFor(ids)));
      const out = new Map<string, Record<string, number | null>>();
      for (const id of ids) out.set(id, Object.assign({}, ...parts.map((p) => p.get(id) ?? {})) as Record<string, number | null>);
      return out;
    },
  };
}
