// Spreadsheet formula injection (CSV injection): Excel, LibreOffice and Google Sheets
// evaluate a cell that starts with = + - @ as a formula, and tab / CR / LF can smuggle
// one past a naive check. OWASP's remedy: prefix such a cell with a single quote so it is
// shown as text. Only text cells go through here; numeric cells (including the negative
// missing-data codes) are written as numbers and never prefixed.
//
// Two disguises are caught as well: the full-width and small forms of the four signs
// (＝＋－＠, ﹦﹢﹣﹫), which some spreadsheets and input methods fold to ASCII, and any
// run of invisible characters in front of a sign (zero-width spaces and joiners, word
// joiner, BOM, soft hyphen, bidirectional marks and isolates, Mongolian vowel
// separator, combining grapheme joiner), which a reader cannot see but a spreadsheet
// may skip.

const INVISIBLE = "\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\u3164\\uFEFF\\uFFA0";
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
