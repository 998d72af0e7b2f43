import { describe, expect, it } from "vitest";
import { chiSquareSurvival, gammaP, independenceTest, logGamma, meanInterval, wilson } from "./stats";

describe("statistics", () => {
  it("Wilson interval matches the textbook example (Newcombe 1998: 81/263)", () => {
    const ci = wilson(81, 263);
    expect(ci?.low).toBeCloseTo(25.53, 1);
    expect(ci?.high).toBeCloseTo(36.62, 1);
    expect(wilson(0, 10)?.low).toBe(0);
    expect(wilson(1, 0)).toBeNull();
  });

  it("log-gamma and the incomplete gamma give known values", () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    // P(1, x) = 1 − e^−x
    expect(gammaP(1, 2)).toBeCloseTo(1 - Math.exp(-2), 14);
  });

  it("χ² survival equals tabulated critical values", () => {
    expect(chiSquareSurvival(3.841458820694124, 1)).toBeCloseTo(0.05, 10);
    expect(chiSquareSurvival(9.487729036781154, 4)).toBeCloseTo(0.05, 10);
    expect(chiSquareSurvival(23.20925115895, 10)).toBeCloseTo(0.01, 9);
    expect(chiSquareSurvival(200, 3)).toBeLessThan(1e-40);
    // df = 2: Q = e^(−x/2) exactly.
    expect(chiSquareSurvival(7, 2)).toBeCloseTo(Math.exp(-3.5), 14);
  });

  it("independence test: χ², df, V and the small-expected-count warning", () => {
    // 2×2: [[10, 20], [30, 40]] → χ² = 0.7937 (no continuity correction).
    const t = independenceTest([
      [10, 20],
      [30, 40],
    ]);
    expect(t?.chi2).toBeCloseTo(0.79365, 4);
    expect(t?.df).toBe(1);
    expect(t?.p).toBeCloseTo(0.37299, 4);
    expect(t?.cramersV).toBeCloseTo(Math.sqrt(0.79365 / 100), 4);
    expect(t?.smallExpected.cells).toBe(0);
    const sparse = independenceTest([
      [1, 0, 5],
      [2, 3, 0],
      [0, 0, 0],
    ]);
    // The empty row is dropped: 2×3 table, df 2, all six expected counts under 5.
    expect(sparse?.df).toBe(2);
    expect(sparse?.smallExpected.cells).toBe(6);
    expect(sparse?.smallExpected.pct).toBe(100);
    expect(independenceTest([[1, 2]])).toBeNull();
  });

  it("mean interval", () => {
    const m = meanInterval([
      [1, 50],
      [10, 50],
    ]);
    expect(m?.mean).toBe(5.5);
    expect(m?.low).toBeLessThan(5.5);
    expect(m?.high).toBeGreaterThan(5.5);
    expect(meanInterval([])).toBeNull();
  });
});
