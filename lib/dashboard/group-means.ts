// Group means of a 1–10 rating by any single-answer variable (a single choice or a
// matrix row): each group's n, mean, SD and 95% interval, the one-way ANOVA and the
// Kruskal–Wallis test (group-stats.ts). The counts are the crosstab's (group × rating
// value, "hard to say" and "prefer not" left out as PSPP leaves out user-missing
// values), so the figures equal PSPP's ONEWAY and NPAR TESTS /K-W on the exported data.
import { answerVariables, type Locale, type Questionnaire } from "@/lib/questionnaire";
import type { ResponseFilters } from "@/lib/responses/filters";
import { closedVariables, crosstab, type ClosedVariable } from "./crosstab";
import { isSmall, type Suppression } from "./disclosure";
import { groupSummary, kruskalWallis, oneWayAnova, type Anova, type GroupSummary, type KruskalWallis } from "./group-stats";
import type { DashboardDb } from "./sql";

export type GroupMeans = {
  rating: ClosedVariable;
  group: ClosedVariable;
  groups: { code: number; label: string; summary: GroupSummary; suppressed?: Suppression }[];
  /** All who rated and are in a group. */
  total: GroupSummary;
  anova: Anova | null;
  kruskal: KruskalWallis | null;
  /** Set by protectGroupMeans: groups below the minimum were left out of the tests. */
  leftOut?: number;
};

function byKind(def: Questionnaire, locale: Locale, kinds: readonly string[]): ClosedVariable[] {
  const wanted = new Set(answerVariables(def).filter((v) => kinds.includes(v.kind)).map((v) => v.variable));
  return closedVariables(def, locale).filter((c) => wanted.has(c.variable));
}

/** The numeric ratings whose means can be compared. */
export function ratingVariables(def: Questionnaire, locale: Locale): ClosedVariable[] {
  return byKind(def, locale, ["rating"]);
}

/** The variables that split respondents into groups: one answer per respondent. */
export function groupingVariables(def: Questionnaire, locale: Locale): ClosedVariable[] {
  return byKind(def, locale, ["single", "matrix"]);
}

/** The statistics of given groups' counts (value → n per group). */
export function compareGroups(groups: readonly Map<number, number>[]): { anova: Anova | null; kruskal: KruskalWallis | null } {
  return { anova: oneWayAnova(groups), kruskal: kruskalWallis(groups) };
}

/**
 * The comparison under the filters. With `k` (the minimum group size), a group of fewer
 * than k raters shows no figure and is left out of the total and of both tests, so that
 * no statistic is computed over a group too small to be shown.
 */
export async function groupMeans(
  q: DashboardDb,
  def: Questionnaire,
  locale: Locale,
  ratingVariable: string,
  groupVariable: string,
  filters: ResponseFilters,
  k?: number,
): Promise<GroupMeans | null> {
  const rating = ratingVariables(def, locale).find((v) => v.variable === ratingVariable);
  const group = groupingVariables(def, locale).find((v) => v.variable === groupVariable);
  if (!rating || !group) return null;
  const table = await crosstab(q, def, locale, group.variable, rating.variable, filters);
  if (!table) return null;
  const counts = table.lines.map((line) => new Map(line.cells.map((c) => [c.code, c.n] as [number, number])));
  const hidden = table.lines.map((line) => k !== undefined && isSmall(line.total, k));
  const shown = counts.filter((_, i) => !hidden[i]);
  const all = new Map<number, number>();
  for (const m of shown) for (const [v, n] of m) all.set(v, (all.get(v) ?? 0) + n);
  const leftOut = hidden.filter(Boolean).length;
  return {
    rating,
    group,
    groups: table.lines.map((line, i) =>
      hidden[i] ? { code: line.code, label: line.label, summary: null, suppressed: "small" as const } : { code: line.code, label: line.label, summary: groupSummary(counts[i] ?? new Map()) },
    ),
    total: groupSummary(all),
    ...compareGroups(shown),
    ...(leftOut > 0 ? { leftOut } : {}),
  };
}
