// The dictionary of an SPSS system file: file header, variable records (with the segment
// variables of very long strings), value labels (records 3 and 4), the extension records
// PSPP and SPSS read (machine integer and float info, measurement levels, long variable
// names, very long strings, character encoding, long string missing values) and the
// dictionary terminator (999). Everything is UTF-8 and little-endian.
import { now as clockNow } from "@/lib/clock";
import { ByteWriter, utf8 } from "./bytes";
import {
  BIAS,
  FORMAT_TYPE,
  HIGHEST,
  LOWEST,
  MAX_STRING_WIDTH,
  SYSMIS,
  formatCode,
  isVeryLong,
  segmentCount,
  segmentWidth,
  unitsOf,
} from "./format";

export type Measure = "nominal" | "ordinal" | "scale";

export type SavMissing =
  | { kind: "none" }
  | { kind: "discrete"; values: number[] }
  /** `low` may be LOWEST, `high` HIGHEST; plus at most one discrete value. */
  | { kind: "range"; low: number; high: number; value?: number };

export type SavVariable = {
  /** Long name (up to 64 bytes), as in the CSV header. */
  name: string;
  label?: string;
  measure: Measure;
  /** Display width in characters (record 7 subtype 11). */
  displayWidth?: number;
} & (
  | {
      type: "numeric";
      /** F<w>.<d>, or SDATE10 for a date stored as seconds since 14 October 1582. */
      format: { kind: "F"; width: number; decimals: number } | { kind: "SDATE" };
      valueLabels?: { value: number; label: string }[];
      missing?: SavMissing;
    }
  | {
      type: "string";
      /** Width in bytes, 1..32767. */
      width: number;
      /** Up to three values, each at most 8 bytes. */
      missing?: string[];
    }
);

export interface SavDictionary {
  variables: SavVariable[];
  /** Up to 64 bytes. */
  fileLabel?: string;
  /** Number of cases, or -1 when streaming and not known in advance. */
  caseCount: number;
  /** For the header's creation date and time (default: now). */
  created?: Date;
  product?: string;
}

const VARIABLE_LABEL_MAX = 255;
const VALUE_LABEL_MAX = 120;
const LONG_NAME_MAX = 64;

/** Cuts UTF-8 text to at most `max` bytes without splitting a character. */
export function cutUtf8(text: string, max: number): Uint8Array {
  const bytes = utf8(text);
  if (bytes.length <= max) return bytes;
  let end = max;
  // Step back over continuation bytes (10xxxxxx) to a character boundary.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

/** The width of a variable in the file (0 for numeric). */
export function widthOf(v: SavVariable): number {
  return v.type === "numeric" ? 0 : v.width;
}

/** Unique 8-byte upper-case short names, the first derived from the long name. */
export function shortNames(variables: readonly SavVariable[]): string[][] {
  const used = new Set<string>();
  let counter = 0;
  const fresh = (prefix: string) => {
    for (;;) {
      const suffix = String(++counter);
      const candidate = `${prefix.slice(0, 8 - suffix.length)}${suffix}`;
      if (!used.has(candidate)) {
        used.add(candidate);
        return candidate;
      }
    }
  };
  return variables.map((v) => {
    let base = v.name.toUpperCase().replace(/[^A-Z0-9_.@#$]/g, "_").slice(0, 8);
    if (!/^[A-Z@]/.test(base)) base = `V${base}`.slice(0, 8);
    const first = used.has(base) ? fresh(base.slice(0, 5)) : (used.add(base), base);
    const names = [first];
    for (let i = 1; i < segmentCount(widthOf(v)); i++) names.push(fresh(first.slice(0, 4)));
    return names;
  });
}

function validate(v: SavVariable): void {
  if (!/^[\p{L}@#$][\p{L}\p{N}_.@#$]*$/u.test(v.name) || utf8(v.name).length > LONG_NAME_MAX) {
    throw new RangeError(`Not an SPSS variable name: ${v.name}`);
  }
  if (v.type === "string" && (v.width < 1 || v.width > MAX_STRING_WIDTH)) throw new RangeError(`String width of ${v.name} out of range: ${v.width}`);
  if (v.type === "string" && (v.missing?.length ?? 0) > 3) throw new RangeError(`${v.name}: at most three missing values`);
}

function printFormat(v: SavVariable, segmentWidthBytes: number): number {
  if (v.type === "string") return formatCode(FORMAT_TYPE.A, Math.min(segmentWidthBytes, 255), 0);
  return v.format.kind === "SDATE" ? formatCode(FORMAT_TYPE.SDATE, 10, 0) : formatCode(FORMAT_TYPE.F, v.format.width, v.format.decimals);
}

function padTo(writer: ByteWriter, data: Uint8Array, multiple: number): void {
  const size = Math.ceil(data.length / multiple) * multiple;
  writer.fixed(data, size, 0x20);
}

function extension(writer: ByteWriter, subtype: number, size: number, count: number): void {
  writer.int32(7).int32(subtype).int32(size).int32(count);
}

function twoDigits(n: number): string {
  return String(n).padStart(2, "0");
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Everything before the first case: header, dictionary and the 999 terminator. */
export function writeDictionary(dict: SavDictionary): Uint8Array {
  dict.variables.forEach(validate);
  const names = shortNames(dict.variables);
  const w = new ByteWriter(64 * 1024);
  const created = dict.created ?? clockNow();
  const units = dict.variables.reduce((sum, v) => sum + unitsOf(widthOf(v)), 0);

  // File header record.
  w.fixed("$FL2", 4);
  w.fixed(`@(#) SPSS DATA FILE ${dict.product ?? "Tyndau"}`, 60);
  w.int32(2); // layout code
  w.int32(units); // nominal case size
  w.int32(1); // bytecode compression
  w.int32(0); // no weight variable
  w.int32(dict.caseCount);
  w.float64(BIAS);
  w.fixed(`${twoDigits(created.getUTCDate())} ${MONTHS[created.getUTCMonth()]} ${twoDigits(created.getUTCFullYear() % 100)}`, 9);
  w.fixed(`${twoDigits(created.getUTCHours())}:${twoDigits(created.getUTCMinutes())}:${twoDigits(created.getUTCSeconds())}`, 8);
  w.fixed(cutUtf8(dict.fileLabel ?? "", 64), 64);
  w.fixed(new Uint8Array(0), 3, 0);

  // Variable records; remember each variable's 1-based dictionary index for record 4.
  const indexes: number[] = [];
  let index = 1;
  dict.variables.forEach((v, vi) => {
    indexes.push(index);
    const width = widthOf(v);
    const segments = segmentCount(width);
    for (let s = 0; s < segments; s++) {
      const segWidth = v.type === "numeric" ? 0 : segmentWidth(width, s);
      const label = s === 0 && v.label ? cutUtf8(v.label, VARIABLE_LABEL_MAX) : undefined;
      const numericMissing = s === 0 && v.type === "numeric" ? (v.missing ?? { kind: "none" as const }) : { kind: "none" as const };
      const stringMissing = s === 0 && v.type === "string" && !isVeryLong(width) && width <= 8 ? (v.missing ?? []) : [];
      let nMissing = 0;
      if (numericMissing.kind === "discrete") nMissing = numericMissing.values.length;
      if (numericMissing.kind === "range") nMissing = numericMissing.value === undefined ? -2 : -3;
      if (stringMissing.length > 0) nMissing = stringMissing.length;
      const format = printFormat(v, segWidth);
      w.int32(2).int32(segWidth).int32(label ? 1 : 0).int32(nMissing).int32(format).int32(format);
      w.fixed(names[vi]?.[s] ?? "", 8);
      if (label) {
        w.int32(label.length);
        padTo(w, label, 4);
      }
      if (numericMissing.kind === "discrete") for (const m of numericMissing.values) w.float64(m);
      if (numericMissing.kind === "range") {
        w.float64(numericMissing.low).float64(numericMissing.high);
        if (numericMissing.value !== undefined) w.float64(numericMissing.value);
      }
      for (const m of stringMissing) w.fixed(m, 8);
      index++;
      // Continuation records for the rest of a string's 8-byte units.
      const extra = segWidth === 0 ? 0 : Math.ceil(segWidth / 8) - 1;
      for (let c = 0; c < extra; c++) {
        w.int32(2).int32(-1).int32(0).int32(0).int32(0).int32(0);
        w.fixed(new Uint8Array(0), 8, 0x20);
        index++;
      }
    }
  });

  // Value labels (numeric variables): one record 3 + 4 pair per variable.
  dict.variables.forEach((v, vi) => {
    if (v.type !== "numeric" || !v.valueLabels?.length) return;
    w.int32(3).int32(v.valueLabels.length);
    for (const { value, label } of v.valueLabels) {
      const text = cutUtf8(label, VALUE_LABEL_MAX);
      w.float64(value).byte(text.length);
      w.fixed(text, Math.ceil((text.length + 1) / 8) * 8 - 1);
    }
    w.int32(4).int32(1).int32(indexes[vi] ?? 0);
  });

  // Machine integer info: PSPP-like version, IEEE 754, little-endian, UTF-8 (code page 65001).
  extension(w, 3, 4, 8);
  w.int32(1).int32(6).int32(2).int32(-1).int32(1).int32(1).int32(2).int32(65001);
  // Machine floating-point info: SYSMIS, HIGHEST, LOWEST.
  extension(w, 4, 8, 3);
  w.float64(SYSMIS).float64(HIGHEST).float64(LOWEST);

  // Variable display parameters: measure, width, alignment for every segment variable.
  const segmentsTotal = dict.variables.reduce((sum, v) => sum + segmentCount(widthOf(v)), 0);
  extension(w, 11, 4, segmentsTotal * 3);
  for (const v of dict.variables) {
    const measure = v.measure === "nominal" ? 1 : v.measure === "ordinal" ? 2 : 3;
    const display = v.displayWidth ?? (v.type === "numeric" ? 8 : Math.min(v.width, 40));
    for (let s = 0; s < segmentCount(widthOf(v)); s++) w.int32(measure).int32(display).int32(v.type === "numeric" ? 1 : 0);
  }

  // Long variable names: SHORT=Long, tab-separated.
  const longNames = utf8(dict.variables.map((v, vi) => `${names[vi]?.[0] ?? ""}=${v.name}`).join("\t"));
  extension(w, 13, 1, longNames.length);
  w.bytes(longNames);

  // Very long strings: SHORT=00300 NUL TAB for each string wider than 255 bytes.
  const veryLong = dict.variables
    .map((v, vi) => (isVeryLong(widthOf(v)) ? `${names[vi]?.[0] ?? ""}=${String(widthOf(v)).padStart(5, "0")}\u0000\t` : ""))
    .join("");
  if (veryLong.length > 0) {
    const bytes = utf8(veryLong);
    extension(w, 14, 1, bytes.length);
    w.bytes(bytes);
  }

  // Character encoding.
  const encoding = utf8("UTF-8");
  extension(w, 20, 1, encoding.length);
  w.bytes(encoding);

  // Missing values of strings wider than 8 bytes (only their first 8 bytes count).
  const longMissing = dict.variables.filter((v): v is Extract<SavVariable, { type: "string" }> => v.type === "string" && v.width > 8 && (v.missing?.length ?? 0) > 0);
  if (longMissing.length > 0) {
    const record = new ByteWriter();
    for (const v of longMissing) {
      const name = utf8(v.name);
      record.int32(name.length).bytes(name).byte(v.missing?.length ?? 0).int32(8);
      for (const m of v.missing ?? []) record.fixed(m, 8);
    }
    extension(w, 22, 1, record.size);
    w.bytes(record.toBytes());
  }

  // Dictionary termination.
  w.int32(999).int32(0);
  return w.toBytes();
}
