// Population margins, uploaded as a small CSV with the header `variable,code,share`
// (e.g. region and NGO type from the registry). Each variable must be a single-choice
// question of the questionnaire, each code one of its options, and a variable's shares
// must sum to 1 (or to 100, read as percentages) within half a percent; they are then
// scaled to sum to exactly 1.
import { parse } from "csv-parse/sync";
import { answerVariables, type Questionnaire } from "@/lib/questionnaire";
import type { Margin } from "./rake";

export type MarginRow = { variable: string; code: number; share: number };
export type MarginProblem =
  | { problem: "unreadable" }
  | { problem: "header" }
  | { problem: "row"; line: number }
  | { problem: "variable"; variable: string }
  | { problem: "code"; variable: string; code: number }
  | { problem: "sum"; variable: string; sum: number };

export const MAX_MARGIN_BYTES = 64 * 1024;

export function parseMargins(csv: string, def: Questionnaire): { ok: true; margins: Margin[]; rows: MarginRow[] } | ({ ok: false } & MarginProblem) {
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ""), { skip_empty_lines: true, trim: true, relax_column_count: false }) as string[][];
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  const [header, ...body] = records;
  if (!header || header.map((h) => h.toLowerCase()).join(",") !== "variable,code,share") return { ok: false, problem: "header" };
  const singles = new Map(answerVariables(def).filter((v) => v.valueType === "code" && v.kind === "single").map((v) => [v.variable, v]));
  const byVariable = new Map<string, Map<number, number>>();
  const rows: MarginRow[] = [];
  for (const [i, record] of body.entries()) {
    const [variable = "", codeText = "", shareText = ""] = record;
    const code = Number(codeText);
    const share = Number(shareText.replace(",", "."));
    if (!Number.isInteger(code) || !Number.isFinite(share) || share < 0) return { ok: false, problem: "row", line: i + 2 };
    const described = singles.get(variable);
    if (!described) return { ok: false, problem: "variable", variable };
    if (!described.options?.some((o) => o.code === code)) return { ok: false, problem: "code", variable, code };
    const shares = byVariable.get(variable) ?? new Map<number, number>();
    if (shares.has(code)) return { ok: false, problem: "row", line: i + 2 };
    shares.set(code, share);
    byVariable.set(variable, shares);
    rows.push({ variable, code, share });
  }
  if (byVariable.size === 0) return { ok: false, problem: "header" };
  const margins: Margin[] = [];
  for (const [variable, shares] of byVariable) {
    const sum = [...shares.values()].reduce((s, x) => s + x, 0);
    const scale = Math.abs(sum - 100) <= 0.5 ? 100 : Math.abs(sum - 1) <= 0.005 ? 1 : null;
    if (scale === null) return { ok: false, problem: "sum", variable, sum };
    margins.push({ variable, shares: new Map([...shares].map(([c, s]) => [c, s / sum])) });
  }
  return { ok: true, margins, rows };
}
