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
import { addCounts, addNestedCounts, incremental, snapshot } from "./cache";
import { codeCounts, countAsked, countResponses, respondentCounts, textCounts } from "./queries";
import type { DashboardDb } from "./sql";

export type FrequencyRow = { code: number; label: string; n: number; pct: number | null };

type Base = { variable: string; question: string; part: SectionId; asked: number; answered: number };

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
  /** The top three points of the scale (8–10 on a 1–10 scale): n and % of those asked. */
  high: { from: number; to: number; n: number; pct: number | null };
};

export type RatingResult = Base & { kind: "rating"; min: number; max: number; scales: RatingScaleResult[] };

export type MatrixRowResult = { variable: string; label: string; answered: number; rows: FrequencyRow[] };

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

function frequencyRows(options: { code: number; label: Record<Locale, string> }[], counts: Map<number, number>, locale: Locale, asked: number): FrequencyRow[] {
  return options.map((o) => {
    const n = counts.get(o.code) ?? 0;
    return { code: o.code, label: o.label[locale], n, pct: percent(n, asked) };
  });
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
      return {
        ...base,
        kind: item.kind,
        // A required multi-choice item that was shown always has at least one option
        // ticked (the validator guarantees it), so "answered" equals "asked" without a
        // costly COUNT(DISTINCT) over the answer rows.
        answered: item.kind === "single" ? sum(counts) : item.required ? asked : respondentsOf(item.variable),
        rows: frequencyRows(item.options, counts, locale, asked),
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
        let weighted = 0;
        for (const [code, n] of counts) weighted += code * n;
        const highN = points.filter((p) => p >= highFrom).reduce((acc, p) => acc + (counts.get(p) ?? 0), 0);
        return {
          variable: s.variable,
          ...(s.text ? { label: s.text[locale] } : {}),
          answered,
          rows: points.map((p) => ({ code: p, label: String(p), n: counts.get(p) ?? 0, pct: percent(counts.get(p) ?? 0, asked) })),
          mean: answered > 0 ? weighted / answered : null,
          high: { from: highFrom, to: item.max, n: highN, pct: percent(highN, asked) },
        };
      });
      return { ...base, kind: "rating", min: item.min, max: item.max, answered: Math.max(0, ...scales.map((s) => s.answered)), scales };
    }
    case "matrix": {
      const rows = item.rows.map((r) => {
        const counts = countsOf(r.variable);
        return { variable: r.variable, label: r.text[locale], answered: sum(counts), rows: frequencyRows(item.scale, counts, locale, asked) };
      });
      return {
        ...base,
        kind: "matrix",
        answered: Math.max(0, ...rows.map((r) => r.answered)),
        scale: item.scale.map((o) => ({ code: o.code, label: o.label[locale] })),
        rows,
      };
    }
    case "open":
      return { ...base, kind: "open", answered: respondentsOf(item.variable) };
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
