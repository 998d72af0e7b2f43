// The dashboard's crosstab statistics against PSPP's CROSSTABS on the exported data: the
// SPSS-bound CSV and its .sps are run by Debian's `pspp` with /STATISTICS=CHISQ PHI, and
// Pearson's χ², its df and p, and Cramér's V must equal what the dashboard shows
// (lib/dashboard/crosstab.ts + stats.ts), as must the counts of the table.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { crosstab } from "@/lib/dashboard/crosstab";
import { openCsvExport } from "@/lib/export/csv-export";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from "@/lib/export/options";
import { spssSyntax } from "@/lib/export/spss";
import { questionnaire } from "@/lib/questionnaire";
import { describeEachDatabase } from "@/tests/support/databases";
import { hasPspp, runPspp, tables, usePsppWorkspace } from "@/tests/support/pspp";
import { readAll, submitGenerated } from "@/tests/export/support";


/** Pairs checked: a many-valued single choice by a single choice, and by a Likert matrix row. */
const PAIRS = [
  ["Q1", "Q9"],
  ["Q2", "Q32"],
  ["Q9", "Q27_1"],
] as const;

await describeEachDatabase("crosstab statistics equal PSPP's CROSSTABS", ({ provider, create }) => {
  if (!hasPspp) {
    it.skip("pspp is not installed", () => undefined);
    return;
  }
  const fx = usePsppWorkspace(`crosstab-pspp-${provider}`, create, (db) => submitGenerated(db, 240, 23), 180_000);

  it("χ², df, p and Cramér's V of every pair match PSPP", async () => {
    const options: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, lang: "en", spss: true };
    const csv = await readAll(await openCsvExport({ file: "responses.csv", options, filters: {}, target: fx.database.target, def: questionnaire }));
    writeFileSync(path.join(fx.dir, "responses.csv"), csv);
    writeFileSync(path.join(fx.dir, "responses.sps"), `\uFEFF${spssSyntax(questionnaire, options)}`);
    writeFileSync(
      path.join(fx.dir, "check.sps"),
      ["INCLUDE FILE='responses.sps'.", ...PAIRS.map(([r, c]) => `CROSSTABS /TABLES=${r} BY ${c} /STATISTICS=CHISQ PHI.`), ""].join("\n"),
    );
    const { output } = runPspp(fx.dir);
    if (process.env.SHOW_PSPP === "1") process.stdout.write(output);
    const all = tables(output);
    const chiTables = all.filter((t) => t.title === "Chi-Square Tests");
    const symmetric = all.filter((t) => t.title === "Symmetric Measures");
    expect(chiTables, output.slice(0, 2000)).toHaveLength(PAIRS.length);
    expect(symmetric).toHaveLength(PAIRS.length);

    for (const [i, [rowVar, colVar]] of PAIRS.entries()) {
      const table = await crosstab({ db: fx.handle.db, provider: fx.handle.provider }, questionnaire, "en", rowVar, colVar, {});
      const test = table?.test;
      expect(test, `${rowVar} × ${colVar}`).toBeTruthy();
      if (!test || !table) continue;
      const pearson = chiTables[i]?.rows.find((r) => r[0] === "Pearson Chi-Square");
      expect(pearson, JSON.stringify(chiTables[i])).toBeDefined();
      const [, chi, df, p] = pearson ?? [];
      const chiDecimals = (chi ?? "").trim().split(".")[1]?.length ?? 0;
      expect(Math.abs(test.chi2 - Number(chi)), `${rowVar} × ${colVar} χ² ${test.chi2} vs ${chi}`).toBeLessThanOrEqual(0.5 * 10 ** -chiDecimals + 1e-9);
      expect(test.df).toBe(Number(df));
      const pDecimals = (p ?? "").trim().split(".")[1]?.length ?? 0;
      expect(Math.abs(test.p - Number(p)), `${rowVar} × ${colVar} p ${test.p} vs ${p}`).toBeLessThanOrEqual(0.5 * 10 ** -pDecimals + 1e-9);
      const v = symmetric[i]?.rows.find((r) => r.some((cell) => /Cram[eé]r's V/.test(cell)));
      expect(v, JSON.stringify(symmetric[i])).toBeDefined();
      const printed = v?.find((cell, j) => j > 0 && /^-?\d*\.?\d+$/.test(cell.trim()))?.trim() ?? "";
      expect(printed).not.toBe("");
      // PSPP prints V with its own number of decimals: equal at that precision.
      const decimals = printed.split(".")[1]?.length ?? 0;
      expect(Math.abs(test.cramersV - Number(printed)), `${rowVar} × ${colVar} V ${test.cramersV} vs ${printed}`).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
      // The valid N PSPP reports equals the table's total.
      const summary = all.filter((t) => t.title === "Summary")[i];
      const validN = Number(summary?.rows[3]?.[1]);
      expect(table.total, `${rowVar} × ${colVar} valid N`).toBe(validN);
    }
  }, 120_000);
});
