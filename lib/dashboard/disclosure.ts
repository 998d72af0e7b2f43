// The minimum group size (docs/anonymity.md, "Minimum group size"): the one rule that
// decides whether a staff view may show a figure. Two halves:
//
// - `protectFigures`: cell suppression for one table of counts. A count of 1 … k−1 is
//   hidden ("primary"); then, wherever a shown total minus the shown parts would give a
//   hidden count back, a second part is hidden too ("secondary"), until no total does.
// - `filterVerdict`: whether a filtered base may be shown at all. It is refused when the
//   base itself is below k, when a wider view minus this one would be (the complement:
//   dropping any of the filters, including all of them), or when one of its parts (one
//   of several selected values, or one day of a date range) would be — so comparing
//   this view with a narrower or a wider one cannot isolate fewer than k responses.
//
// Everything here is pure; the database half (the atoms the verdict counts) is in
// filter-guard.ts, and protected.ts applies both to results, crosstabs and the overview.
import type { ResponseFilters } from "@/lib/responses/filters";

/** Why a figure is not shown: below the minimum itself, or hidden so that one cannot be worked out. */
export type Suppression = "small" | "secondary";

/** 1 … k−1: a group that may not be shown. Zero singles nobody out. */
export function isSmall(n: number, k: number): boolean {
  return n > 0 && n < k;
}

/** `whole` is the sum of `parts` (indices into the table's values). */
export type SumConstraint = { parts: readonly number[]; whole: number };

/**
 * The indices of `values` to hide. Constraints say which shown figures add up to which:
 * when the whole is shown and exactly one of its parts is hidden, the smallest other
 * non-zero part is hidden too (or, if there is none, the whole), and so on until stable.
 */
export function protectFigures(
  values: readonly number[],
  constraints: readonly SumConstraint[],
  k: number,
  /** Figures to hide although they are not small themselves (their complement in a wider table is). */
  alsoHide: Iterable<number> = [],
): Map<number, Suppression> {
  const hidden = new Map<number, Suppression>();
  values.forEach((v, i) => {
    if (isSmall(v, k)) hidden.set(i, "small");
  });
  for (const i of alsoHide) if (!hidden.has(i)) hidden.set(i, "secondary");
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of constraints) {
      if (hidden.has(c.whole)) continue;
      const hiddenParts = c.parts.filter((p) => hidden.has(p));
      if (hiddenParts.length !== 1) continue;
      const candidates = c.parts.filter((p) => !hidden.has(p) && (values[p] ?? 0) > 0).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
      hidden.set(candidates[0] ?? c.whole, "secondary");
      changed = true;
    }
  }
  return hidden;
}

/** The filter columns of one group of responses, as counted for a verdict. */
export type FilterAtom = {
  region: number | null;
  gender: number | null;
  ageGroup: number | null;
  screening: number | null;
  locale: string;
  /** Only when the filters have dates. */
  day: string | null;
  n: number;
};

export type FilterVerdict =
  | { shown: true; n: number }
  /** small: the base is below k; complement: a wider view minus this one is; part: one selected value or day is. */
  | { shown: false; reason: "small" | "complement" | "part" };

const CODE_KEYS = ["region", "gender", "ageGroup", "screening"] as const;
type FilterPart = (typeof CODE_KEYS)[number] | "locale" | "from" | "to";

function matches(atom: FilterAtom, f: ResponseFilters): boolean {
  for (const key of CODE_KEYS) {
    const list = f[key];
    if (list?.length && (atom[key] === null || !list.includes(atom[key]))) return false;
  }
  if (f.locale?.length && !(f.locale as readonly string[]).includes(atom.locale)) return false;
  if (f.from && (atom.day === null || atom.day < f.from)) return false;
  if (f.to && (atom.day === null || atom.day > f.to)) return false;
  return true;
}

function count(atoms: readonly FilterAtom[], f: ResponseFilters): number {
  let n = 0;
  for (const a of atoms) if (matches(a, f)) n += a.n;
  return n;
}

function activeParts(f: ResponseFilters): FilterPart[] {
  const parts: FilterPart[] = CODE_KEYS.filter((key) => (f[key]?.length ?? 0) > 0);
  if (f.locale?.length) parts.push("locale");
  if (f.from) parts.push("from");
  if (f.to) parts.push("to");
  return parts;
}

function without(f: ResponseFilters, drop: readonly FilterPart[]): ResponseFilters {
  const out: ResponseFilters = { ...f };
  for (const part of drop) delete out[part];
  return out;
}

/**
 * Whether the filtered base may be shown, from the released responses counted per
 * combination of filter columns (and per day when the filters have dates).
 */
export function filterVerdict(atoms: readonly FilterAtom[], filters: ResponseFilters, k: number): FilterVerdict {
  const n = count(atoms, filters);
  if (isSmall(n, k)) return { shown: false, reason: "small" };
  // Every wider view: drop any non-empty subset of the active filters (at most 2^7).
  const parts = activeParts(filters);
  for (let mask = 1; mask < 1 << parts.length; mask++) {
    const drop = parts.filter((_, i) => (mask & (1 << i)) !== 0);
    if (isSmall(count(atoms, without(filters, drop)) - n, k)) return { shown: false, reason: "complement" };
  }
  // Every part: one value of each filter with several values, one day of a date range.
  // Any narrower view is a union of parts, so none of them below k means none of those is.
  const split = CODE_KEYS.filter((key) => (filters[key]?.length ?? 0) > 1);
  const splitLocale = (filters.locale?.length ?? 0) > 1;
  const byDay = Boolean(filters.from || filters.to);
  if (split.length > 0 || splitLocale || byDay) {
    const groups = new Map<string, number>();
    for (const a of atoms) {
      if (!matches(a, filters)) continue;
      const key = JSON.stringify([...split.map((s) => a[s]), splitLocale ? a.locale : null, byDay ? a.day : null]);
      groups.set(key, (groups.get(key) ?? 0) + a.n);
    }
    for (const g of groups.values()) if (isSmall(g, k)) return { shown: false, reason: "part" };
  }
  return { shown: true, n };
}
