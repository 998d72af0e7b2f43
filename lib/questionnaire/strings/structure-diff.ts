// Why a proposed text version is not one: the places where its structure (variables,
// codes, kinds, routing, limits, required-ness: everything but the strings) differs from
// the published version, each naming the item and the field.
import { elementId, structureOf } from "./walk";

export interface StructuralChange {
  /** The item variable or part id the change is in, or "questionnaire". */
  item: string;
  /** The field path within it, e.g. "options.3.code", "showIf.value", "maxLength". */
  field: string;
  before: unknown;
  after: unknown;
  message: string;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Structural differences between two definitions; empty when `after` only changes texts. */
export function structuralChanges(before: object, after: object, limit = 50): StructuralChange[] {
  const changes: StructuralChange[] = [];
  const report = (item: string, field: string[], a: unknown, b: unknown) => {
    if (changes.length >= limit) return;
    const name = field.join(".") || "(whole)";
    changes.push({
      item,
      field: name,
      before: a,
      after: b,
      message: `${item}: ${name} cannot change in a text version (${describe(a)} → ${describe(b)}); only texts may be edited.`,
    });
  };
  const walk = (a: unknown, b: unknown, item: string, field: string[]) => {
    if (Object.is(a, b)) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) {
        const ids = (xs: unknown[]) => xs.map(elementId);
        report(item, field, ids(a), ids(b));
        return;
      }
      a.forEach((x, i) => {
        const idA = elementId(x, i);
        const idB = elementId(b[i], i);
        if (idA !== idB) report(item, [...field, String(i)], idA, idB);
        else walk(x, b[i], item, [...field, idA]);
      });
      return;
    }
    if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
      const ra = a as Record<string, unknown>;
      const rb = b as Record<string, unknown>;
      let owner = item;
      let path = field;
      const variable = typeof ra.variable === "string" && "text" in ra ? ra.variable : null;
      const partId = typeof ra.id === "string" && "items" in ra ? ra.id : null;
      if (variable || partId) {
        owner = (variable ?? partId) as string;
        path = [];
      }
      for (const key of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
        walk(ra[key], rb[key], owner, [...path, key]);
      }
      return;
    }
    report(item, field, a, b);
  };
  walk(structureOf(before), structureOf(after), "questionnaire", []);
  return changes;
}
