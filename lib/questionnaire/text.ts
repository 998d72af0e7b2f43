// Free-text answers are written "in block letters" (печатными буквами / баспа әріптерімен),
// as the paper's paper-form instructions ask. Online we do not make respondents type in
// capitals; we normalise on the server instead, with the answer language's casing rules.

/**
 * Characters we refuse in free text: C0/C1 control characters except tab and line feed
 * (carriage returns are normalised away first), and the bidirectional overrides used in
 * "Trojan Source" spoofing. Lone surrogates are caught separately.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Unifies line endings (CRLF and CR become LF) so that only real control characters remain. */
export function unifyLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** True when the text contains a forbidden control character or a lone surrogate. */
export function hasControlCharacters(text: string): boolean {
  const unified = unifyLineEndings(text);
  return FORBIDDEN.test(unified) || LONE_SURROGATE.test(unified);
}

/** Length as a person counts it: code points, not UTF-16 units. */
export function textLength(text: string): number {
  return Array.from(text).length;
}

/**
 * Normalises a free-text answer to block letters: Unicode NFC (so a decomposed "й" or
 * "ә" becomes one letter), unified line endings, runs of spaces/tabs collapsed, each line
 * trimmed, more than one blank line collapsed, the whole trimmed, then upper-cased with
 * the locale's rules (toLocaleUpperCase maps Kazakh ә ғ қ ң ө ұ ү һ і and Russian ё
 * correctly; it also keeps Turkish-style dotted-i rules out of kk/ru text).
 */
export function normaliseBlockLetters(text: string, locale: string): string {
  const lines = unifyLineEndings(text.normalize("NFC"))
    .split("\n")
    .map((line) => line.replace(/[\t \u00A0]+/g, " ").trim());
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .toLocaleUpperCase(locale);
}
