import { describe, expect, it } from "vitest";
import { categoryKappa, frameKappa, type CoderCodes } from "./kappa";

const codes = (entries: Record<string, number[]>): CoderCodes => new Map(Object.entries(entries).map(([k, v]) => [k, new Set(v)]));

describe("Cohen's kappa per frame", () => {
  // Ten answers, two categories. Coder A and coder B; answer "x" only A coded, so it
  // does not count. Decisions per category over the 10 shared answers:
  //   category 1: A yes on a1..a6, B yes on a1..a5 and a7
  //     yy=5 (a1..a5), yn=1 (a6), ny=1 (a7), nn=3 → po = 8/10,
  //     pA=6/10, pB=6/10, pe = .36 + .16 = .52, κ = (.8 − .52)/(.48) = 0.58333…
  //   category 2: A yes on a6..a10, B yes on a6..a9
  //     yy=4, yn=1 (a10), ny=0, nn=5 → po = 9/10, pA=.5, pB=.4, pe = .2 + .3 = .5, κ = .8
  //   pooled (20 decisions): yy=9, yn=2, ny=1, nn=8 → po = 17/20 = .85,
  //     pA = 11/20 = .55, pB = 10/20 = .5, pe = .275 + .225 = .5, κ = (.85 − .5)/.5 = .7
  const a = codes({ a1: [1], a2: [1], a3: [1], a4: [1], a5: [1], a6: [1, 2], a7: [2], a8: [2], a9: [2], a10: [2], x: [1] });
  const b = codes({ a1: [1], a2: [1], a3: [1], a4: [1], a5: [1], a6: [2], a7: [1, 2], a8: [2], a9: [2], a10: [] });

  it("equals the hand computation for each category and for the frame", () => {
    const c1 = categoryKappa(1, a, b);
    expect(c1.answers).toBe(10);
    expect(c1.observed).toBeCloseTo(0.8, 12);
    expect(c1.expected).toBeCloseTo(0.52, 12);
    expect(c1.kappa).toBeCloseTo(0.28 / 0.48, 12);
    expect(categoryKappa(2, a, b).kappa).toBeCloseTo(0.8, 12);
    const frame = frameKappa([1, 2], a, b);
    expect(frame.observed).toBeCloseTo(0.85, 12);
    expect(frame.expected).toBeCloseTo(0.5, 12);
    expect(frame.kappa).toBeCloseTo(0.7, 12);
  });

  it("is undefined without shared answers, and 1 for identical coding", () => {
    expect(frameKappa([1, 2], codes({ p: [1] }), codes({ q: [1] })).kappa).toBeNull();
    expect(frameKappa([1, 2], a, a).kappa).toBeCloseTo(1, 12);
  });
});
