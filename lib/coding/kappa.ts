// Cohen's kappa between two coders of one code frame (docs/decisions/017-coding-and-weights.md).
// An answer may carry several categories, so each (answer, category) pair is one yes/no
// decision; a frame's kappa pools the decisions over every answer both coders coded, and
// each category has its own kappa over its decisions alone. Answers only one coder has
// coded do not count: agreement is measured where both have judged.

/** Categories one coder gave one answer; the key is the answer's id. */
export type CoderCodes = ReadonlyMap<string, ReadonlySet<number>>;

export type KappaResult = {
  /** Answers both coders coded. */
  answers: number;
  /** Share of decisions on which they agree. */
  observed: number;
  /** Agreement expected by chance from each coder's own rate of "yes". */
  expected: number;
  /** (observed − expected) / (1 − expected); null when undefined (no answers, or expected = 1). */
  kappa: number | null;
};

type Table = { yy: number; yn: number; ny: number; nn: number };

function fromTable(t: Table, answers: number): KappaResult {
  const n = t.yy + t.yn + t.ny + t.nn;
  if (n === 0) return { answers, observed: 0, expected: 0, kappa: null };
  const observed = (t.yy + t.nn) / n;
  const firstYes = (t.yy + t.yn) / n;
  const secondYes = (t.yy + t.ny) / n;
  const expected = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
  const kappa = expected === 1 ? null : (observed - expected) / (1 - expected);
  return { answers, observed, expected, kappa };
}

function sharedAnswers(first: CoderCodes, second: CoderCodes): string[] {
  return [...first.keys()].filter((id) => second.has(id));
}

function tally(t: Table, a: boolean, b: boolean): void {
  if (a && b) t.yy++;
  else if (a) t.yn++;
  else if (b) t.ny++;
  else t.nn++;
}

/** Pooled kappa of a frame with the given category numbers. */
export function frameKappa(categories: readonly number[], first: CoderCodes, second: CoderCodes): KappaResult {
  const shared = sharedAnswers(first, second);
  const t: Table = { yy: 0, yn: 0, ny: 0, nn: 0 };
  for (const id of shared) {
    const a = first.get(id)!;
    const b = second.get(id)!;
    for (const c of categories) tally(t, a.has(c), b.has(c));
  }
  return fromTable(t, shared.length);
}

/** Kappa of one category's yes/no decisions. */
export function categoryKappa(category: number, first: CoderCodes, second: CoderCodes): KappaResult {
  return frameKappa([category], first, second);
}
