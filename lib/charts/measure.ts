// Text measured with the font the charts are drawn in: Noto Sans, served to the browser
// from @fontsource/noto-sans (app/admin/layout.tsx) and named first in the charts'
// font-family. The advance widths come from those very font files (read with fontkit
// by scripts/font-metrics.ts into noto-sans-metrics.json), so a label that is laid out
// to fit here fits on screen and in print. See docs/decisions/015-charts-and-report.md.
import metrics from "./noto-sans-metrics.json";

export type Weight = 400 | 700;

const widths: Record<Weight, Record<string, number>> = {
  400: metrics.widths["400"],
  700: metrics.widths["700"],
};
/** For a character the font lacks (the browser then falls back): a wide-ish average. */
const FALLBACK = 600;

/** The ascent and descent of the font, per 1 px of font size. */
export const ASCENT = metrics.ascent / 1000;
export const DESCENT = -metrics.descent / 1000;

/** Width in px of `text` set at `size` px; bold for 600 and above. */
export function textWidth(text: string, size: number, weight: number = 400): number {
  const table = widths[weight >= 600 ? 700 : 400];
  let units = 0;
  for (const ch of text) units += table[String(ch.codePointAt(0))] ?? FALLBACK;
  return (units * size) / 1000;
}

/** Shortens `text` with an ellipsis until it fits `max` px. */
export function abbreviate(text: string, max: number, size: number, weight: number = 400): string {
  if (textWidth(text, size, weight) <= max) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join("").trimEnd()}…`, size, weight) > max) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}

/**
 * Greedy word wrap to a width in px (SVG text does not wrap by itself). A word longer
 * than a line is abbreviated; past `maxLines` the last line ends in an ellipsis.
 */
export function wrapText(text: string, max: number, size: number, weight: number = 400, maxLines = 4): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (textWidth(candidate, size, weight) <= max) line = candidate;
    else {
      if (line !== "") lines.push(line);
      line = textWidth(word, size, weight) <= max ? word : abbreviate(word, max, size, weight);
    }
  }
  if (line !== "") lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = abbreviate(`${kept[maxLines - 1] ?? ""}…`, max, size, weight);
    return kept;
  }
  return lines.length > 0 ? lines : [""];
}
