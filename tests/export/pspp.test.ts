// A real consumer: PSPP (Debian's `pspp`) runs the exported .sps against the exported CSV.
// The dictionary it reports (names, labels, missing values), the frequencies it counts and
// the data it writes back must match what was exported and submitted.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { expect, it } from "vitest";
import { wideColumns } from "@/lib/export/wide-columns";
import { openCsvExport } from "@/lib/export/csv-export";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from "@/lib/export/options";
import { spssSyntax, truncateBytes } from "@/lib/export/spss";
import { findItem, questionnaire, type Locale } from "@/lib/questionnaire";
import { describeEachDatabase } from "@/tests/support/databases";
import { hasPspp, runPspp, tables, usePsppWorkspace, type Table } from "@/tests/support/pspp";
import { expectPsppCases } from "./oracle";
import { readAll, submitGenerated, submitHostile, type Submitted } from "./support";

if (!hasPspp) process.stderr.write("\nWARNING pspp is not installed: the SPSS syntax test is SKIPPED\n\n");

await describeEachDatabase("SPSS syntax run by PSPP", ({ provider, create }) => {
  if (!hasPspp) {
    it.skip("pspp is not installed", () => undefined);
    return;
  }
  // Generated answers plus answers whose every open text is hostile: multi-line,
  // tabs, quotes, formula starts, Kazakh, emoji, maximum length.
  const fx = usePsppWorkspace(`pspp-${provider}`, create, async (db): Promise<Submitted[]> => [...(await submitGenerated(db, 90, 7)), ...(await submitHostile(db, 30, 11))]);

  async function run(overrides: Partial<ExportOptions>, frequencies: string[]) {
    // The CSV meant for SPSS (spss=1), as the .sps header says to download it.
    const options: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, ...overrides, spss: true };
    const csv = await readAll(await openCsvExport({ file: "responses.csv", options, filters: {}, target: fx.database.target, def: questionnaire }));
    writeFileSync(path.join(fx.dir, "responses.csv"), csv);
    writeFileSync(path.join(fx.dir, "responses.sps"), `\uFEFF${spssSyntax(questionnaire, options)}`);
    writeFileSync(
      path.join(fx.dir, "check.sps"),
      [
        "INCLUDE FILE='responses.sps'.",
        "DISPLAY DICTIONARY.",
        `FREQUENCIES /VARIABLES=${frequencies.join(" ")}.`,
        "SAVE TRANSLATE /OUTFILE='back.csv' /TYPE=CSV /FIELDNAMES /REPLACE /CELLS=VALUES.",
        "",
      ].join("\n"),
    );
    const { log, output } = runPspp(fx.dir);
    const exported = parse(csv, { bom: true, delimiter: options.sep === "semicolon" ? ";" : options.sep === "tab" ? "\t" : "," }) as string[][];
    const back = parse(readFileSync(path.join(fx.dir, "back.csv"), "utf8"), { bom: true }) as string[][];
    return { options, log, output, tables: tables(output), exported: exported.slice(options.header === "text" ? 2 : 1), back };
  }

  function frequency(table: Table | undefined, label: string): number {
    const row = table?.rows.find((r) => r[1] === label);
    return Number(row?.[2] ?? 0);
  }

  for (const variant of [
    { lang: "ru", sep: "comma", header: "names" },
    { lang: "kk", sep: "semicolon", header: "text" },
    { lang: "en", sep: "tab", header: "names" },
  ] as const) {
    it(`reads the export (${variant.lang}, ${variant.sep}, header=${variant.header}) with the right dictionary, frequencies and data`, async () => {
      const lang: Locale = variant.lang;
      const { output, tables: t, back } = await run(variant, ["S1", "Q1", "Q15", "Q26_1"]);
      expect(output).not.toMatch(/^(error|warning)/im);

      // Dictionary: every column, in order, with its label in the chosen language.
      const columns = wideColumns(questionnaire, { combined: false });
      const variables = t.find((x) => x.title === "Variables");
      expect(variables).toBeDefined();
      const rows = (variables?.rows ?? []).slice(1);
      expect(rows.map((r) => r[0])).toEqual(columns.map((c) => c.name));
      rows.forEach((r, i) => {
        const column = columns[i];
        if (column) expect(r[2]).toBe(truncateBytes(column.label[lang].replace(/\s*[\r\n]+\s*/g, " "), 255));
      });
      const q15 = rows.find((r) => r[0] === "Q15");
      expect(q15?.[9]).toContain("-1");

      // Frequencies by value label equal the submitted data.
      for (const variable of ["Q1", "Q15"]) {
        const item = findItem(questionnaire, variable)?.item;
        if (!item || item.kind !== "single") throw new Error(`${variable} is a single-choice item`);
        const table = t.find((x) => x.title === item.text[lang] && x.rows[0]?.[2] === "Frequency");
        expect(table, `frequency table of ${variable}`).toBeDefined();
        for (const option of item.options) {
          const expected = fx.data.filter((s) => s.answers[variable] === option.code).length;
          expect(frequency(table, option.label[lang]), `${variable} = ${option.code}`).toBe(expected);
        }
      }
      const notAsked = fx.data.filter((s) => s.answers.S1 !== 1).length;
      const q15Table = t.find((x) => x.title.startsWith(findItem(questionnaire, "Q15")?.item.text[lang].slice(0, 40) ?? "?") && x.rows[0]?.[2] === "Frequency");
      const missingRow = q15Table?.rows.find((r) => r[0] === "Missing");
      expect(Number(missingRow?.[2])).toBe(notAsked);

      // Data: every case, every cell as PSPP read it equals what was submitted (open texts
      // exactly as stored: line breaks, quotes, emoji; no spreadsheet apostrophe).
      expectPsppCases(back, columns, fx.data);
      const multiLine = fx.data.filter((s) => Object.values(s.answers).some((v) => typeof v === "string" && v.includes("\n")));
      expect(multiLine.length).toBeGreaterThan(10);
    });
  }
});
