// Checking a block of items in questionnaire order: the whole response, the screening
// item or one part. Routing is decided on answers as they pass (an invalid answer never
// drives it), items routing skips must be blank, and keys nobody owns are refused. The
// server adds messages to these issues; the browser turns them into the respondent's.
import { isShown } from "../routing";
import { answerKeysOf, itemsInOrder } from "../structure";
import type { Answers, Locale, PartSelector, PlacedItem, Questionnaire } from "../types";
import { issue, type ItemCheck, type RuleIssue } from "./issue";
import { checkItem } from "./item";
import { isBlank, isInteger } from "./read";

export interface Scope {
  /** Items checked and returned. */
  items: PlacedItem[];
  /** Keys that may be present but belong elsewhere: ignored, used only for routing. */
  foreignKeys: ReadonlySet<string>;
  /** Answers from outside the scope used to evaluate routing (e.g. earlier parts). */
  context: Readonly<Partial<Answers>>;
}

export function submissionScope(def: Questionnaire): Scope {
  return { items: itemsInOrder(def), foreignKeys: new Set(), context: {} };
}

/** One block; keys of the other blocks may be present and only feed routing. */
export function partScope(def: Questionnaire, part: PartSelector, context: Readonly<Partial<Answers>> = {}): Scope {
  const all = itemsInOrder(def);
  if (part !== "screening" && (!Number.isInteger(part) || part < 0 || part >= def.parts.length)) {
    throw new RangeError(`No part with index ${part}; the questionnaire has ${def.parts.length} parts`);
  }
  const inScope = (p: PlacedItem) => (part === "screening" ? p.partIndex === null : p.partIndex === part);
  const foreignKeys = new Set(all.filter((p) => !inScope(p)).flatMap((p) => answerKeysOf(p.item)));
  return { items: all.filter(inScope), foreignKeys, context };
}

/** Checks the scope's items; `answers` holds what was accepted, normalised. */
export function checkScope(scope: Scope, input: Readonly<Record<string, unknown>>, locale: Locale): ItemCheck {
  const issues: RuleIssue[] = [];
  const owned = new Set(scope.items.flatMap((p) => answerKeysOf(p.item)));
  // Routing sees the context, other blocks' raw numeric answers, then this block's
  // answers as they pass (so an invalid answer never drives routing).
  const routing: Partial<Answers> = { ...scope.context };
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (value === undefined || owned.has(key)) continue;
    if (!scope.foreignKeys.has(key)) issues.push(issue(key, "unknownVariable"));
    else if (isInteger(value) || (Array.isArray(value) && value.every(isInteger))) routing[key] = value;
  }

  const answers: Answers = {};
  const errored = new Set<string>();
  for (const { item } of scope.items) {
    const keys = answerKeysOf(item);
    // If the answer routing depends on is itself invalid, the verdict on this item would
    // be a guess; the earlier error is what the respondent must fix.
    if (item.showIf && errored.has(item.showIf.variable)) {
      keys.forEach((k) => errored.add(k));
      continue;
    }
    const before = issues.length;
    if (!isShown(item, routing)) {
      for (const key of keys) if (!isBlank(input[key])) issues.push(issue(key, "skipped"));
    } else {
      const checked = checkItem(item, input, locale);
      issues.push(...checked.issues);
      Object.assign(answers, checked.answers);
      Object.assign(routing, checked.answers);
    }
    if (issues.length > before) keys.forEach((k) => errored.add(k));
  }
  return { issues, answers };
}
