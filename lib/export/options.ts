// Query options shared by every export file. Parsed strictly: an unknown value is a 400
// with a message naming the parameter, never a silent fallback that would hand an analyst
// a file different from the one they asked for.
import { isLocale, type Locale } from "@/lib/questionnaire";

export type ValuesMode = "codes" | "labels";
export type HeaderMode = "names" | "text";
export type Separator = "comma" | "semicolon" | "tab";

export interface ExportOptions {
  /** Numeric codes (for statistics packages) or option labels (for reading in a spreadsheet). */
  values: ValuesMode;
  /** Language of labels, question text and SPSS labels. */
  lang: Locale;
  /** `names`: one header row of variable names; `text`: a second header row with the question text. */
  header: HeaderMode;
  sep: Separator;
  /** UTF-8 byte-order mark, so Excel opens Cyrillic text as UTF-8 instead of the ANSI code page. */
  bom: boolean;
  /** Wide CSV only: an extra `<VAR>` column per multi-choice item listing the chosen codes. */
  combined: boolean;
  /** SPSS syntax only: the CSV file GET DATA reads (relative to SPSS's working folder). */
  file: string;
  /**
   * Wide CSV only: the file the `.sps` reads (codes; every open text starts with one
   * apostrophe and has its line breaks as U+001F, both undone by the `.sps`). See docs/exports.md.
   */
  spss: boolean;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  values: "codes",
  lang: "ru",
  header: "names",
  sep: "comma",
  bom: true,
  combined: false,
  file: "responses.csv",
  spss: false,
};

export const SEPARATOR_CHARS: Record<Separator, string> = { comma: ",", semicolon: ";", tab: "\t" };

export type OptionError = { param: string; message: string };

const VALUES: readonly ValuesMode[] = ["codes", "labels"];
const HEADERS: readonly HeaderMode[] = ["names", "text"];
const SEPARATORS: readonly Separator[] = ["comma", "semicolon", "tab"];

// The file name ends up inside a quoted SPSS string in a file the analyst runs on their
// own computer: a path is fine (C:\\Data\\responses.csv), quotes and control characters
// that could end the string or the command are not.
const FILE_NAME = /^[^'"\u0000-\u001f\u007f]{1,260}$/;

function oneOf<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
  errors: OptionError[],
): T {
  const raw = params.get(name);
  if (raw === null || raw === "") return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  errors.push({ param: name, message: `${name} must be one of ${allowed.join(", ")}` });
  return fallback;
}

function flag(params: URLSearchParams, name: string, fallback: boolean, errors: OptionError[]): boolean {
  const raw = params.get(name);
  if (raw === null || raw === "") return fallback;
  if (raw === "1" || raw === "true") return true;
  if (raw === "0" || raw === "false") return false;
  errors.push({ param: name, message: `${name} must be 1 or 0` });
  return fallback;
}

/**
 * Reads the export options. `lang` is the label language here, as docs/exports.md names it; the
 * dashboard's respondent-language filter travels as `locale` in export URLs (see
 * filterParams in ./filters) so the two never collide.
 */
export function parseExportOptions(
  params: URLSearchParams,
  defaults: Partial<ExportOptions> = {},
): { ok: true; options: ExportOptions } | { ok: false; errors: OptionError[] } {
  const base = { ...DEFAULT_EXPORT_OPTIONS, ...defaults };
  const errors: OptionError[] = [];
  const rawLang = params.get("lang") ?? "";
  let lang = base.lang;
  if (rawLang !== "") {
    if (isLocale(rawLang)) lang = rawLang;
    else errors.push({ param: "lang", message: "lang must be one of kk, ru, en" });
  }
  const file = params.get("file");
  if (file !== null && file !== "" && !FILE_NAME.test(file)) {
    errors.push({ param: "file", message: "file must be a file name or path without quotes, e.g. responses.csv" });
  }
  const options: ExportOptions = {
    values: oneOf(params, "values", VALUES, base.values, errors),
    lang,
    header: oneOf(params, "header", HEADERS, base.header, errors),
    sep: oneOf(params, "sep", SEPARATORS, base.sep, errors),
    bom: flag(params, "bom", base.bom, errors),
    combined: flag(params, "combined", base.combined, errors),
    file: file !== null && file !== "" && FILE_NAME.test(file) ? file : base.file,
    spss: flag(params, "spss", base.spss, errors),
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, options };
}
