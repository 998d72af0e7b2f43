// Measurement level of every wide column, for the .sav (record 7 subtype 11) and the
// .sps (VARIABLE LEVEL): scale for 1–10 ratings (numeric scores), ordinal for the rows of
// a matrix (one ordered verbal scale) and for single-choice items whose options form an
// ordered scale (`ordered: true` in the definition), nominal for everything else (categories, 0/1 flags, texts).
import type { Item } from "@/lib/questionnaire";
import type { WideColumn } from "./wide-columns";

export type MeasureLevel = "nominal" | "ordinal" | "scale";

/** Matrix rows share one ordered verbal scale; a single-choice item is ordered when its definition says so. */
function isOrdered(item: Item): boolean {
  return item.kind === "matrix" || (item.kind === "single" && item.ordered === true);
}

export function measureOf(column: WideColumn, item: Item | undefined): MeasureLevel {
  if (column.kind === "meta") return column.meta === "submitted_on" ? "scale" : "nominal";
  if (column.kind === "extra") return column.extra.measure;
  if (column.kind !== "answer" || column.type !== "numeric") return "nominal";
  if (column.source.source.from === "flag") return "nominal";
  if (column.itemKind === "rating") return "scale";
  return item && isOrdered(item) ? "ordinal" : "nominal";
}
