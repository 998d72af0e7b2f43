// Group means, the one-way ANOVA and Kruskal–Wallis (lib/dashboard/group-means.ts)
// against PSPP on the exported data: ONEWAY /STATISTICS=DESCRIPTIVES and NPAR TESTS /K-W
// are run by Debian's `pspp` on the SPSS-bound CSV and its .sps, and every group's n,
// mean, SD and 95% interval, F with its df and p, and H with its df and p must equal
// what the page shows, at the precision PSPP prints them.
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { groupMeans } from "@/lib/dashboard/group-means";
import { openCsvExport } from "@/lib/export/csv-export";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from "@/lib/export/options";
import { spssSyntax } from "@/lib/export/spss";
import { questionnaire } from "@/lib/questionnaire";
import { SPECIAL_CODES } from "@/lib/questionnaire/constants";
import { describeEachDatabase } from "@/tests/support/databases";
import { hasPspp, runPspp, tables, usePsppWorkspace } from "@/tests/support/pspp";
import { readAll, submitGenerated } from "@/tests/export/support";

/** Rating by group: by a many-valued single choice, by a short one, by a Likert matrix row. */
const PAIRS = [
  ["Q26_1", "Q1"],
  ["Q26_2", "Q9"],
  ["Q26_3", "Q27_1"],
] as const;

/** |ours − printed| within half a unit of the last printed decimal. */
function close(ours: number, printed: string | undefined, what: string) {
  const text = (printed ?? "").trim();
  expect(text, what).not.toBe("");
  const decimals = text.split(".")[1]?.length ?? 0;
  expect(Math.abs(ours - Number(text)), `${what}: ${ours} vs ${text}`).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
}

await describeEachDatabase("group means equal PSPP's ONEWAY and NPAR TESTS /K-W", ({ provider, create }) => {
  if (!hasPspp) {
    it.skip("pspp is not installed", () => undefined);
    return;
  }
  const fx = usePsppWorkspace(`group-means-pspp-${provider}`, create, (db) => submitGenerated(db, 300, 29), 180_000);

  it("n, mean, SD, 95% CI, F and H of every pair match PSPP", async () => {
    const options: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, lang: "en", spss: true };
    const csv = await readAll(await openCsvExport({ file: "responses.csv", options, filters: {}, target: fx.database.target, def: questionnaire }));
    writeFileSync(path.join(fx.dir, "responses.csv"), csv);
    writeFileSync(path.join(fx.dir, "responses.sps"), `\uFEFF${spssSyntax(questionnaire, options)}`);
    const results = await Promise.all(PAIRS.map(([r, g]) => groupMeans({ db: fx.handle.db, provider: fx.handle.provider }, questionnaire, "en", r, g, {})));
    const syntax = ["INCLUDE FILE='responses.sps'."];
    for (const [i, [r, g]] of PAIRS.entries()) {
      const codes = (results[i]?.group.codes ?? []).map((c) => c.code).filter((c) => !SPECIAL_CODES.includes(c));
      syntax.push(`ONEWAY /VARIABLES=${r} BY ${g} /STATISTICS=DESCRIPTIVES.`);
      syntax.push(`NPAR TESTS /K-W=${r} BY ${g}(${Math.min(...codes)},${Math.max(...codes)}).`);
    }
    writeFileSync(path.join(fx.dir, "check.sps"), `${syntax.join("\n")}\n`);
    const { output } = runPspp(fx.dir);
    if (process.env.SHOW_PSPP === "1") process.stdout.write(output);
    const all = tables(output);
    const anovas = all.filter((t) => t.title === "ANOVA");
    const descriptives = all.filter((t) => t.title === "Descriptives");
    const kw = all.filter((t) => t.title === "Test Statistics");
    expect(anovas, output.slice(0, 3000)).toHaveLength(PAIRS.length);
    expect(descriptives).toHaveLength(PAIRS.length);
    expect(kw).toHaveLength(PAIRS.length);

    for (const [i, [r, g]] of PAIRS.entries()) {
      const ours = results[i];
      expect(ours, `${r} by ${g}`).toBeTruthy();
      if (!ours) continue;
      // ANOVA: "Between Groups", Sum of Squares, df, Mean Square, F, Sig.
      const between = anovas[i]?.rows.find((row) => row.some((c) => c === "Between Groups")) ?? [];
      const within = anovas[i]?.rows.find((row) => row.some((c) => c === "Within Groups")) ?? [];
      const at = between.indexOf("Between Groups");
      expect(ours.anova, `${r} by ${g} ANOVA`).toBeTruthy();
      if (!ours.anova) continue;
      close(ours.anova.between, between[at + 1], `${r} by ${g} SS between`);
      expect(ours.anova.df1).toBe(Number(between[at + 2]));
      close(ours.anova.f, between[at + 4], `${r} by ${g} F`);
      close(ours.anova.p, between[at + 5], `${r} by ${g} p`);
      const wAt = within.indexOf("Within Groups");
      expect(ours.anova.df2).toBe(Number(within[wAt + 2]));
      // Descriptives: one row per group with N, Mean, Std. Deviation, Std. Error, lower, upper.
      for (const grp of ours.groups) {
        const row = descriptives[i]?.rows.find((d) => d.some((c) => c === grp.label || c === String(grp.code)));
        if (!grp.summary) {
          expect(row, `${r} by ${g}: empty group ${grp.label} is not listed`).toBeUndefined();
          continue;
        }
        expect(row, `${r} by ${g}: group ${grp.label} ${JSON.stringify(descriptives[i]?.rows.slice(0, 3))}`).toBeDefined();
        const nums = (row ?? []).filter((c) => /^-?\d*\.?\d+$/.test(c.trim()));
        expect(Number(nums[0])).toBe(grp.summary.n);
        close(grp.summary.mean, nums[1], `${r} by ${g} ${grp.label} mean`);
        if (grp.summary.n > 1) {
          close(grp.summary.sd, nums[2], `${r} by ${g} ${grp.label} SD`);
          close(grp.summary.low, nums[4], `${r} by ${g} ${grp.label} CI low`);
          close(grp.summary.high, nums[5], `${r} by ${g} ${grp.label} CI high`);
        }
      }
      // Kruskal–Wallis: a column per tested variable, rows "Kruskal-Wallis H", "df", "Asymp. Sig.".
      const rowOf = (name: RegExp) => kw[i]?.rows.find((row) => name.test(row[0] ?? ""));
      expect(ours.kruskal).toBeTruthy();
      if (!ours.kruskal) continue;
      close(ours.kruskal.h, rowOf(/Kruskal-Wallis H|Chi-Square/)?.[1], `${r} by ${g} H`);
      expect(ours.kruskal.df).toBe(Number(rowOf(/^df$/)?.[1]));
      close(ours.kruskal.p, rowOf(/Asymp\. Sig\./)?.[1], `${r} by ${g} K-W p`);
    }

    // PSPP prints two decimals; R's aov and kruskal.test on the same file check all of them.
    if (spawnSync("Rscript", ["--version"]).status !== 0) return;
    let checked = 0;
    for (const [i, [r, g]] of PAIRS.entries()) {
      const ours = results[i];
      if (!ours?.anova || !ours.kruskal) continue;
      const script = `d <- read.csv("responses.csv"); x <- d[["${r}"]]; g <- d[["${g}"]]
ok <- !is.na(x) & x >= 1 & x <= 10 & !is.na(g) & g >= 1 & g < 98
x <- x[ok]; g <- factor(g[ok])
a <- summary(aov(x ~ g))[[1]]; k <- kruskal.test(x, g)
cat(sprintf("%.12g %.12g %.12g %.12g %.12g", a[1, "F value"], a[1, "Pr(>F)"], k$statistic, k$p.value, a[1, "Sum Sq"]))`;
      const [f, p, h, kp, ss] = execFileSync("Rscript", ["-e", script], { cwd: fx.dir, encoding: "utf8" }).trim().split(" ").map(Number);
      expect(ours.anova.f / (f ?? 0), `${r} by ${g} F vs R`).toBeCloseTo(1, 9);
      expect(ours.anova.between / (ss ?? 0), `${r} by ${g} SS vs R`).toBeCloseTo(1, 9);
      expect(ours.anova.p, `${r} by ${g} p vs R`).toBeCloseTo(p ?? 0, 10);
      expect(ours.kruskal.h / (h ?? 0), `${r} by ${g} H vs R`).toBeCloseTo(1, 9);
      expect(ours.kruskal.p, `${r} by ${g} K-W p vs R`).toBeCloseTo(kp ?? 0, 10);
      checked++;
    }
    expect(checked).toBe(PAIRS.length);
  }, 180_000);
});
