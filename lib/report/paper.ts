// The paper's published figures beside today's: Q9 60%; Q26 44/46/60% rating 8–10;
// Q27_1 50% high / 12% low; Q28 36/42/28%. The published shares are the ones the demo
// generator reproduces (lib/demo/demo.ts PAPER_FIGURES, one list for both); every figure
// listed must sit on an item or option whose provenance is "paper" in the definition,
// so a figure is never compared with a question the paper did not ask. Shares are of
// all respondents asked, as the paper gives them, with Wilson 95% intervals.
import { assertNever } from "@/lib/questionnaire/assert-never";
import { findItem, optionsOf, type Locale, type Questionnaire } from "@/lib/questionnaire";
import type { DashboardResults, ItemResult } from "@/lib/dashboard/results";
import type { Suppression } from "@/lib/dashboard/disclosure";
import { PAPER_FIGURES } from "@/lib/demo/demo";
import { wilson } from "@/lib/dashboard/stats";

export type PaperComparison = {
  variable: string;
  question: string;
  /** What is counted: the option, or "8–10" of a rating statement. */
  what: string;
  published: number;
  today: { pct: number; low: number; high: number; n: number; of: number } | { suppressed: Suppression } | null;
};

type Wanted = { item: string; variable: string; code?: number; high?: true; share: number };

function wanted(): Wanted[] {
  return [
    { item: "Q9", variable: "Q9", code: PAPER_FIGURES.Q9.code, share: PAPER_FIGURES.Q9.share },
    ...PAPER_FIGURES.Q26.map((f) => ({ item: "Q26", variable: f.variable, high: true as const, share: f.share })),
    { item: "Q27", variable: "Q27_1", code: PAPER_FIGURES.Q27_1.high.code, share: PAPER_FIGURES.Q27_1.high.share },
    { item: "Q27", variable: "Q27_1", code: PAPER_FIGURES.Q27_1.low.code, share: PAPER_FIGURES.Q27_1.low.share },
    ...PAPER_FIGURES.Q28.map((f) => ({ item: "Q28", variable: "Q28", code: f.code, share: f.share })),
  ];
}

/** Whether the definition says the paper asked this (the item, and the option if any). */
function fromPaper(def: Questionnaire, w: Wanted): boolean {
  const item = findItem(def, w.item)?.item;
  if (!item || item.provenance !== "paper") return false;
  if (w.code === undefined) return true;
  const option = (optionsOf(item) ?? []).find((o) => o.code === w.code);
  return option !== undefined && (option.provenance ?? item.provenance) === "paper";
}

function share(n: number, of: number): PaperComparison["today"] {
  if (of <= 0) return null;
  const ci = wilson(n, of);
  return { pct: (n / of) * 100, low: ci?.low ?? 0, high: ci?.high ?? 0, n, of };
}

function todayOf(result: ItemResult | undefined, w: Wanted): PaperComparison["today"] {
  if (!result || result.withheld) return result?.withheld ? { suppressed: "small" } : null;
  switch (result.kind) {
    case "single":
    case "multi": {
      const row = result.rows.find((r) => r.code === w.code);
      if (row?.suppressed) return { suppressed: row.suppressed };
      return row ? share(row.n, result.asked) : null;
    }
    case "rating": {
      const scale = result.scales.find((s) => s.variable === w.variable);
      if (!scale) return null;
      if (scale.withheld || scale.high.suppressed) return { suppressed: scale.high.suppressed ?? "small" };
      return share(scale.high.n, result.asked);
    }
    case "matrix": {
      const row = result.rows.find((r) => r.variable === w.variable)?.rows.find((r) => r.code === w.code);
      if (row?.suppressed) return { suppressed: row.suppressed };
      return row ? share(row.n, result.asked) : null;
    }
    case "open":
      return null;
    default:
      return assertNever(result);
  }
}

export function paperComparison(def: Questionnaire, results: DashboardResults, locale: Locale): PaperComparison[] {
  return wanted()
    .filter((w) => fromPaper(def, w))
    .map((w) => {
      const placed = findItem(def, w.item)?.item;
      const result = results.items.find((i) => i.variable === w.item);
      const sub = placed?.kind === "rating" ? placed.subItems?.find((s) => s.variable === w.variable) : undefined;
      const row = placed?.kind === "matrix" ? placed.rows.find((r) => r.variable === w.variable) : undefined;
      const option = placed && w.code !== undefined ? (placed.kind === "matrix" ? placed.scale : (optionsOf(placed) ?? [])).find((o) => o.code === w.code) : undefined;
      const statement = sub?.text[locale] ?? row?.text[locale];
      const what = [statement, w.high && placed?.kind === "rating" ? `${Math.max(placed.min, placed.max - 2)}–${placed.max}` : option?.label[locale]].filter(Boolean).join(": ");
      return { variable: w.variable, question: placed?.text[locale] ?? w.item, what, published: Math.round(w.share * 1000) / 10, today: todayOf(result, w) };
    });
}
