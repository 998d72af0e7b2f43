// The description of a variable an export adds beyond the answers (quality indicators,
// exclusion, …): what the wide layouts, the .sps, the .sav dictionary and the codebook
// need to know about it. Plain data; the providers that compute the values are in
// ./extra-columns.ts (server only).
import type { LocalizedText } from "@/lib/questionnaire";

export interface ExtraVariable {
  name: string;
  /** What kind of derived variable it is, for the codebook ("quality", "review", …). */
  group: string;
  type: "numeric";
  label: LocalizedText;
  /** How the value is derived, in English, for the codebook. */
  rule: string;
  values: readonly { code: number; label: LocalizedText }[];
  /** Codes declared missing in .sav / .sps. */
  missing: readonly number[];
  level: "nominal" | "ordinal" | "scale";
}
