// Tyndau's raking against R's survey::rake (Debian's r-cran-survey) on the same data and
// margins: every weight agrees to 1e-6. Also the hand-checkable pieces: a weighted share
// and Kish's effective sample size.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { effectiveSampleSize, rake, type Margin } from "@/lib/weights/rake";
import { weightedShares } from "@/lib/weights/weighted";
import { TMP_DIR } from "@/tests/support/databases";

const hasR = spawnSync("Rscript", ["-e", "library(survey)"]).status === 0;
if (!hasR && process.env.CI === "true") throw new Error("Rscript with r-cran-survey is not installed");

// A fixed sample of 240 units, unbalanced on purpose: region 1 is over-represented,
// NGO type 3 under-represented, and the two are associated.
function sample(): number[][] {
  const units: number[][] = [];
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 240; i++) {
    const region = next() < 0.45 ? 1 : next() < 0.5 ? 2 : next() < 0.6 ? 3 : 4;
    const type = next() < (region === 1 ? 0.6 : 0.35) ? 1 : next() < 0.75 ? 2 : 3;
    const gender = next() < 0.6 ? 1 : 2;
    units.push([region, type, gender]);
  }
  return units;
}

const MARGINS: Margin[] = [
  { variable: "region", shares: new Map([[1, 0.25], [2, 0.3], [3, 0.2], [4, 0.25]]) },
  { variable: "type", shares: new Map([[1, 0.4], [2, 0.35], [3, 0.25]]) },
  { variable: "gender", shares: new Map([[1, 0.5], [2, 0.5]]) },
];

const dir = path.join(TMP_DIR, `rake-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasR)("raking equals survey::rake", () => {
  it("agrees with R to 1e-6 on every weight, and reports convergence", () => {
    const units = sample();
    const ours = rake(units, MARGINS, { tolerance: 1e-12, maxIterations: 2000 });
    expect(ours.converged).toBe(true);
    expect(ours.maxDeviation).toBeLessThan(1e-12);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "data.csv"), ["region,type,gender", ...units.map((u) => u.join(","))].join("\n") + "\n");
    const n = units.length;
    const pop = MARGINS.map(
      (m) => `data.frame(${m.variable} = c(${[...m.shares.keys()].join(",")}), Freq = c(${[...m.shares.values()].map((s) => s * n).join(",")}))`,
    );
    writeFileSync(
      path.join(dir, "rake.R"),
      `suppressMessages(library(survey))
d <- read.csv("data.csv")
for (v in c("region", "type", "gender")) d[[v]] <- factor(d[[v]])
des <- svydesign(ids = ~1, data = d, weights = rep(1, nrow(d)))
pop <- list(${pop.map((p) => p.replace(/= c\(([^)]*)\), Freq/, "= factor(c($1)), Freq")).join(", ")})
r <- rake(des, list(~region, ~type, ~gender), pop, control = list(maxit = 2000, epsilon = 1e-13))
writeLines(formatC(weights(r), digits = 17, format = "g"), "weights.txt")
`,
    );
    execFileSync("Rscript", ["rake.R"], { cwd: dir, encoding: "utf8" });
    const theirs = readFileSync(path.join(dir, "weights.txt"), "utf8").trim().split(/\s+/).map(Number);
    expect(theirs).toHaveLength(n);
    let worst = 0;
    for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs(ours.weights[i]! - theirs[i]!));
    expect(worst).toBeLessThan(1e-6);
  });
});

describe("weighted percentages and effective sample size", () => {
  it("equal a hand computation", () => {
    // Four units: weights 0.5, 0.5, 1.5, 1.5 (sum 4); codes 1, 2, 1, 99.
    // Weighted share of code 1 = (0.5 + 1.5) / 4 = 50 %, code 2 = 12.5 %, 99 = 37.5 %.
    // Kish: (Σw)² / Σw² = 16 / (0.25 + 0.25 + 2.25 + 2.25) = 16 / 5 = 3.2.
    const weights = [0.5, 0.5, 1.5, 1.5];
    const shares = weightedShares([1, 2, 1, 99], weights);
    expect(shares.get(1)).toBeCloseTo(0.5, 12);
    expect(shares.get(2)).toBeCloseTo(0.125, 12);
    expect(shares.get(99)).toBeCloseTo(0.375, 12);
    expect(effectiveSampleSize(weights)).toBeCloseTo(3.2, 12);
  });

  it("trims weights to the bounds and says whether the margins are still met", () => {
    const units = sample();
    const trimmed = rake(units, MARGINS, { lower: 0.7, upper: 1.4, maxIterations: 50 });
    const max = Math.max(...trimmed.weights);
    const min = Math.min(...trimmed.weights);
    expect(max).toBeLessThanOrEqual(1.4 + 1e-9);
    expect(min).toBeGreaterThanOrEqual(0.7 - 1e-9);
    expect(trimmed.iterations).toBeGreaterThan(0);
    expect(typeof trimmed.converged).toBe("boolean");
  });
});
