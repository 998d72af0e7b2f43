// The respondent flow as plain data, shared by the server (no-JS form posts) and the
// browser. Without JavaScript, a page is an HTML form: it carries the answers of earlier
// parts in one hidden field (canonical JSON), the current view, and where to go after it
// ("return to the check page"). The server validates the posted part with the same
// per-part validator the browser uses, re-validates the carried answers (they came from
// the client), and answers with the next view or the same view and its errors. Nothing is
// kept on the server before the final submission.
// This module holds the plain data and is shared with the browser; the validator-backed
// steps the server takes are in flow-server.ts (kept out of the page's JavaScript).
import { isShown } from "@/lib/questionnaire/routing";
import { answerKeysOf } from "@/lib/questionnaire/structure";
import type { Answers, Item, Questionnaire } from "@/lib/questionnaire/types";
import type { FormValues } from "./answers";
import type { FieldError } from "./errors";
import type { InvitationProblem } from "@/lib/invitations/messages";
import type { Locale } from "@/lib/questionnaire/locale";
import { CHECK_PATH, itemsOfStep, neighbours, stepHref, type Step } from "./steps";

export type FlowView = { kind: "step"; step: Step } | { kind: "check" } | { kind: "start" };

export interface FlowState {
  view: FlowView;
  /** The answers accepted so far (all parts), canonical: what the hidden field carries. */
  answers: Answers;
  /** The current view's raw values, to fill the form again after an error. */
  values: FormValues;
  errors: FieldError[];
  /** After this step, go back to the check page (the respondent came from "Change"). */
  returnToCheck: boolean;
  /** The response id of the final submission (idempotency key), made when the check page is first shown. */
  responseId?: string;
  /** A problem with the final submission that is not about an answer. */
  notice?: "closed" | "conflict" | "server" | "rateLimited" | "invitation";
  /** With notice "invitation": why the invitation code was refused (lib/invitations). */
  invitation?: InvitationProblem;
  /** Increases with every failed attempt (the error summary takes focus once per attempt). */
  attempt: number;
  /** The sealed "started" token of the first question page, carried to the submission (lib/quality/started-token.server.ts). */
  started?: string;
  /**
   * The questionnaire version the respondent began under, carried in a hidden field and,
   * on the no-JS path, in the answers cookie: the response records it even when a text
   * version is published mid-way (decision 011).
   */
  version?: string;
  /**
   * Where the no-JS answers came from: "cookie" (read on a GET after post/redirect/get; a
   * device draft, when the script runs, is fresher) or "form" (they no longer fit the
   * cookie, so only this form carries them: the page says that reload and Back lose them).
   */
  carriedBy?: "cookie" | "form";
}

export const FIELD = { view: "_view", answers: "_answers", returnTo: "_return", id: "_id", intent: "_intent", started: "_started", version: "_version" } as const;

export function initialState(view: FlowView, returnToCheck = false): FlowState {
  return { view, answers: {}, values: {}, errors: [], returnToCheck, attempt: 0 };
}

export function viewValue(view: FlowView): string {
  return view.kind === "step" ? String(view.step) : view.kind;
}

export function parseView(def: { parts: readonly unknown[] }, value: unknown): FlowView | undefined {
  if (value === "check") return { kind: "check" };
  if (value === "screening") return { kind: "step", step: "screening" };
  if (typeof value === "string" && /^\d{1,2}$/.test(value) && Number(value) < def.parts.length) return { kind: "step", step: Number(value) };
  return undefined;
}

/** Canonical JSON: keys sorted, so the hidden field does not depend on answer order. */
export function carriedJson(answers: Answers): string {
  return JSON.stringify(Object.fromEntries(Object.keys(answers).sort().map((k) => [k, answers[k]])));
}

export const stepKeys = (def: Questionnaire, step: Step) => new Set(itemsOfStep<Item>(def, step).flatMap(answerKeysOf));

export function without(answers: Answers, keys: ReadonlySet<string>): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([k]) => !keys.has(k)));
}

/** The values of a step's fields taken from accepted answers (to fill its form). */
export function stepValues(def: Questionnaire, step: Step, answers: Answers): FormValues {
  const keys = stepKeys(def, step);
  return Object.fromEntries(Object.entries(answers).filter(([k]) => keys.has(k)));
}

/** Items of a step shown for the answers known so far. */
export function shownItems<I extends Pick<Item, "showIf">>(items: I[], answers: Partial<Answers> | undefined): I[] {
  return answers === undefined ? items : items.filter((item) => isShown(item, answers));
}

export function nextView(def: Questionnaire, step: Step, returnToCheck: boolean): FlowView {
  if (returnToCheck) return { kind: "check" };
  const { next } = neighbours(def, step);
  return next === undefined ? { kind: "check" } : { kind: "step", step: next };
}

export function previousView(def: Questionnaire, step: Step, returnToCheck: boolean): FlowView {
  if (returnToCheck) return { kind: "check" };
  const { previous } = neighbours(def, step);
  return previous === undefined ? { kind: "start" } : { kind: "step", step: previous };
}

/** A view's address: the respondent's page, or the staff preview's under `previewBase`. */
export function viewHref(locale: Locale, view: FlowView, previewBase?: string): string {
  if (previewBase) return `${previewBase}/${view.kind === "step" ? (view.step === "screening" ? "screening" : `part-${view.step + 1}`) : view.kind}`;
  if (view.kind === "step") return stepHref(locale, view.step);
  return view.kind === "check" ? `/${locale}${CHECK_PATH}` : `/${locale}`;
}
