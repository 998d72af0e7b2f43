// An independent statement of what the exports must contain, written from docs/exports.md and
// the codebook's missing-data convention rather than from lib/export, so the round-trip
// tests compare two implementations instead of one with itself.
import {
  answerVariables,
  isShown,
  itemsInOrder,
  otherVariable,
  questionnaire,
  type Answers,
  type Item,
} from "@/lib/questionnaire";
import { expect } from "vitest";
import type { Submitted } from "./support";
import { assertNever } from "@/lib/questionnaire/assert-never";

/** OWASP: a text cell starting with = + - @ tab CR LF gets a leading quote. */
export function owasp(text: string): string {
  return /^[=+\-@\t\r\n]/.test(text) ? `'${text}` : text;
}

const NOT_ASKED = "-1";
const NOT_ANSWERED = "-2";

function itemCells(item: Item, answers: Answers, neutralise: (text: string) => string): { name: string; value: string }[] {
  const shown = isShown(item, answers);
  const code = (variable: string) => {
    const v = answers[variable];
    return shown ? (typeof v === "number" ? String(v) : NOT_ANSWERED) : NOT_ASKED;
  };
  const text = (variable: string) => {
    const v = answers[variable];
    return shown ? (typeof v === "string" ? neutralise(v) : "") : NOT_ASKED;
  };
  const cells: { name: string; value: string }[] = [];
  switch (item.kind) {
    case "single":
      cells.push({ name: item.variable, value: code(item.variable) });
      break;
    case "multi":
      for (const o of item.options) {
        const v = answers[item.variable];
        const value = !shown ? NOT_ASKED : Array.isArray(v) ? (v.includes(o.code) ? "1" : "0") : NOT_ANSWERED;
        cells.push({ name: `${item.variable}_${o.code}`, value });
      }
      break;
    case "open":
      cells.push({ name: item.variable, value: text(item.variable) });
      break;
    case "rating":
      for (const v of item.subItems?.map((s) => s.variable) ?? [item.variable]) cells.push({ name: v, value: code(v) });
      break;
    case "matrix":
      for (const r of item.rows) cells.push({ name: r.variable, value: code(r.variable) });
      break;
    default:
      assertNever(item);
  }
  const other = otherVariable(item);
  if (other) cells.push({ name: other, value: text(other) });
  return cells;
}

/**
 * The wide row as a map column name → cell text; `raw` gives the texts exactly as stored
 * (what SPSS must hold) instead of as a spreadsheet-bound CSV cell.
 */
export function expectedWide(s: Submitted, options: { raw?: boolean } = {}): Map<string, string> {
  const neutralise = options.raw ? (text: string) => text : owasp;
  const row = new Map<string, string>([
    ["response_id", s.id],
    ["submitted_on", s.submittedOn],
    ["lang", s.locale],
    ["questionnaire_version", `${questionnaire.id}@${questionnaire.version}`],
  ]);
  for (const { item } of itemsInOrder(questionnaire)) for (const c of itemCells(item, s.answers, neutralise)) row.set(c.name, c.value);
  return row;
}

/** Long rows: response_id, variable, code, label (in `lang`), text. */
export function expectedLong(s: Submitted, lang: "kk" | "ru" | "en"): string[][] {
  const rows: string[][] = [];
  for (const v of answerVariables(questionnaire)) {
    const value = s.answers[v.variable];
    if (value === undefined) continue;
    if (typeof value === "string") {
      rows.push([s.id, v.variable, "", "", owasp(value)]);
      continue;
    }
    for (const code of Array.isArray(value) ? value : [value]) {
      const label = v.options?.find((o) => o.code === code)?.label[lang] ?? "";
      rows.push([s.id, v.variable, String(code), owasp(label), ""]);
    }
  }
  return rows;
}

/**
 * PSPP's SAVE TRANSLATE /TYPE=CSV of the exported data (.sav or .sps+CSV) against what was
 * submitted: the header, one case per response, and every cell (dates as PSPP writes
 * SDATE, numbers by value, texts exactly as stored — SPSS pads strings with spaces and
 * stored texts never end in one).
 */
export function expectPsppCases(back: string[][], columns: readonly { name: string; type: string }[], submitted: readonly Submitted[]): void {
  expect(back[0]).toEqual(columns.map((c) => c.name));
  expect(back.length - 1).toBe(submitted.length);
  const byId = new Map(submitted.map((s) => [s.id, s]));
  for (const row of back.slice(1)) {
    const s = byId.get((row[0] ?? "").trim());
    expect(s, `case ${row[0]} was submitted`).toBeDefined();
    if (!s) continue;
    const cells = expectedWide(s, { raw: true });
    columns.forEach((column, j) => {
      const read = row[j] ?? "";
      const cell = cells.get(column.name) ?? "";
      if (column.name === "submitted_on") {
        const [y, m, d] = cell.split("-");
        expect(read.trim()).toBe(`${m}/${d}/${y}`);
      } else if (column.type === "numeric") {
        expect(Number(read), `${column.name} of ${s.id}`).toBe(Number(cell));
      } else {
        expect(read.trimEnd(), `${column.name} of ${s.id}`).toBe(cell);
      }
    });
  }
}
