// Every respondent-facing text of a definition, found by walking it: an object with
// exactly the keys kk, ru and en (a LocalizedText) is a string. Each gets a stable key
// built from variables, codes and part ids rather than array positions, so a key names
// the same string in every text version ("Q9.options.3.label", "Q26_1.text", "II.intro").
// The structure is everything else; a text version may change strings only.
import { LOCALES, type LocalizedText } from "../locale";

/** Fields that record the paper's wording: part of the structure, not editable. */
const FIXED_TEXT_FIELDS: ReadonlySet<string> = new Set(["provenance", "paperText"]);

export function isLocalizedText(value: unknown): value is LocalizedText {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === LOCALES.length &&
    LOCALES.every((l) => typeof (value as Record<string, unknown>)[l] === "string")
  );
}

export interface TextSite {
  /** Stable key, e.g. "Q9.options.3.label". */
  key: string;
  /** The item (variable) or part the string belongs to, or "questionnaire". */
  owner: string;
  /** The field within the owner, e.g. "options.3.label", "text", "help". */
  field: string;
  /** The path into the definition object (for applying an edit). */
  path: (string | number)[];
  text: LocalizedText;
}

type Json = unknown;

/** How an array element is named in a key: its variable, code or id, else its position. */
export function elementId(element: Json, index: number): string {
  if (element && typeof element === "object" && !Array.isArray(element)) {
    const e = element as Record<string, unknown>;
    if (typeof e.variable === "string") return e.variable;
    if (typeof e.code === "number") return String(e.code);
    if (typeof e.id === "string") return e.id;
  }
  return String(index);
}

/** An object that owns its strings: an item, sub-item or row (has a variable), or a part. */
function ownerOf(value: Record<string, unknown>, inArrayOrScreening: boolean): string | null {
  if (typeof value.variable === "string" && "text" in value) return value.variable;
  if (inArrayOrScreening && typeof value.id === "string" && "items" in value) return value.id;
  return null;
}

/** Visits every editable string of a definition in document order. */
export function textSites(def: object): TextSite[] {
  const sites: TextSite[] = [];
  const seen = new Set<string>();
  const visit = (value: Json, path: (string | number)[], owner: string, field: string[], anchor: boolean) => {
    if (isLocalizedText(value)) {
      const fieldName = field.join(".");
      const key = owner === "questionnaire" ? fieldName : `${owner}.${fieldName}`;
      if (seen.has(key)) throw new Error(`Two strings share the key "${key}"`);
      seen.add(key);
      sites.push({ key, owner, field: fieldName, path, text: value });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((element, index) =>
        visit(element, [...path, index], owner, [...field, elementId(element, index)], true),
      );
      return;
    }
    if (value === null || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    const newOwner = ownerOf(record, anchor);
    const [nextOwner, nextField] = newOwner ? [newOwner, []] : [owner, field];
    for (const [name, child] of Object.entries(record)) {
      if (FIXED_TEXT_FIELDS.has(name)) continue;
      visit(child, [...path, name], nextOwner, [...nextField, name], name === "screening");
    }
  };
  visit(def, [], "questionnaire", [], false);
  return sites;
}

const TEXT_MARK = "\u0000text";

/** The definition with every editable string replaced by a mark: what a text version keeps. */
export function structureOf(def: object): unknown {
  const strip = (value: Json, name: string | null): Json => {
    if (name !== null && FIXED_TEXT_FIELDS.has(name)) return value;
    if (isLocalizedText(value)) return TEXT_MARK;
    if (Array.isArray(value)) return value.map((v) => strip(v, null));
    if (value === null || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      // The version number is what a text edit changes; it is not structure.
      if (name === "" && k === "version") continue;
      out[k] = strip(v, k);
    }
    return out;
  };
  return strip(def, "");
}

/** A stable fingerprint of the structure, to tell which stored versions are text versions of one another. */
export function structureFingerprint(def: object): string {
  const text = JSON.stringify(structureOf(def));
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${h1.toString(16).padStart(8, "0")}${h2.toString(16).padStart(8, "0")}`;
}
