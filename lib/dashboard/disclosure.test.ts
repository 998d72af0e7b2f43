// The minimum group size's two rules on hand-made tables: which figures are hidden, and
// that no shown total gives a hidden one back; which filters are refused.
import { describe, expect, it } from "vitest";
import { filterVerdict, protectFigures, type FilterAtom, type SumConstraint } from "./disclosure";

const K = 5;

/** Every hidden figure that a shown whole minus its shown parts would give back. */
function recoverable(values: number[], constraints: SumConstraint[], hidden: Map<number, unknown>): number[] {
  const out: number[] = [];
  for (const c of constraints) {
    if (hidden.has(c.whole)) continue;
    const unknown = c.parts.filter((p) => hidden.has(p));
    if (unknown.length === 1) out.push(unknown[0] ?? -1);
  }
  return out;
}

describe("protectFigures", () => {
  it("hides counts of 1–4, not 0 or 5", () => {
    const hidden = protectFigures([0, 1, 4, 5, 20], [], K);
    expect([...hidden.keys()].sort()).toEqual([1, 2]);
    expect(hidden.get(1)).toBe("small");
  });

  it("hides a second part when a shown total would give the one small part back", () => {
    // 30 = 2 + 12 + 16: with only the 2 hidden, 30 − 12 − 16 = 2.
    const values = [2, 12, 16, 30];
    const constraints = [{ parts: [0, 1, 2], whole: 3 }];
    const hidden = protectFigures(values, constraints, K);
    expect(hidden.get(0)).toBe("small");
    expect(hidden.get(1)).toBe("secondary");
    expect(hidden.has(2)).toBe(false);
    expect(recoverable(values, constraints, hidden)).toEqual([]);
  });

  it("hides the total when the only other parts are zero", () => {
    const hidden = protectFigures([3, 0, 0, 3], [{ parts: [0, 1, 2], whole: 3 }], K);
    expect(hidden.has(0)).toBe(true);
    // The total is 3 itself here, so it is small anyway; with a large total there is no zero-only case.
    expect(hidden.has(3)).toBe(true);
  });

  it("a crosstab with one small cell: no row, column or margin gives a hidden cell back", () => {
    // 3×3 table; cell (0,0) = 1 would follow from its row total, its column total, and so on.
    const cells = [
      [1, 10, 12],
      [9, 11, 13],
      [14, 8, 20],
    ];
    const R = 3;
    const C = 3;
    const values = [...cells.flat(), ...cells.map((r) => r[0]! + r[1]! + r[2]!), ...[0, 1, 2].map((j) => cells.reduce((s, r) => s + r[j]!, 0))];
    values.push(values.slice(R * C, R * C + R).reduce((a, b) => a + b, 0));
    const cell = (i: number, j: number) => i * C + j;
    const constraints: SumConstraint[] = [
      ...[0, 1, 2].map((i) => ({ parts: [0, 1, 2].map((j) => cell(i, j)), whole: R * C + i })),
      ...[0, 1, 2].map((j) => ({ parts: [0, 1, 2].map((i) => cell(i, j)), whole: R * C + R + j })),
      { parts: [0, 1, 2].map((i) => R * C + i), whole: R * C + R + C },
      { parts: [0, 1, 2].map((j) => R * C + R + j), whole: R * C + R + C },
    ];
    const hidden = protectFigures(values, constraints, K);
    expect(hidden.get(cell(0, 0))).toBe("small");
    // At least one more cell in row 0 and one more in column 0.
    expect([1, 2].some((j) => hidden.has(cell(0, j)))).toBe(true);
    expect([1, 2].some((i) => hidden.has(cell(i, 0)))).toBe(true);
    expect(recoverable(values, constraints, hidden)).toEqual([]);
    // And no other constraint closes around the hidden cells one by one.
    expect(hidden.size).toBeGreaterThanOrEqual(4);
  });
});

const atom = (region: number, gender: number, n: number, day: string | null = null, locale = "ru"): FilterAtom => ({
  region,
  gender,
  ageGroup: 1,
  screening: 1,
  locale,
  day,
  n,
});

describe("filterVerdict", () => {
  // Region 1: 20 men, 1 woman. Region 2: 30 men, 6 women. 57 in all.
  const atoms = [atom(1, 1, 20), atom(1, 2, 1), atom(2, 1, 30), atom(2, 2, 6)];

  it("shows an unfiltered base of at least k", () => {
    expect(filterVerdict(atoms, {}, K)).toEqual({ shown: true, n: 57 });
  });

  it("refuses a group of one", () => {
    expect(filterVerdict(atoms, { region: [1], gender: [2] }, K)).toEqual({ shown: false, reason: "small" });
  });

  it("refuses a filter whose complement within a wider view is below k", () => {
    // Region 1 men (20) vs region 1 (21): the difference is the one woman.
    expect(filterVerdict(atoms, { region: [1], gender: [1] }, K)).toEqual({ shown: false, reason: "complement" });
    // All but 3 of the 57: the unfiltered total minus this view is 3.
    const few = [atom(1, 1, 54), atom(2, 1, 3)];
    expect(filterVerdict(few, { region: [1] }, K)).toEqual({ shown: false, reason: "complement" });
  });

  it("refuses several values when one of them is below k", () => {
    const three = [...atoms, atom(3, 1, 2), atom(3, 2, 40)];
    // Regions 2 and 3 among men: region 3 has 2 (region 2 vs regions 2+3 would give them away).
    expect(filterVerdict(three, { region: [2, 3], gender: [1] }, K)).toEqual({ shown: false, reason: "part" });
  });

  it("refuses a date range with a day below k, and a single day below k", () => {
    const days = [atom(1, 1, 10, "2026-01-01"), atom(1, 1, 2, "2026-01-02"), atom(1, 1, 12, "2026-01-03")];
    expect(filterVerdict(days, { from: "2026-01-01", to: "2026-01-03" }, K)).toEqual({ shown: false, reason: "part" });
    expect(filterVerdict(days, { from: "2026-01-02", to: "2026-01-02" }, K)).toEqual({ shown: false, reason: "small" });
    // Dropping only `to` widens the view by day 3 (12): fine; the first day alone is 10, and the rest 14.
    expect(filterVerdict(days, { from: "2026-01-01", to: "2026-01-01" }, K)).toEqual({ shown: true, n: 10 });
  });

  it("shows a view of nobody (0 singles nobody out)", () => {
    expect(filterVerdict(atoms, { region: [9] }, K)).toEqual({ shown: true, n: 0 });
  });
});
