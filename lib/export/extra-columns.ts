// Columns an export carries beyond the questionnaire's answers: data staff add after
// collection (coded open answers, raking weights, the exclusion decision;
// docs/decisions/017-coding-and-weights.md) and what Tyndau derives from the answers (the
// quality indicators; docs/decisions/016-quality-and-exclusions.md). A provider describes
// its columns once (name, labels, value labels, type, measurement level, rule) and looks
// up values per batch of records as the export streams, so no provider holds a whole
// table in memory. The providers are listed in ./extra-column-providers.server.ts; the wide
// layout (./wide-columns) appends them after the answer columns; the readers
// (./open-reader) attach each batch's values.
import type { LocalizedText } from "@/lib/questionnaire";
import type { ResponseRecord } from "./record";

export interface ExtraColumn {
  name: string;
  label: LocalizedText;
  type: "numeric";
  /** Decimal places written (0 for 0/1 codes; a weight has several). */
  decimals: number;
  valueLabels: { code: number; label: LocalizedText }[];
  /** Codes declared user-missing in the .sav and .sps (e.g. "not applicable"); null is always system-missing. */
  missing?: readonly number[];
  measure: "nominal" | "ordinal" | "scale";
  /** What kind of added variable this is, for the codebook's `kind` column. */
  kind: "coded" | "weight" | "quality" | "review";
  /** Who made the value, for the codebook: staff, or Tyndau computing it from the answers. */
  provenance: "staff" | "computed";
  /** The column's rule, for the codebook (English, like the codebook's other notes). */
  note: string;
}

/** Values by response id, then by column name; a missing value is null (system-missing). */
export type ExtraValues = ReadonlyMap<string, Readonly<Record<string, number | null>>>;

export interface ExtraColumnSet {
  columns: readonly ExtraColumn[];
  /** The values for one batch of exported records (most providers need only their ids). */
  valuesFor(batch: readonly ResponseRecord[]): Promise<ExtraValues>;
}

export const NO_EXTRA_COLUMNS: ExtraColumnSet = { columns: [], valuesFor: async () => new Map() };

/** One set from several providers' sets, in order. */
export function combineExtraColumns(sets: readonly ExtraColumnSet[]): ExtraColumnSet {
  const used = sets.filter((s) => s.columns.length > 0);
  if (used.length === 0) return NO_EXTRA_COLUMNS;
  return {
    columns: used.flatMap((s) => s.columns),
    async valuesFor(batch) {
      const parts = await Promise.all(used.map((s) => s.valuesFor(batch)));
      const out = new Map<string, Record<string, number | null>>();
      for (const { id } of batch) out.set(id, Object.assign({}, ...parts.map((p) => p.get(id) ?? {})) as Record<string, number | null>);
      return out;
    },
  };
}
