// Spreadsheet formula injection (CSV injection): Excel, LibreOffice and Google Sheets
// evaluate a cell that starts with = + - @ as a formula, and tab / CR / LF can smuggle
// one past a naive check. OWASP's remedy: prefix such a cell with a single quote so it is
// shown as text. Only text cells go through here; numeric cells (including the negative
// missing-data codes) are written as numbers and never prefixed.

const FORMULA_START = /^[=+\-@\t\r\n]/;

/** The text as it should appear in a CSV cell that a spreadsheet may open. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Whether a text cell would have been read as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}
