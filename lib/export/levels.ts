// Measurement level of every wide column, for the .sav (record 7 subtype 11) and the
// .sps (VARIABLE LEVEL): scale for 1–10 ratings (numeric scores), ordinal for the rows of
// a matrix (one ordered verbal scale) and for single-choice items whose options form an
// ordered scale, nominal for everything else (categories, 0/1 flags, texts).
import type { Item } from "@/lib/questionnaire";
import type { WideColumn } from "./columns";

export type MeasureLevel = "nominal" | "ordinal" | "scale";

/**
 * Single-choice items answered on an ordered scale (frequency, trust, level, agreement).
 * The definition does not yet say whether a single-choice scale is ordered; until it does
 * (an `ordered` flag on the item, read first below), the list is kept here, next to the
 * only code that needs it.
 */
const ORDERED_SINGLE_ITEMS: ReadonlySet<string> = new Set(["Q8", "Q12", "Q20", "Q23", "Q24", "Q29", "Q30"]);

function isOrdered(item: Item): boolean {
  const declared = (item as { ordered?: unknown }).ordered;
  if (typeof declared === "boolean") return declared;
  return item.kind === "matrix" || (item.kind === "single" && ORDERED_SINGLE_ITEMS.has(item.variable));
}

export function measureOf(column: WideColumn, item: Item | undefined): MeasureLevel {
  if (column.kind === "meta") return column.meta === "submitted_on" ? "scale" : "nominal";
  if (column.kind !== "answer" || column.type !== "numeric") return "nominal";
  if (column.source.source.from === "flag") return "nominal";
  if (column.itemKind === "rating") return "scale";
  return item && isOrdered(item) ? "ordinal" : "nominal";
}
