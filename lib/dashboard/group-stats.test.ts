import { describe, expect, it } from "vitest";
import { fSurvival, incompleteBeta, kruskalWallis, oneWayAnova } from "./group-stats";

const g = (o: Record<number, number>) => new Map(Object.entries(o).map(([k, n]) => [Number(k), n]));

describe("group statistics", () => {
  it("the F tail equals known values", () => {
    // From R: pf(3.5, 2, 27, lower.tail = FALSE), pbeta(0.3, 2.5, 4), pf(12.34, 7, 1500, lower.tail = FALSE).
    expect(fSurvival(1, 1, 1)).toBeCloseTo(0.5, 12);
    expect(fSurvival(3.5, 2, 27)).toBeCloseTo(0.0445087539464003, 12);
    expect(incompleteBeta(0.3, 2.5, 4)).toBeCloseTo(0.352197585906767, 12);
    expect(fSurvival(12.34, 7, 1500) / 1.98099641611487e-15).toBeCloseTo(1, 6);
  });

  it("ANOVA and Kruskal–Wallis of a small table equal the textbook computation", () => {
    // Groups: {1,2,3}, {4,5,6}: means 2 and 5, SSB = 13.5, SSW = 4, F = 13.5 / (4/4) = 13.5.
    const a = oneWayAnova([g({ 1: 1, 2: 1, 3: 1 }), g({ 4: 1, 5: 1, 6: 1 })]);
    expect(a?.f).toBeCloseTo(13.5, 10);
    expect(a?.df1).toBe(1);
    expect(a?.df2).toBe(4);
    // No ties: H = 12/(6·7)·(6²/3 + 15²/3) − 3·7 = 3.857142…
    const kw = kruskalWallis([g({ 1: 1, 2: 1, 3: 1 }), g({ 4: 1, 5: 1, 6: 1 })]);
    expect(kw?.h).toBeCloseTo(27 / 7, 10);
    expect(kw?.df).toBe(1);
    expect(oneWayAnova([g({ 1: 3 })])).toBeNull();
  });
});
