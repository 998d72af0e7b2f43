import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetClock, setClock } from "@/lib/clock";
import { HARD_TO_SAY, isShown, itemsInOrder, questionnaire, validateSubmission, type Answers } from "@/lib/questionnaire";
import { lastReleasedDate, resetReleaseSettings } from "@/lib/responses/release";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";
import { demoResponses, PAPER_FIGURES } from "./demo";
import { dashboardResults, type ItemResult } from "@/lib/dashboard/results";
import { seedDemoResponses } from "./seed";

function within1pp(actual: number | null | undefined, share: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual ?? 0) - share * 100)).toBeLessThanOrEqual(1);
}

function byVariable(items: ItemResult[], variable: string): ItemResult {
  const found = items.find((i) => i.variable === variable);
  if (!found) throw new Error(variable);
  return found;
}

describe("demo responses", () => {
  it("are valid, follow routing and are reproducible", () => {
    const a = demoResponses(questionnaire, { count: 120, seed: 7, endDate: "2026-03-01" });
    const b = demoResponses(questionnaire, { count: 120, seed: 7, endDate: "2026-03-01" });
    expect(a).toEqual(b);
    for (const r of a) {
      expect(validateSubmission(questionnaire, r.answers, r.locale).ok).toBe(true);
      for (const { item } of itemsInOrder(questionnaire)) {
        if (!isShown(item, r.answers)) expect(r.answers[item.variable]).toBeUndefined();
      }
      expect(r.submittedOn >= "2026-01-31" && r.submittedOn <= "2026-03-01").toBe(true);
    }
    expect(new Set(a.map((r) => r.id)).size).toBe(120);
  });
});

describe("demo responses look like a real survey", () => {
  // 1,200 respondents: every share × N of the paper is a whole number at this size.
  const N = 1200;
  const responses = demoResponses(questionnaire, { count: N, seed: 5, endDate: "2026-03-01" });
  const count = (variable: string, code: number) =>
    responses.filter((r) => {
      const v = r.answers[variable];
      return Array.isArray(v) ? v.includes(code) : v === code;
    }).length;

  it("reproduce the paper's published figures exactly", () => {
    expect(count("Q9", PAPER_FIGURES.Q9.code)).toBe(PAPER_FIGURES.Q9.share * N);
    for (const f of PAPER_FIGURES.Q26) {
      expect(responses.filter((r) => (r.answers[f.variable] as number) >= 8).length).toBe(Math.round(f.share * N));
    }
    expect(count("Q27_1", PAPER_FIGURES.Q27_1.high.code)).toBe(PAPER_FIGURES.Q27_1.high.share * N);
    expect(count("Q27_1", PAPER_FIGURES.Q27_1.low.code)).toBe(PAPER_FIGURES.Q27_1.low.share * N);
    for (const f of PAPER_FIGURES.Q28) expect(count("Q28", f.code)).toBe(Math.round(f.share * N));
  });

  it("use every option of every closed question and every point of every rating", () => {
    const unused: string[] = [];
    for (const { item } of itemsInOrder(questionnaire)) {
      if (item.kind === "single" || item.kind === "multi") {
        for (const o of item.options) if (count(item.variable, o.code) === 0) unused.push(`${item.variable}=${o.code}`);
      } else if (item.kind === "matrix") {
        for (const row of item.rows) for (const o of item.scale) if (count(row.variable, o.code) === 0) unused.push(`${row.variable}=${o.code}`);
      } else if (item.kind === "rating") {
        for (const sub of item.subItems ?? []) {
          for (let v = item.min; v <= item.max; v++) if (count(sub.variable, v) === 0) unused.push(`${sub.variable}=${v}`);
        }
      }
    }
    expect(unused).toEqual([]);
  });

  it("write open and “other” texts in the respondent's language, never the same text twice", () => {
    const texts = new Map<string, string[]>();
    const KAZAKH = /[ӘҒҚҢӨҰҮҺІ]/;
    const wrongLanguage: string[] = [];
    for (const r of responses) {
      for (const [variable, value] of Object.entries(r.answers)) {
        if (typeof value !== "string") continue;
        texts.set(variable, [...(texts.get(variable) ?? []), value]);
        const cyrillic = /\p{Script=Cyrillic}/u.test(value);
        const ok =
          r.locale === "en" ? !cyrillic : r.locale === "ru" ? cyrillic && !KAZAKH.test(value) : cyrillic && (value.split(/\s+/).length < 3 || KAZAKH.test(value));
        if (!ok) wrongLanguage.push(`${r.locale} ${variable}: ${value}`);
        // No "X. X": a text never repeats its own sentence.
        const sentences = value.split(/\.\s+/);
        expect(new Set(sentences).size).toBe(sentences.length);
      }
    }
    expect(wrongLanguage).toEqual([]);
    expect([...texts.keys()].sort()).toEqual(
      ["Q10_other", "Q13_other", "Q16_other", "Q22", "Q25_other", "Q28_other", "Q31", "Q5_other", "Q6_other"].sort(),
    );
    for (const [variable, list] of texts) expect({ variable, duplicates: list.length - new Set(list).size }).toEqual({ variable, duplicates: 0 });
    expect(texts.get("Q22")?.length).toBeGreaterThan(N * 0.1);
  });

  it("correlate attitudes: low openness and transparency ratings go with less agreement that government listens", () => {
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const substantive = (a: Answers, v: string) => (typeof a[v] === "number" && a[v] !== HARD_TO_SAY ? (a[v] as number) : undefined);
    const q32Among = (q27: number) =>
      mean(responses.filter((r) => r.answers.Q27_1 === q27).flatMap((r) => substantive(r.answers, "Q32") ?? []));
    // Codes run from agreement (1) to disagreement (5).
    expect(q32Among(PAPER_FIGURES.Q27_1.low.code)).toBeGreaterThan(q32Among(PAPER_FIGURES.Q27_1.high.code) + 0.5);
    // Trust in the civil service (Q8) and agreement that bodies are transparent (Q34) go together.
    const pairs = responses.flatMap((r) => {
      const x = substantive(r.answers, "Q8");
      const y = substantive(r.answers, "Q34");
      return x !== undefined && y !== undefined ? [[x, y] as const] : [];
    });
    const mx = mean(pairs.map(([x]) => x));
    const my = mean(pairs.map(([, y]) => y));
    const cov = mean(pairs.map(([x, y]) => (x - mx) * (y - my)));
    expect(cov).toBeGreaterThan(0);
  });
});

await describeEachDatabase("demo data on the dashboard", ({ create }) => {
  const suite = useTestDatabase(create);
  beforeAll(async () => {
    await seedDemoResponses(suite.handle.db, { count: 150, seed: 11 });
  });

  it("reproduces the paper's figures within one percentage point", async () => {
    const { total, items } = await dashboardResults({ db: suite.handle.db, provider: suite.handle.provider }, questionnaire, "en", {});
    expect(total).toBe(150);
    const q9 = byVariable(items, "Q9");
    if (q9.kind !== "single") throw new Error("Q9");
    within1pp(q9.rows.find((r) => r.code === PAPER_FIGURES.Q9.code)?.pct, PAPER_FIGURES.Q9.share);
    const q26 = byVariable(items, "Q26");
    if (q26.kind !== "rating") throw new Error("Q26");
    for (const f of PAPER_FIGURES.Q26) within1pp(q26.scales.find((s) => s.variable === f.variable)?.high.pct, f.share);
    const q27 = byVariable(items, "Q27");
    if (q27.kind !== "matrix") throw new Error("Q27");
    const openness = q27.rows.find((r) => r.variable === "Q27_1");
    within1pp(openness?.rows.find((r) => r.code === PAPER_FIGURES.Q27_1.high.code)?.pct, PAPER_FIGURES.Q27_1.high.share);
    within1pp(openness?.rows.find((r) => r.code === PAPER_FIGURES.Q27_1.low.code)?.pct, PAPER_FIGURES.Q27_1.low.share);
    const q28 = byVariable(items, "Q28");
    if (q28.kind !== "multi") throw new Error("Q28");
    for (const f of PAPER_FIGURES.Q28) within1pp(q28.rows.find((r) => r.code === f.code)?.pct, f.share);
    // Routed items are asked of S1 = Yes only.
    expect(byVariable(items, "Q15").asked).toBeLessThan(150);
  });
});

// Demo data end on the last released day, so everything seeded is on the dashboard at
// once: in the morning in Almaty (02:00 UTC, the day still running there) and after
// midnight there (20:30 UTC, when UTC is still on the previous date).
const INSTANTS = [
  { at: "2026-12-02T02:00:00Z", lastDay: { day: "2026-12-01", none: "2026-12-02" } },
  { at: "2026-12-02T20:30:00Z", lastDay: { day: "2026-12-02", none: "2026-12-03" } },
] as const;

for (const { at, lastDay } of INSTANTS) {
  await describeEachDatabase(`demo data seeded at ${at}`, ({ create }) => {
    const suite = useTestDatabase(create);
    const COUNT = 60;
    const delay = process.env.RESULTS_DELAY === "none" ? "none" : "day";
    beforeAll(async () => {
      setClock(new Date(at));
      await seedDemoResponses(suite.handle.db, { count: COUNT, seed: 3 });
    });
    afterAll(() => resetClock());

    it("are all shown on the dashboard at once", async () => {
      const { total } = await dashboardResults({ db: suite.handle.db, provider: suite.handle.provider }, questionnaire, "en", {});
      expect(total).toBe(COUNT);
    });

    it("end on the last released day, over the 30 days before it", async () => {
      const days = (await suite.handle.db.response.findMany({ select: { submittedOn: true } })).map((r) => r.submittedOn).sort();
      // The expected dates above are Almaty's; in another RESULTS_TIMEZONE derive them the same way.
      const expected = process.env.RESULTS_TIMEZONE ? lastReleasedDate() : lastDay[delay];
      expect(days.at(-1)).toBe(expected);
      expect(days.every((d) => d > "2026-10-31")).toBe(true);
    });
  });
}

describe("demo data without a release delay", () => {
  afterAll(() => {
    resetClock();
    resetReleaseSettings();
  });
  it("end today in RESULTS_TIMEZONE", () => {
    const saved = process.env.RESULTS_DELAY;
    process.env.RESULTS_DELAY = "none";
    resetReleaseSettings();
    try {
      setClock(new Date("2026-12-02T20:30:00Z"));
      const days = demoResponses(questionnaire, { count: 40, seed: 9 }).map((r) => r.submittedOn).sort();
      expect(days.at(-1)).toBe(process.env.RESULTS_TIMEZONE ? lastReleasedDate() : "2026-12-03");
    } finally {
      if (saved === undefined) delete process.env.RESULTS_DELAY;
      else process.env.RESULTS_DELAY = saved;
    }
  });
});
