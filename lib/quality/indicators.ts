// Quality indicators of one response, from its answers and the definition alone (nothing
// about the respondent, the device or the time): which grids were straight-lined, how many
// answers were "hard to say" / "prefer not to answer", which optional items were left blank.
// The duplicate indicator needs the whole data set (duplicates.server.ts); the time band
// comes from the started token (started-token.server.ts). Rules: ./rules.ts.
import { assertNever } from "@/lib/questionnaire/assert-never";
import { SPECIAL_CODES } from "@/lib/questionnaire/constants";
import { isShown } from "@/lib/questionnaire/routing";
import { itemsInOrder, optionsOf, valueVariables } from "@/lib/questionnaire/structure";
import type { AnswerValue, Answers, Item, Questionnaire } from "@/lib/questionnaire/types";
import { GRID_MIN_ROWS, QUALITY_NOT_APPLICABLE, SPECIAL_SHARE_FLAG } from "./rules";

export interface QualityIndicators {
  /** Variables of the grids (≥ GRID_MIN_ROWS rows) answered with one code on every row. */
  straightLinedGrids: string[];
  /** Answers with a non-substantive code, out of answered variables that offer one. */
  special: { chosen: number; offered: number };
  /** Optional items shown and left blank. */
  blankOptional: string[];
}

/** The rows of a grid on one scale, or undefined for an item that is not a grid. */
function gridRows(item: Item): string[] | undefined {
  switch (item.kind) {
    case "matrix":
      return item.rows.map((r) => r.variable);
    case "rating":
      return item.subItems?.map((s) => s.variable);
    case "single":
    case "multi":
    case "open":
      return undefined;
    default:
      return assertNever(item);
  }
}

const isBlank = (value: AnswerValue | undefined) =>
  value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

/**
 * The non-substantive codes an item offers: the options whose code belongs to the
 * questionnaire's missing-data convention (constants.ts, the codebook's "Missing-data
 * convention"), read from the item's own options so an item without them never counts.
 */
function specialCodesOf(item: Item): number[] {
  return (optionsOf(item) ?? []).map((o) => o.code).filter((code) => SPECIAL_CODES.includes(code));
}

export function qualityIndicators(def: Questionnaire, answers: Readonly<Answers>): QualityIndicators {
  const out: QualityIndicators = { straightLinedGrids: [], special: { chosen: 0, offered: 0 }, blankOptional: [] };
  for (const { item } of itemsInOrder(def)) {
    if (!isShown(item, answers)) continue;
    const rows = gridRows(item);
    if (rows && rows.length >= GRID_MIN_ROWS) {
      const values = rows.map((v) => answers[v]);
      if (values.every((v) => typeof v === "number") && new Set(values).size === 1) out.straightLinedGrids.push(item.variable);
    }
    const special = specialCodesOf(item);
    for (const variable of valueVariables(item)) {
      const value = answers[variable];
      if (isBlank(value)) {
        if (!item.required) out.blankOptional.push(variable);
        continue;
      }
      if (special.length === 0) continue;
      out.special.offered++;
      const codes = Array.isArray(value) ? value : [value];
      if (codes.some((c) => typeof c === "number" && special.includes(c))) out.special.chosen++;
    }
  }
  return out;
}

/** quality_special_pct: the rounded percentage, or QUALITY_NOT_APPLICABLE. */
export function specialPercent(ind: QualityIndicators): number {
  return ind.special.offered === 0 ? QUALITY_NOT_APPLICABLE : Math.round((100 * ind.special.chosen) / ind.special.offered);
}

export type QualityFlag = "straightline" | "special" | "duplicate" | "speeder";

/** Why a response is listed for review (empty: not flagged). */
export function qualityFlags(ind: QualityIndicators, duplicate: boolean, speeder: boolean): QualityFlag[] {
  const flags: QualityFlag[] = [];
  if (ind.straightLinedGrids.length > 0) flags.push("straightline");
  if (ind.special.offered > 0 && ind.special.chosen / ind.special.offered >= SPECIAL_SHARE_FLAG) flags.push("special");
  if (duplicate) flags.push("duplicate");
  if (speeder) flags.push("speeder");
  return flags;
}
