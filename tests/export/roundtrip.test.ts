// Round trip on both databases: a few hundred generated valid responses submitted through
// the API's code path, exported, parsed with csv-parse and compared cell by cell with what
// was submitted; the same for the long format; then every option: separators, BOM,
// labels in each language, header rows, the combined column, filters and OWASP payloads.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDb, type DbHandle } from "@/lib/db/client";
import { wideColumns } from "@/lib/export/wide-columns";
import { openCsvExport, type CsvExportFile } from "@/lib/export/csv-export";
import { MISSING_LABELS, FLAG_LABELS } from "@/lib/export/labels";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from "@/lib/export/options";
import { parseExportFilters } from "@/lib/export/query";
import type { ReaderEngine } from "@/lib/export/source";
import { findItem, generateValidAnswers, mulberry32, questionnaire, type Locale } from "@/lib/questionnaire";
import { storeRecords } from "@/lib/responses/batch-store";
import type { ResponseFilters } from "@/lib/responses/filters";
import { describeEachDatabase, type TestDatabase } from "@/tests/support/databases";
import { expectedLong, expectedWide, owasp } from "./oracle";
import { DATES, readAll, readBytes, submit, submitGenerated, type Submitted } from "./support";

const COUNT = 300;

await describeEachDatabase("exports round trip", ({ create }) => {
  let database: TestDatabase;
  let handle: DbHandle;
  let submitted: Submitted[];

  beforeAll(async () => {
    database = await create();
    handle = createDb(database.target);
    await handle.ready;
    // Exports come in random-id order (docs/anonymity.md); the expectations follow it.
    submitted = (await submitGenerated(handle.db, COUNT, 42)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }, 120_000);
  afterAll(async () => {
    await handle?.db.$disconnect();
    await database?.drop();
  });

  async function exportText(
    file: CsvExportFile,
    options: Partial<ExportOptions> = {},
    filters: ResponseFilters = {},
    extra: { engine?: ReaderEngine; batchSize?: number } = {},
  ): Promise<string> {
    const stream = await openCsvExport({
      file,
      options: { ...DEFAULT_EXPORT_OPTIONS, ...options },
      filters,
      target: database.target,
      def: questionnaire,
      db: handle.db,
      ...extra,
    });
    return readAll(stream);
  }

  const parseCsv = (text: string, delimiter = ",") => parse(text, { bom: true, delimiter, relax_quotes: false }) as string[][];

  it("wide CSV: every cell of every submitted response, on both engines and any batch size", async () => {
    for (const extra of [{}, { engine: "prisma" as const }, { batchSize: 7 }]) {
      const text = await exportText("responses.csv", {}, {}, extra);
      expect(text.endsWith("\r\n")).toBe(true);
      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual(wideColumns(questionnaire, { combined: false }).map((c) => c.name));
      expect(rows).toHaveLength(COUNT);
      const byId = new Map(submitted.map((s) => [s.id, s]));
      for (const row of rows) {
        const s = byId.get(row[0] ?? "");
        expect(s, `response ${row[0]}`).toBeDefined();
        if (!s) continue;
        const expected = expectedWide(s);
        expect(header?.length).toBe(expected.size);
        header?.forEach((name, i) => expect(row[i], `${name} of ${s.id}`).toBe(expected.get(name)));
      }
      // Keyset order: the random ids' order, which carries no time (docs/anonymity.md).
      expect(rows.map((r) => r[0])).toEqual(submitted.map((s) => s.id).sort());
    }
  });

  it("wide CSV covers both routing paths, every item kind and Kazakh and Russian text", () => {
    expect(submitted.some((s) => s.answers.S1 === 1)).toBe(true);
    expect(submitted.some((s) => s.answers.S1 === 2)).toBe(true);
    const texts = submitted.flatMap((s) => Object.values(s.answers).filter((v): v is string => typeof v === "string"));
    expect(texts.some((t) => /[ӘҒҚҢӨҰҮҺІ]/.test(t))).toBe(true);
    expect(texts.some((t) => /[ЁЫЭЩ]/.test(t))).toBe(true);
    expect(submitted.some((s) => typeof s.answers.Q5_other === "string")).toBe(true);
  });

  it("long CSV: one row per answer, labels in the chosen language", async () => {
    for (const lang of ["kk", "ru", "en"] as const) {
      const [header, ...rows] = parseCsv(await exportText("responses-long.csv", { lang }, {}, { batchSize: 50 }));
      expect(header).toEqual(["response_id", "variable", "code", "label", "text"]);
      expect(rows).toEqual(submitted.flatMap((s) => expectedLong(s, lang)));
    }
  });

  it("long CSV has as many rows as the Answer table", async () => {
    const rows = parseCsv(await exportText("responses-long.csv")).length - 1;
    expect(rows).toBe(await handle.db.answer.count());
  });

  it("separators: semicolon and tab carry the same records as comma", async () => {
    const comma = parseCsv(await exportText("responses.csv"));
    const semicolon = await exportText("responses.csv", { sep: "semicolon" });
    const tab = await exportText("responses.csv", { sep: "tab" });
    expect(semicolon.split("\r\n")[0]).toContain("response_id;submitted_on;");
    expect(tab.split("\r\n")[0]).toContain("response_id\tsubmitted_on\t");
    expect(parseCsv(semicolon, ";")).toEqual(comma);
    expect(parseCsv(tab, "\t")).toEqual(comma);
  });

  it("BOM on by default, off with bom=0; CRLF line ends; UTF-8 letters intact", async () => {
    const stream = await openCsvExport({ file: "responses.csv", options: DEFAULT_EXPORT_OPTIONS, filters: {}, target: database.target, def: questionnaire });
    const withBom = await readBytes(stream);
    expect([...withBom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const without = await readBytes(
      await openCsvExport({ file: "responses.csv", options: { ...DEFAULT_EXPORT_OPTIONS, bom: false }, filters: {}, target: database.target, def: questionnaire }),
    );
    expect(String.fromCharCode(...without.slice(0, 11))).toBe("response_id");
    const text = new TextDecoder("utf-8", { fatal: true }).decode(without);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n](?=[^"]*$)/);
    const longText = await exportText("responses-long.csv", { bom: false });
    expect([...new TextEncoder().encode(longText).slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
  });

  it("labels mode in each language: option labels, missing-data labels, flags stay 0/1", async () => {
    const s1 = findItem(questionnaire, "S1")?.item;
    const q1 = findItem(questionnaire, "Q1")?.item;
    if (s1?.kind !== "single" || q1?.kind !== "single") throw new Error("S1 and Q1 are single-choice items");
    for (const lang of ["kk", "ru", "en"] as const satisfies readonly Locale[]) {
      const [header, ...rows] = parseCsv(await exportText("responses.csv", { values: "labels", lang }));
      const col = (name: string) => header?.indexOf(name) ?? -1;
      rows.forEach((row, i) => {
        const s = submitted[i];
        if (!s) return;
        expect(row[col("S1")]).toBe(s1.options.find((o) => o.code === s.answers.S1)?.label[lang]);
        expect(row[col("Q1")]).toBe(owasp(q1.options.find((o) => o.code === s.answers.Q1)?.label[lang] ?? ""));
        const q15 = row[col("Q15")];
        if (s.answers.S1 === 1) expect(q15).not.toBe(MISSING_LABELS[-1][lang]);
        else expect(q15).toBe(MISSING_LABELS[-1][lang]);
        const flag = row[col("Q10_1")];
        expect(["0", "1"]).toContain(flag);
        const rating = row[col("Q26_1")];
        expect(rating).toBe(String(s.answers.Q26_1));
      });
      expect(FLAG_LABELS[1][lang]).toBeTruthy();
    }
  });

  it("header=text adds the column labels in the chosen language as a second row", async () => {
    const [names, labels] = parseCsv(await exportText("responses.csv", { header: "text", lang: "kk" }));
    const columns = wideColumns(questionnaire, { combined: false });
    expect(names).toEqual(columns.map((c) => c.name));
    expect(labels).toEqual(columns.map((c) => owasp(c.label.kk)));
    expect(labels?.[columns.findIndex((c) => c.name === "Q1")]).toBe(findItem(questionnaire, "Q1")?.item.text.kk);
  });

  it("combined=1 adds a column per multi-choice item listing the chosen codes", async () => {
    const [header, ...rows] = parseCsv(await exportText("responses.csv", { combined: true }));
    const at = header?.indexOf("Q10") ?? -1;
    expect(header?.[at - 1]).toBe("Q10_99");
    expect(header?.[at + 1]).toBe("Q10_other");
    rows.forEach((row, i) => {
      const s = submitted[i];
      const value = s?.answers.Q10;
      expect(row[at]).toBe(Array.isArray(value) ? value.join(";") : "-2");
      const q16 = s?.answers.Q16;
      expect(row[header?.indexOf("Q16") ?? -1]).toBe(s?.answers.S1 === 1 && Array.isArray(q16) ? q16.join(";") : "-1");
    });
  });

  it("filters select exactly the matching responses", async () => {
    const cases: { query: string; match: (s: Submitted) => boolean }[] = [
      { query: "region=3,5", match: (s) => s.answers.Q4 === 3 || s.answers.Q4 === 5 },
      { query: "gender=2", match: (s) => s.answers.Q1 === 2 },
      { query: "age=1&age=2", match: (s) => s.answers.Q2 === 1 || s.answers.Q2 === 2 },
      { query: "screening=1", match: (s) => s.answers.S1 === 1 },
      { query: "locale=kk&lang=en", match: (s) => s.locale === "kk" },
      { query: `from=${DATES[1]}&to=${DATES[2]}`, match: (s) => s.submittedOn >= DATES[1] && s.submittedOn <= DATES[2] },
      { query: "gender=1&screening=2&locale=ru", match: (s) => s.answers.Q1 === 1 && s.answers.S1 === 2 && s.locale === "ru" },
    ];
    for (const c of cases) {
      const parsed = parseExportFilters(new URLSearchParams(c.query));
      if (!parsed.ok) throw new Error(`bad filter ${c.query}`);
      for (const file of ["responses.csv", "responses-long.csv"] as const) {
        const rows = parseCsv(await exportText(file, {}, parsed.filters, { batchSize: 16 })).slice(1);
        const ids = [...new Set(rows.map((r) => r[0]))];
        const expected = submitted.filter(c.match).map((s) => s.id);
        expect(expected.length, c.query).toBeGreaterThan(0);
        expect(ids, `${file}?${c.query}`).toEqual(expected);
      }
    }
  });

  it("an empty selection gives the header row only", async () => {
    const text = await exportText("responses.csv", {}, { from: "2030-01-01" });
    expect(parseCsv(text)).toHaveLength(1);
  });

  it("multi-line open answers with quotes and separators survive in every separator", async () => {
    const rng = mulberry32(5);
    const typed = 'Бірінші жол, "тырнақша";\nВторая строка\tещё\n\nҮшінші';
    const s = await submit(handle.db, generateValidAnswers(questionnaire, rng, { S1: 2, Q22: typed }), "kk", "2026-06-01");
    try {
      expect(String(s.answers.Q22)).toContain("\n");
      for (const [sep, delimiter] of [["comma", ","], ["semicolon", ";"], ["tab", "\t"]] as const) {
        const [header, row, ...rest] = parseCsv(await exportText("responses.csv", { sep }, { from: "2026-06-01" }), delimiter);
        expect(rest).toEqual([]);
        expect(row?.[header?.indexOf("Q22") ?? -1]).toBe(s.answers.Q22);
        expect(row).toHaveLength(header?.length ?? 0);
        const long = parseCsv(await exportText("responses-long.csv", { sep }, { from: "2026-06-01" }), delimiter);
        expect(long.find((r) => r[1] === "Q22")?.[4]).toBe(s.answers.Q22);
      }
    } finally {
      await handle.db.response.delete({ where: { id: s.id } });
    }
  });

  it("OWASP payloads in open answers come out neutralised; numbers unchanged", async () => {
    const payloads = ["=1+2", "=cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "+1", "\t=1+2", "\r=1+2", "\n=1+2"];
    const rng = mulberry32(99);
    const before = submitted.length;
    const stored: Submitted[] = [];
    const q5Item = findItem(questionnaire, "Q5")?.item;
    const otherCode = q5Item?.kind === "single" ? q5Item.otherCode : undefined;
    if (otherCode === undefined) throw new Error("Q5 offers “Other”");
    // Through the API path: the validator trims leading tab/CR/LF, the rest stay as typed.
    for (const payload of payloads.slice(0, 5)) {
      const raw = generateValidAnswers(questionnaire, rng, { S1: 1, Q5: otherCode, Q22: payload, Q5_other: payload });
      stored.push(await submit(handle.db, raw, "en", "2026-05-01"));
    }
    // Stored past the validator (as an older import might have), by the batch writer:
    // tab-, CR- and LF-prefixed text.
    for (const payload of payloads.slice(5)) {
      const answers = { ...generateValidAnswers(questionnaire, rng, { S1: 2 }), Q22: payload };
      const id = crypto.randomUUID();
      await storeRecords(handle.db, [{ id, questionnaireVersion: "hearing-state@1", locale: "en", submittedOn: "2026-05-02", answers }]);
      stored.push({ id, locale: "en", submittedOn: "2026-05-02", answers });
    }
    try {
      for (const sep of ["comma", "semicolon", "tab"] as const) {
        const delimiter = { comma: ",", semicolon: ";", tab: "\t" }[sep];
        const [header, ...rows] = parseCsv(await exportText("responses.csv", { sep }, { from: "2026-05-01" }), delimiter);
        const q22 = header?.indexOf("Q22") ?? -1;
        const q5other = header?.indexOf("Q5_other") ?? -1;
        const q5 = header?.indexOf("Q5") ?? -1;
        expect(rows).toHaveLength(payloads.length);
        // Rows come in random-id order (docs/anonymity.md): match them by id.
        rows.forEach((row) => {
          const i = stored.findIndex((x) => x.id === row[0]);
          expect(i, `response ${row[0]}`).toBeGreaterThanOrEqual(0);
          const s = stored[i];
          const typed = s?.answers.Q22;
          expect(typeof typed).toBe("string");
          expect(row[q22]).toBe(`'${String(typed)}`);
          expect(row[q22]?.startsWith("'")).toBe(true);
          if (i < 5) {
            expect(row[q5other]).toBe(`'${String(s?.answers.Q5_other)}`);
            expect(row[q5]).toBe(String(otherCode));
          } else {
            const other = s?.answers.Q5_other;
            expect(row[q5other]).toBe(typeof other === "string" ? owasp(other) : "");
          }
          // Numeric columns are plain numbers, including the negative missing-data codes.
          expect(row[header?.indexOf("Q15") ?? -1]).toMatch(/^-?\d+$/);
        });
        const long = parseCsv(await exportText("responses-long.csv", { sep }, { from: "2026-05-01" }), delimiter);
        for (const row of long.filter((r) => r[1] === "Q22")) expect(row[4]?.startsWith("'")).toBe(true);
      }
    } finally {
      await handle.db.response.deleteMany({ where: { id: { in: stored.map((s) => s.id) } } });
      expect(await handle.db.response.count()).toBe(before);
    }
  });
});
