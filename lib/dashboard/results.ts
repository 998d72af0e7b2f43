// Per-question results in questionnaire order, in one language: built from a handful of
// grouped queries (one for every code count, one for respondents per multi/text
// variable, one per distinct routing condition) and the definition, which supplies
// every question, option and label.
import {
  itemsInOrder,
  otherVariable,
  type Condition,
  type Item,
  type Locale,
  type Questionnaire,
  type SectionId,
} from "@/lib/questionnaire";
import type { ResponseFilters } from "@/lib/responses/filters";
import { SPECIAL_CODES } from "@/lib/questionnaire/constants";
import { addCounts, addNestedCounts, incremental, snapshot } from "./cache";
import { codeCounts, countAsked, countResponses, respondentCounts, textCounts } from "./queries";
import type { DashboardDb } from "./sql";
import type { Suppression } from "./disclosure";
import { meanInterval } from "./stats";
import { assertNever } from "@/lib/questionnaire/assert-never";

/**
 * One answer's count with its two percentages: `pct` of those asked (the item's `asked`)
 * and `validPct` of the valid answers (`valid`: answered, without "hard to say" and
 * "prefer not to answer"; null for those two codes themselves). These are PSPP's
 * Percent and Valid Percent on the exported data whenever everyone was asked.
 */
export type FrequencyRow = {
  code: number;
  label: string;
  n: number;
  pct: number | null;
  validPct: number | null;
  special?: boolean;
  /** Hidden by the minimum group size (disclosure.ts): n and both percentages are then 0/null. */
  suppressed?: Suppression;
};

type Base = {
  variable: string;
  question: string;
  part: SectionId;
  asked: number;
  answered: number;
  valid: number;
  /** Fewer than MIN_GROUP_SIZE were asked or answered: every figure of the item is withheld (zeroed). */
  withheld?: true;
};

export type ChoiceResult = Base & {
  kind: "single" | "multi";
  rows: FrequencyRow[];
  /** The "Other (please specify)" texts' variable and how many there are. */
  other?: { variable: string; count: number };
};

export type RatingScaleResult = {
  variable: string;
  label?: string;
  answered: number;
  rows: FrequencyRow[];
  mean: number | null;
  /** 95% interval of the mean (t), over those who rated. */
  meanCi: { low: number; high: number } | null;
  /** The top three points of the scale (8–10 on a 1–10 scale): n and % of those asked. */
  high: { from: number; to: number; n: number; pct: number | null; suppressed?: Suppression };
  /** The scale's own base is below the minimum: nothing of it is shown. */
  withheld?: true;
};

export type RatingResult = Base & { kind: "rating"; min: number; max: number; scales: RatingScaleResult[] };

export type MatrixRowResult = { variable: string; label: string; answered: number; valid: number; rows: FrequencyRow[] };

export type MatrixResult = Base & { kind: "matrix"; scale: { code: number; label: string }[]; rows: MatrixRowResult[] };

export type OpenResult = Base & { kind: "open" };

export type ItemResult = ChoiceResult | RatingResult | MatrixResult | OpenResult;

export type DashboardResults = { total: number; items: ItemResult[] };

export function percent(n: number, of: number): number | null {
  return of > 0 ? (n / of) * 100 : null;
}

/**
 * The variables whose Answer rows carry codes, the text variables, the optional
 * multi-choice variables (counted per respondent) and the distinct routing conditions.
 */
export function queryPlan(def: Questionnaire): { codeVariables: string[]; textVariables: string[]; respondentVariables: string[]; conditions: Condition[] } {
  const codeVariables: string[] = [];
  const textVariables: string[] = [];
  const respondentVariables: string[] = [];
  const conditions = new Map<string, Condition>();
  for (const { item } of itemsInOrder(def)) {
    if (item.showIf) conditions.set(JSON.stringify(item.showIf), item.showIf);
    switch (item.kind) {
      case "single":
      case "multi": {
        codeVariables.push(item.variable);
        if (item.kind === "multi" && !item.required) respondentVariables.push(item.variable);
        const other = otherVariable(item);
        if (other) textVariables.push(other);
        break;
      }
      case "rating":
        codeVariables.push(...(item.subItems ? item.subItems.map((s) => s.variable) : [item.variable]));
        break;
      case "matrix":
        codeVariables.push(...item.rows.map((r) => r.variable));
        break;
      case "open":
        textVariables.push(item.variable);
        break;
      default:
        assertNever(item);
    }
  }
  return { codeVariables, textVariables, respondentVariables, conditions: [...conditions.values()] };
}

export async function dashboardResults(
  q: DashboardDb,
  def: Questionnaire,
  locale: Locale,
  filters: ResponseFilters,
): Promise<DashboardResults> {
  const plan = queryPlan(def);
  // The expensive per-variable counts are maintained incrementally (see cache.ts).
  const key = JSON.stringify([def.id, def.version, filters]);
  const snap = await snapshot(q);
  const [total, codes, texts, respondents, askedList] = await Promise.all([
    countResponses(q, filters),
    incremental(q, snap, `codes:${key}`, (range) => codeCounts(q, plan.codeVariables, filters, range), addNestedCounts),
    incremental(q, snap, `texts:${key}`, (range) => textCounts(q, plan.textVariables, filters, range), addCounts),
    incremental(q, snap, `multi:${key}`, (range) => respondentCounts(q, plan.respondentVariables, filters, range), addCounts),
    Promise.all(plan.conditions.map((c) => countAsked(q, c, filters, def))),
  ]);
  const askedBy = new Map(plan.conditions.map((c, i) => [JSON.stringify(c), askedList[i] ?? 0]));
  const asked = (item: Item) => (item.showIf ? (askedBy.get(JSON.stringify(item.showIf)) ?? 0) : total);
  const items = itemsInOrder(def).map(({ item, part }) =>
    itemResult(item, part, locale, asked(item), (v) => codes.get(v) ?? new Map(), (v) => respondents.get(v) ?? texts.get(v) ?? 0),
  );
  return { total, items };
}

function sum(m: Map<number, number>): number {
  let s = 0;
  for (const n of m.values()) s += n;
  return s;
}

function frequencyRows(options: { code: number; label: Record<Locale, string> }[], counts: Map<number, number>, locale: Locale, asked: number, valid: number): FrequencyRow[] {
  return options.map((o) => {
    const n = counts.get(o.code) ?? 0;
    const special = SPECIAL_CODES.includes(o.code);
    return { code: o.code, label: o.label[locale], n, pct: percent(n, asked), validPct: special ? null : percent(n, valid), ...(special ? { special } : {}) };
  });
}

/** Answers with "hard to say" / "prefer not to answer" codes. */
function specialCount(counts: Map<number, number>): number {
  let s = 0;
  for (const [code, n] of counts) if (SPECIAL_CODES.includes(code)) s += n;
  return s;
}

export function itemResult(
  item: Item,
  part: SectionId,
  locale: Locale,
  asked: number,
  countsOf: (variable: string) => Map<number, number>,
  respondentsOf: (variable: string) => number,
): ItemResult {
  const base = { variable: item.variable, question: item.text[locale], part, asked };
  switch (item.kind) {
    case "single":
    case "multi": {
      const counts = countsOf(item.variable);
      const other = otherVariable(item);
      // A required multi-choice item that was shown always has at least one option
      // ticked (the validator guarantees it), so "answered" equals "asked" without a
      // costly COUNT(DISTINCT) over the answer rows.
      const answered = item.kind === "single" ? sum(counts) : item.required ? asked : respondentsOf(item.variable);
      // "Hard to say" is exclusive on multi-choice items too, so subtracting its count
      // leaves the respondents who chose at least one substantive answer.
      const valid = Math.max(0, answered - specialCount(counts));
      return {
        ...base,
        kind: item.kind,
        answered,
        valid,
        rows: frequencyRows(item.options, counts, locale, asked, valid),
        ...(other ? { other: { variable: other, count: respondentsOf(other) } } : {}),
      };
    }
    case "rating": {
      const subs = item.subItems ?? [{ variable: item.variable, text: undefined }];
      const points = Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i);
      const highFrom = Math.max(item.min, item.max - 2);
      const scales = subs.map((s): RatingScaleResult => {
        const counts = countsOf(s.variable);
        const answered = sum(counts);
        const highN = points.filter((p) => p >= highFrom).reduce((acc, p) => acc + (counts.get(p) ?? 0), 0);
        const ci = meanInterval(points.map((p) => [p, counts.get(p) ?? 0] as [number, number]));
        return {
          variable: s.variable,
          ...(s.text ? { label: s.text[locale] } : {}),
          answered,
          rows: points.map((p) => ({ code: p, label: String(p), n: counts.get(p) ?? 0, pct: percent(counts.get(p) ?? 0, asked), validPct: percent(counts.get(p) ?? 0, answered) })),
          // Over the scale's points only: a "hard to say" code is not a rating.
          mean: ci ? ci.mean : null,
          meanCi: ci ? { low: ci.low, high: ci.high } : null,
          high: { from: highFrom, to: item.max, n: highN, pct: percent(highN, asked) },
        };
      });
      const answered = Math.max(0, ...scales.map((s) => s.answered));
      return { ...base, kind: "rating", min: item.min, max: item.max, answered, valid: answered, scales };
    }
    case "matrix": {
      const rows = item.rows.map((r) => {
        const counts = countsOf(r.variable);
        const answered = sum(counts);
        const valid = answered - specialCount(counts);
        return { variable: r.variable, label: r.text[locale], answered, valid, rows: frequencyRows(item.scale, counts, locale, asked, valid) };
      });
      return {
        ...base,
        kind: "matrix",
        answered: Math.max(0, ...rows.map((r) => r.answered)),
        valid: Math.max(0, ...rows.map((r) => r.valid)),
        scale: item.scale.map((o) => ({ code: o.code, label: o.label[locale] })),
        rows,
      };
    }
    case "open":
      return { ...base, kind: "open", answered: respondentsOf(item.variable), valid: respondentsOf(item.variable) };
    default:
      return assertNever(item);
  }
}

/** The figures of one item only (the chart download route), by the same queries. */
export async function singleItemResult(
  q: DashboardDb,
  def: Questionnaire,
  locale: Locale,
  variable: string,
  filters: ResponseFilters,
): Promise<ItemResult | null> {
  const placed = itemsInOrder(def).find((p) => p.item.variable === variable);
  if (!placed) return null;
  const single: Questionnaire = { ...def, screening: placed.item, parts: [] };
  const plan = queryPlan(single);
  const [codes, texts, respondents, asked] = await Promise.all([
    codeCounts(q, plan.codeVariables, filters),
    textCounts(q, plan.textVariables, filters),
    respondentCounts(q, plan.respondentVariables, filters),
    countAsked(q, placed.item.showIf, filters, def),
  ]);
  return itemResult(placed.item, placed.part, locale, asked, (v) => codes.get(v) ?? new Map(), (v) => respondents.get(v) ?? texts.get(v) ?? 0);
}

/** Items grouped by section (screening, Part I…IV), with the section's heading. */
export function resultSections(
  items: ItemResult[],
  def: Questionnaire,
  locale: Locale,
  m: { results: { part: string; screeningSection: string } },
): { id: SectionId; title: string; items: ItemResult[] }[] {
  const sections: { id: SectionId; title: string; items: ItemResult[] }[] = [];
  for (const item of items) {
    let section = sections.find((s) => s.id === item.part);
    if (!section) {
      const part = def.parts.find((p) => p.id === item.part);
      const title = part ? `${m.results.part.replace("{id}", String(item.part))}. ${part.title[locale]}` : m.results.screeningSection;
      section = { id: item.part, title, items: [] };
      sections.push(section);
    }
    section.items.push(item);
  }
  return sections;
}
