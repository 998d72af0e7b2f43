// SPSS syntax (also run by PSPP) that reads the wide CSV export (values=codes) with the
// right types and widths, and applies variable labels, value labels, measurement levels
// and the missing-data codes in the chosen language. Generated from the same column list
// as the CSV (./wide-columns), so the two always match.
import { NOT_ANSWERED, NOT_ASKED, findItem, versionOf, type Questionnaire } from "@/lib/questionnaire";
import { SPSS_MAX_STRING_BYTES, wideColumns, type ColumnOptions, type WideColumn } from "./wide-columns";
import { MISSING_LABELS } from "./labels";
import { measureOf } from "./levels";
import { SEPARATOR_CHARS, type ExportOptions } from "./options";
import { SPSS_LINE_BREAK, SPSS_TEXT_PREFIX } from "./wide-rows";
import { assertNever } from "@/lib/questionnaire/assert-never";

// SPSS limits: variable labels 256 bytes, value labels 120 bytes (PSPP truncates silently
// at the same sizes). Cutting on a character boundary keeps the UTF-8 valid.
const VARIABLE_LABEL_BYTES = 255;
const VALUE_LABEL_BYTES = 120;

const encoder = new TextEncoder();

function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/** Cuts to at most `max` UTF-8 bytes without splitting a character, marking the cut with "…". */
export function truncateBytes(text: string, max: number): string {
  if (byteLength(text) <= max) return text;
  let out = "";
  let used = 0;
  const budget = max - byteLength("…");
  for (const char of text) {
    const size = byteLength(char);
    if (used + size > budget) break;
    out += char;
    used += size;
  }
  return `${out}…`;
}

/** A double-quoted SPSS string: inner quotes doubled, line breaks (not allowed) flattened. */
export function spssString(text: string, maxBytes?: number): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, " ");
  const cut = maxBytes === undefined ? flat : truncateBytes(flat, maxBytes);
  return `"${cut.replace(/"/g, '""')}"`;
}

function delimiterLiteral(sep: ExportOptions["sep"]): string {
  return sep === "tab" ? '"\\t"' : `"${SEPARATOR_CHARS[sep]}"`;
}

export function numericFormat(column: Extract<WideColumn, { kind: "answer" }>): string {
  const values = [...column.valueLabels.map((v) => v.code), ...column.missing];
  const width = Math.max(2, ...values.map((v) => String(v).length));
  return `F${width}.0`;
}

function format(column: WideColumn): string {
  switch (column.kind) {
    case "meta":
      if (column.meta === "submitted_on") return "SDATE10";
      if (column.meta === "response_id") return "A36";
      return column.meta === "lang" ? "A2" : "A64";
    case "combined":
      return `A${column.maxBytes}`;
    case "extra":
      return `F${8 + column.extra.decimals}.${column.extra.decimals}`;
    case "answer":
      // Open texts arrive with one leading apostrophe (see spssText in ./wide-rows).
      return column.type === "text" ? `A${Math.min(SPSS_MAX_STRING_BYTES, (column.maxBytes ?? 4000) + SPSS_TEXT_PREFIX.length)}` : numericFormat(column);
    default:
      return assertNever(column);
  }
}

/** The open-text columns (answers and "other" texts): the ones spssText wrote. */
function openTextColumns(columns: readonly WideColumn[]): string[] {
  return columns.filter((c) => c.kind === "answer" && c.type === "text").map((c) => c.name);
}

/** Hexadecimal SPSS string of one byte. */
function hexByte(char: string): string {
  return `X'${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}'`;
}

function measurement(def: Questionnaire, column: WideColumn): "NOMINAL" | "ORDINAL" | "SCALE" | undefined {
  if (column.kind === "extra") return column.extra.measure === "scale" ? "SCALE" : column.extra.measure === "ordinal" ? "ORDINAL" : "NOMINAL";
  if (column.kind !== "answer" || column.type !== "numeric") return undefined;
  const level = measureOf(column, findItem(def, column.source.itemVariable)?.item);
  return level === "scale" ? "SCALE" : level === "ordinal" ? "ORDINAL" : "NOMINAL";
}

/** SPSS allows three discrete missing values, or one range plus one discrete value. */
export function missingSpec(codes: readonly number[]): { spec: string; undeclared: number[] } {
  if (codes.length <= 3) return { spec: codes.join(", "), undeclared: [] };
  const [kept, ...dropped] = codes.filter((c) => c > 0).sort((x, y) => x - y);
  return { spec: `LOWEST THRU -1${kept === undefined ? "" : `, ${kept}`}`, undeclared: dropped };
}

export type SpssOptions = Pick<ExportOptions, "lang" | "sep" | "header" | "combined" | "file"> & Pick<ColumnOptions, "extra">;

export function spssSyntax(def: Questionnaire, options: SpssOptions): string {
  const { lang } = options;
  const columns = wideColumns(def, options);
  const out: string[] = [];
  out.push(
    "* Encoding: UTF-8.",
    `* Tyndau: SPSS/PSPP syntax for the wide CSV export of ${versionOf(def)} (labels: ${lang}).`,
    "* Download the CSV meant for SPSS (responses.csv with spss=1: codes; every open text starts",
    "* with one apostrophe and carries its line breaks as the control character U+001F, which",
    "* this syntax undoes) with the same sep and header options as this file,",
    `* save it as ${options.file.replace(/[\r\n]/g, " ")} and run this syntax from the folder that holds it`,
    "* (SPSS: File > Open > Syntax, then CD to that folder or put the full path in /FILE).",
    `* Missing data: ${NOT_ASKED} = not asked (routing), ${NOT_ANSWERED} = not answered, 98/99 = respondent's`,
    "* 'prefer not to answer' / 'hard to say'; all are declared as user-missing below.",
    "",
    "GET DATA",
    "  /TYPE=TXT",
    `  /FILE=${spssString(options.file).replace(/^"|"$/g, "'")}`,
    "  /ENCODING='UTF8'",
    "  /ARRANGEMENT=DELIMITED",
    "  /DELCASE=LINE",
    `  /FIRSTCASE=${options.header === "text" ? 3 : 2}`,
    `  /DELIMITERS=${delimiterLiteral(options.sep)}`,
    "  /QUALIFIER='\"'",
    "  /VARIABLES=",
    ...columns.map((c) => `    ${c.name} ${format(c)}`),
    ".",
    "",
    "VARIABLE LABELS",
    ...columns.map((c, i) => `  ${i === 0 ? "" : "/"}${c.name} ${spssString(c.label[lang], VARIABLE_LABEL_BYTES)}`),
    ".",
    "",
  );

  const texts = openTextColumns(columns);
  if (texts.length > 0) {
    out.push("* Open texts exactly as submitted: drop the leading apostrophe, restore line breaks.");
    for (const name of texts) {
      out.push(
        `IF (SUBSTR(${name}, 1, 1) = "${SPSS_TEXT_PREFIX}") ${name} = SUBSTR(${name}, 2).`,
        `COMPUTE ${name} = REPLACE(${name}, ${hexByte(SPSS_LINE_BREAK)}, X'0A').`,
      );
    }
    out.push("");
  }

  const labelled = columns.filter((c): c is Extract<WideColumn, { kind: "answer" }> => c.kind === "answer" && c.type === "numeric");
  // Columns added after collection (coded categories) carry their value labels too.
  const extraLabelled = columns.filter((c): c is Extract<WideColumn, { kind: "extra" }> => c.kind === "extra" && c.extra.valueLabels.length > 0);
  if (labelled.length + extraLabelled.length > 0) {
    out.push("VALUE LABELS");
    [...labelled, ...extraLabelled].forEach((c, i) => {
      const pairs =
        c.kind === "extra"
          ? c.extra.valueLabels.map((v) => ({ code: v.code, label: v.label[lang] }))
          : [
              ...c.valueLabels.map((v) => ({ code: v.code, label: v.label[lang] })),
              ...c.missing.filter((m) => m < 0).map((m) => ({ code: m, label: MISSING_LABELS[m as -1 | -2][lang] })),
            ];
      out.push(`  ${i === 0 ? "" : "/"}${c.name}`);
      for (const p of pairs) out.push(`    ${p.code} ${spssString(p.label, VALUE_LABEL_BYTES)}`);
    });
    out.push(".", "");
  }

  const notes: string[] = [];
  const missing = columns.flatMap((c) => {
    if (c.kind === "meta" || c.missing.length === 0) return [];
    if (c.type === "text") {
      // Strings: only the "not asked" marker; an empty text already means "not answered".
      return c.missing.includes(NOT_ASKED) ? [`${c.name} ('${NOT_ASKED}')`] : [];
    }
    const { spec, undeclared } = missingSpec(c.missing);
    if (undeclared.length > 0) notes.push(`* ${c.name}: ${undeclared.join(", ")} not declared missing (SPSS allows a range plus one value).`);
    return [`${c.name} (${spec})`];
  });
  if (missing.length > 0) {
    out.push(...notes, "MISSING VALUES", ...missing.map((m, i) => `  ${i === 0 ? "" : "/"}${m}`), ".", "");
  }

  const levels = new Map<string, string[]>();
  for (const c of columns) {
    const level = measurement(def, c);
    if (level) levels.set(level, [...(levels.get(level) ?? []), c.name]);
  }
  if (levels.size > 0) {
    out.push("VARIABLE LEVEL", ...[...levels].map(([level, names], i) => `  ${i === 0 ? "" : "/"}${names.join(" ")} (${level})`), ".", "");
  }
  out.push("EXECUTE.", "");
  return out.join("\r\n");
}
