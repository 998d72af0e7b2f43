// Spreadsheet formula injection (CSV injection): Excel, LibreOffice and Google Sheets
// evaluate a cell that starts with = + - @ as a formula, and tab / CR / LF can smuggle
// one past a naive check. OWASP's remedy: prefix such a cell with a single quote so it is
// shown as text. Only text cells go through here; numeric cells (including the negative
// missing-data codes) are written as numbers and never prefixed.
//
// Two disguises are caught as well: the full-width and small forms of the four signs
// (＝＋－＠, ﹦﹢﹣﹫), which some spreadsheets and input methods fold to ASCII, and any
// run of characters without a visible glyph of their own in front of a sign, which a
// reader cannot see but a spreadsheet may skip or drop. That run is defined by Unicode
// properties rather than a hand list, so characters a list would miss (tags such as
// U+E0001, variation selectors, musical formatting such as U+1D173, interlinear
// annotation U+FFF9, prepended concatenation marks such as U+0600, shorthand format
// controls U+1BCA0…) are covered too:
//   \p{Cc} \p{Cf} \p{Cs} \p{Cn}   controls, format characters, lone surrogates, unassigned
//   \p{M}                          combining marks (incl. variation selectors, U+0332)
//   \p{Zl} \p{Zp}                  line and paragraph separators (like CR and LF); a
//                                  visible space is not in the run: spreadsheets read
//                                  " =1" as text, so it stays as it is
//   \p{Default_Ignorable_Code_Point}  Hangul fillers U+115F/U+1160/U+3164/U+FFA0, …
//   U+2800                         Braille pattern blank, drawn as an empty cell
// Prefixing a harmless cell costs a quote; missing a formula costs the analyst's machine.

const INVISIBLE = "\\p{Cc}\\p{Cf}\\p{Cs}\\p{Cn}\\p{M}\\p{Zl}\\p{Zp}\\p{Default_Ignorable_Code_Point}\\u2800";
const SIGNS = "=+\\-@\\t\\r\\n\\uFF1D\\uFF0B\\uFF0D\\uFF20\\uFE66\\uFE62\\uFE63\\uFE6B";
const FORMULA_START = new RegExp(`^[${INVISIBLE}]*[${SIGNS}]`, "u");

/** The text as it should appear in a CSV cell that a spreadsheet may open. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Whether a text cell would have been read as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}
