// Reads advance widths from the Noto Sans files of @fontsource/noto-sans with fontkit.
// Used by scripts/font-metrics.ts (which writes noto-sans-metrics.json) and by the test
// that keeps that file equal to the font; never by the app at run time (the JSON is
// bundled instead, so no font file has to be found on disk by a standalone server).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as fontkit from "fontkit";

export const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"] as const;
export const WEIGHTS = [400, 700] as const;

export type FontMetrics = {
  /** Per weight: code point → advance width in 1/1000 em. */
  widths: Record<string, Record<string, number>>;
  ascent: number;
  descent: number;
};

function fontDir(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve("@fontsource/noto-sans/package.json")), "files");
}

export function fontMetricsFromFiles(): FontMetrics {
  const widths: FontMetrics["widths"] = {};
  let ascent = 0;
  let descent = 0;
  for (const weight of WEIGHTS) {
    const table: Record<string, number> = {};
    for (const subset of SUBSETS) {
      const file = path.join(fontDir(), `noto-sans-${subset}-${weight}-normal.woff`);
      const font = fontkit.create(fs.readFileSync(file));
      if (!("characterSet" in font)) throw new Error(`${file}: a collection, not a font`);
      const scale = 1000 / font.unitsPerEm;
      ascent = font.ascent * scale;
      descent = font.descent * scale;
      for (const cp of font.characterSet) {
        if (table[cp] !== undefined) continue;
        table[cp] = Math.round(font.glyphForCodePoint(cp).advanceWidth * scale);
      }
    }
    widths[weight] = table;
  }
  return { widths, ascent, descent };
}
