import { describe, expect, it } from "vitest";
import { fontMetricsFromFiles } from "@/scripts/font-metrics-source";
import metrics from "./noto-sans-metrics.json";
import { abbreviate, textWidth, wrapText } from "./measure";

describe("text measured with the shipped Noto Sans", () => {
  it("the bundled widths equal the font files of @fontsource/noto-sans (npx tsx scripts/font-metrics.ts)", () => {
    expect(fontMetricsFromFiles()).toEqual(metrics);
  }, 120_000);

  it("has every letter of Kazakh, Russian and English in both weights", () => {
    const letters = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯаәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяABCZabcz0123456789%–—…«»“”";
    for (const weight of ["400", "700"] as const) {
      const missing = [...letters].filter((c) => metrics.widths[weight][String(c.codePointAt(0)) as keyof (typeof metrics.widths)["400"]] === undefined);
      expect(missing).toEqual([]);
    }
  });

  it("wraps to a width in px and abbreviates what cannot fit", () => {
    expect(textWidth("ШШ", 10)).toBeGreaterThan(textWidth("ii", 10) * 3);
    const lines = wrapText("Мемлекеттік қызметшілердің мына құзыреттерінің деңгейін қалай бағалар едіңіз?", 150, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(150);
    const short = abbreviate("Республикалық ұйым (бүкіл Қазақстан бойынша жұмыс істейді)", 120, 13);
    expect(short.endsWith("…")).toBe(true);
    expect(textWidth(short, 13)).toBeLessThanOrEqual(120);
  });
});
