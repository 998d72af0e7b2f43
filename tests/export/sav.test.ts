// The native SPSS system file (.sav): unit checks of the writer's layout rules, then the
// real consumer — Debian's PSPP opens the exported file with GET FILE — on both
// databases, on generated answers plus answers whose every open text is hostile (line
// breaks, tabs, quotes, formula starts, Kazakh letters, 4-byte emoji, maximum length).
// Every cell PSPP writes back and every frequency it counts must equal what was submitted;
// the dictionary must carry labels, value labels, missing values and measurement levels.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { wideColumns, type WideColumn } from "@/lib/export/wide-columns";
import { MISSING_LABELS } from "@/lib/export/labels";
import { CaseEncoder } from "@/lib/export/sav/cases";
import { cutUtf8, shortNames, writeDictionary, type SavVariable } from "@/lib/export/sav/dictionary";
import { segmentCount, segmentData, segmentWidth, unitsOf } from "@/lib/export/sav/format";
import { savVariable, spssDate, textVariables } from "@/lib/export/sav/survey";
import { queryTextWidths } from "@/lib/export/sav/widths";
import { openSavExport } from "@/lib/export/sav-export";
import { truncateBytes } from "@/lib/export/spss";
import { NOT_ANSWERED, NOT_ASKED, questionnaire, type Locale } from "@/lib/questionnaire";
import { responseFilterSql } from "@/lib/responses/filters";
import { describeEachDatabase } from "@/tests/support/databases";
import { hasPspp, runPspp, tables, usePsppWorkspace } from "@/tests/support/pspp";
import { expectedWide, expectPsppCases } from "./oracle";
import { DATES, readBytes, submitGenerated, submitHostile, type Submitted } from "./support";

const utf8Length = (text: string) => Buffer.byteLength(text, "utf8");

describe("system file layout", () => {
  it("splits very long strings into 255-byte segments as PSPP and SPSS expect", () => {
    expect(segmentCount(255)).toBe(1);
    expect(segmentCount(256)).toBe(2);
    expect(segmentCount(4000)).toBe(16);
    expect(segmentWidth(4000, 0)).toBe(255);
    expect(segmentWidth(4000, 15)).toBe(4000 - 15 * 252);
    const used = Array.from({ length: 16 }, (_, i) => segmentData(4000, i).used).reduce((a, b) => a + b, 0);
    expect(used).toBe(4000);
    expect(unitsOf(0)).toBe(1);
    expect(unitsOf(9)).toBe(2);
    expect(unitsOf(4000)).toBe(15 * 32 + 28);
  });

  it("gives every variable and segment a unique 8-byte short name", () => {
    const v = (name: string, width = 0): SavVariable =>
      width === 0 ? { name, measure: "nominal", type: "numeric", format: { kind: "F", width: 2, decimals: 0 } } : { name, measure: "nominal", type: "string", width };
    const names = shortNames([v("questionnaire_version", 64), v("questionnaire_other", 600), v("Q1"), v("q1_long_name_x")]);
    const flat = names.flat();
    expect(new Set(flat).size).toBe(flat.length);
    expect(flat.every((n) => n.length <= 8 && /^[A-Z@]/.test(n))).toBe(true);
    expect(names[1]).toHaveLength(3);
  });

  it("cuts labels on a character boundary", () => {
    expect(new TextDecoder("utf-8", { fatal: true }).decode(cutUtf8("ә".repeat(100), 121))).toBe("ә".repeat(60));
    expect(cutUtf8("😀😀", 7)).toHaveLength(4);
  });

  it("compresses small integers, system-missing and blank strings to one code each", () => {
    const encoder = new CaseEncoder([
      { name: "a", measure: "nominal", type: "numeric", format: { kind: "F", width: 2, decimals: 0 } },
      { name: "b", measure: "nominal", type: "string", width: 8 },
    ]);
    encoder.write([-1, ""]);
    encoder.write([null, "x"]);
    encoder.write([1.5, "12345678"]);
    const bytes = encoder.end();
    // One block of 8 codes: 99 (-1), 254 (blank), 255 (sysmis), 253 (raw "x"), 253 (1.5), 253 ("12345678"), 0, 0.
    expect([...bytes.slice(0, 8)]).toEqual([99, 254, 255, 253, 253, 253, 0, 0]);
    expect(bytes.length).toBe(8 + 3 * 8);
    expect(new TextDecoder().decode(bytes.slice(8, 16))).toBe("x       ");
  });

  it("dates count seconds from 14 October 1582", () => {
    expect(spssDate("1582-10-15")).toBe(86400);
    expect(spssDate("not a date")).toBeNull();
  });

  it("writes a dictionary that ends with the 999 record", () => {
    const dict = writeDictionary({ variables: [savVariable(questionnaire, wideColumns(questionnaire, { combined: false })[4] as WideColumn, "kk")], caseCount: -1 });
    const view = new DataView(dict.buffer, dict.byteOffset, dict.byteLength);
    expect(new TextDecoder().decode(dict.slice(0, 4))).toBe("$FL2");
    expect(view.getInt32(80, true)).toBe(-1);
    expect(view.getInt32(dict.length - 8, true)).toBe(999);
  });
});

await describeEachDatabase(".sav read by PSPP", ({ provider, create }) => {
  if (!hasPspp) {
    it.skip("pspp is not installed", () => undefined);
    return;
  }
  const fx = usePsppWorkspace(`sav-${provider}`, create, async (db): Promise<Submitted[]> => [...(await submitGenerated(db, 90, 21)), ...(await submitHostile(db, 30, 5))]);

  for (const lang of ["ru", "kk", "en"] as const satisfies readonly Locale[]) {
    it(`opens the .sav (labels: ${lang}) with every cell, frequency, label, missing value and level as submitted`, async () => {
      const bytes = await readBytes(await openSavExport({ options: { lang, combined: false }, filters: {}, target: fx.database.target, def: questionnaire, batchSize: 37 }));
      writeFileSync(path.join(fx.dir, "responses.sav"), bytes);
      const columns = wideColumns(questionnaire, { combined: false });
      const numeric = columns.filter((c): c is Extract<WideColumn, { kind: "answer" }> => c.kind === "answer" && c.type === "numeric");
      writeFileSync(
        path.join(fx.dir, "check.sps"),
        [
          "GET FILE='responses.sav'.",
          "DISPLAY DICTIONARY.",
          `FREQUENCIES /VARIABLES=${numeric.map((c) => c.name).join(" ")} /FORMAT=NOTABLE.`,
          `FREQUENCIES /VARIABLES=${numeric.map((c) => c.name).join(" ")}.`,
          "SAVE TRANSLATE /OUTFILE='back.csv' /TYPE=CSV /FIELDNAMES /REPLACE /CELLS=VALUES.",
          "",
        ].join("\n"),
      );
      const { output } = runPspp(fx.dir);
      expect(output).not.toMatch(/^(error|warning)/im);
      const t = tables(output);

      // Dictionary: names in order, labels in the chosen language, measurement levels.
      const variables = t.find((x) => x.title === "Variables");
      const rows = (variables?.rows ?? []).slice(1);
      expect(rows.map((r) => r[0])).toEqual(columns.map((c) => c.name));
      const header = variables?.rows[0] ?? [];
      const levelAt = header.indexOf("Measurement Level");
      const missingAt = header.indexOf("Missing Values");
      const byName = new Map(rows.map((r) => [r[0], r]));
      expect(byName.get("Q1")?.[2]).toBe(columns.find((c) => c.name === "Q1")?.label[lang]);
      expect(byName.get("Q8")?.[levelAt]).toBe("Ordinal");
      expect(byName.get("Q11_1")?.[levelAt]).toBe("Ordinal");
      // Ordered scales: age bands, education levels, years in the sector, yes/no scales, frequencies.
      for (const name of ["Q2", "Q3", "Q7", "Q14", "Q15", "Q19", "Q21"]) expect(byName.get(name)?.[levelAt], name).toBe("Ordinal");
      expect(byName.get("Q26_1")?.[levelAt]).toBe("Scale");
      expect(byName.get("Q10_1")?.[levelAt]).toBe("Nominal");
      expect(byName.get("Q22")?.[levelAt]).toBe("Nominal");
      // User-missing values as documented: -1 not asked, 98/99 where offered.
      expect(byName.get("Q17")?.[missingAt]).toMatch(/99.*-1|-1.*99/);
      expect(byName.get("Q16_other")?.[missingAt]).toContain("-1");
      // String widths follow the data: each text column is as wide as its longest stored text in UTF-8 bytes.
      const formatAt = header.indexOf("Print Format");
      for (const column of columns) {
        if (column.kind !== "answer" || column.type !== "text") continue;
        const longestText = Math.max(0, ...fx.data.map((s) => { const v = s.answers[column.source.variable]; return typeof v === "string" ? utf8Length(v) : 0; }));
        const floor = column.missing.length > 0 ? 2 : 1;
        expect(byName.get(column.name)?.[formatAt], column.name).toBe(`A${Math.max(floor, longestText)}`);
      }

      // Every frequency of every numeric variable equals the submitted data, by value label.
      const expected = fx.data.map((s) => expectedWide(s, { raw: true }));
      const frequencyTables = t.filter((x) => x.rows[0]?.[2] === "Frequency");
      expect(frequencyTables).toHaveLength(numeric.length);
      numeric.forEach((column, k) => {
        const table = frequencyTables[k];
        expect(table?.title, `frequency table of ${column.name}`).toBe(truncateBytes(column.label[lang].replace(/\s*[\r\n]+\s*/g, " "), 255));
        const labelOf = (code: number) =>
          truncateBytes(
            column.valueLabels.find((v) => v.code === code)?.label[lang] ??
              (code === NOT_ASKED || code === NOT_ANSWERED ? MISSING_LABELS[code][lang] : String(code)),
            120,
          );
        const counts = new Map<string, number>();
        for (const row of expected) {
          const label = labelOf(Number(row.get(column.name)));
          counts.set(label, (counts.get(label) ?? 0) + 1);
        }
        const read = new Map<string, number>();
        for (const r of table?.rows.slice(1) ?? []) {
          if (r[1] && r[1] !== "Total" && r[2] !== undefined && r[1] !== "") read.set(r[1], Number(r[2]));
        }
        expect(read, column.name).toEqual(counts);
      });

      // Every case, every cell as PSPP wrote it back equals what was submitted.
      const back = parse(readFileSync(path.join(fx.dir, "back.csv"), "utf8"), { bom: true }) as string[][];
      expectPsppCases(back, columns, fx.data);
      const longest = Math.max(...fx.data.flatMap((s) => Object.values(s.answers).map((v) => (typeof v === "string" ? utf8Length(v) : 0))));
      expect(longest).toBe(4000);
    });
  }

  it("measures the widths among the exported responses only (filters and release cut-off)", async () => {
    const variables = textVariables(questionnaire, { lang: "en", combined: false });
    const day = DATES[1];
    const expectedWidths = (admitted: (s: Submitted) => boolean) => {
      const out = new Map<string, number>();
      for (const s of fx.data.filter(admitted)) {
        for (const variable of variables) {
          const v = s.answers[variable];
          if (typeof v === "string") out.set(variable, Math.max(out.get(variable) ?? 0, utf8Length(v)));
        }
      }
      return out;
    };
    const all = await queryTextWidths({ target: fx.database.target, filter: responseFilterSql({}, "r", null), variables });
    expect(all).toEqual(expectedWidths(() => true));
    const oneDay = await queryTextWidths({ target: fx.database.target, filter: responseFilterSql({ from: day, to: day, locale: ["kk"] }, "r", null), variables });
    expect(oneDay).toEqual(expectedWidths((s) => s.submittedOn === day && s.locale === "kk"));
    const released = await queryTextWidths({ target: fx.database.target, filter: responseFilterSql({}, "r", DATES[1]), variables, engine: "prisma", db: fx.handle.db });
    expect(released).toEqual(expectedWidths((s) => s.submittedOn < DATES[1]));
    // The filters must matter here, or this test could not tell them apart.
    expect(oneDay).not.toEqual(all);
  });
});
