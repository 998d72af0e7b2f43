// Minimal RFC 4180 writing, enough for the codebook (and replaceable by csv-stringify).
// Note: this does not defuse spreadsheet formulas (=, +, -, @ at the start of a cell);
// exports of respondent text must decide on that separately, since "-1" is a real code.

/** Quotes a field when it contains a comma, a double quote, CR or LF; doubles inner quotes. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, without the line terminator. */
export function csvRecord(fields: readonly (string | number | boolean | null | undefined)[]): string {
  return fields.map(csvField).join(",");
}

/** A whole document: records joined and terminated by CRLF, as RFC 4180 specifies. */
export function csvDocument(records: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return records.map((r) => `${csvRecord(r)}\r\n`).join("");
}
