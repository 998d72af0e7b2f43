// The pages of the respondent flow a preview can show, and which page shows a string's
// owner, so the editor links each item to the page it appears on. Pure: safe in clients.
import type { Questionnaire } from "../types";

/** "start", "screening", "part-1" … "part-N", "check". */
export type PreviewStep = string;

export function previewSteps(def: Pick<Questionnaire, "parts">): PreviewStep[] {
  return ["start", "screening", ...def.parts.map((_, i) => `part-${i + 1}`), "check"];
}

/** The respondent step a preview segment stands for, or undefined for an unknown one. */
export function parsePreviewStep(def: Pick<Questionnaire, "parts">, segment: string): { kind: "start" } | { kind: "check" } | { kind: "step"; step: "screening" | number } | undefined {
  if (segment === "start") return { kind: "start" };
  if (segment === "check") return { kind: "check" };
  if (segment === "screening") return { kind: "step", step: "screening" };
  const m = /^part-([1-9][0-9]?)$/.exec(segment);
  if (!m) return undefined;
  const index = Number(m[1]) - 1;
  return index < def.parts.length ? { kind: "step", step: index } : undefined;
}

/** owner (item variable, sub-item variable, part id, "questionnaire") → the step showing it. */
export function stepOfOwner(def: Questionnaire): Record<string, PreviewStep> {
  const out: Record<string, PreviewStep> = { questionnaire: "start" };
  const mark = (item: Questionnaire["screening"], step: PreviewStep) => {
    out[item.variable] = step;
    if (item.kind === "rating") for (const sub of item.subItems ?? []) out[sub.variable] = step;
    if (item.kind === "matrix") for (const row of item.rows) out[row.variable] = step;
  };
  mark(def.screening, "screening");
  def.parts.forEach((part, i) => {
    const step = `part-${i + 1}`;
    out[part.id] = step;
    for (const item of part.items) mark(item, step);
  });
  return out;
}

/**
 * owner → the item it belongs to: a matrix row or rating sub-item belongs to its item, so
 * the editor shows an item's stem, rows and scale as one group (their strings are not
 * consecutive: the scale labels follow the rows).
 */
export function itemOfOwner(def: Questionnaire): Record<string, string> {
  const out: Record<string, string> = {};
  const mark = (item: Questionnaire["screening"]) => {
    out[item.variable] = item.variable;
    if (item.kind === "rating") for (const sub of item.subItems ?? []) out[sub.variable] = item.variable;
    if (item.kind === "matrix") for (const row of item.rows) out[row.variable] = item.variable;
  };
  mark(def.screening);
  for (const part of def.parts) for (const item of part.items) mark(item);
  return out;
}

export const PREVIEW_BASE = "/admin/questionnaire/preview";

/** "/admin/questionnaire/preview/kk/part-2". */
export function previewHref(locale: string, step: PreviewStep): string {
  return `${PREVIEW_BASE}/${locale}/${step}`;
}

/** The preview segment of a respondent view (the flow's "start", a step, or "check"). */
export function previewSegment(view: { kind: "start" } | { kind: "check" } | { kind: "step"; step: "screening" | number }): PreviewStep {
  if (view.kind === "step") return view.step === "screening" ? "screening" : `part-${view.step + 1}`;
  return view.kind;
}
