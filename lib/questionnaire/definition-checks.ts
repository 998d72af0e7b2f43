// Cross-field rules of a questionnaire definition that a per-field zod schema cannot
// express: unique variable names (including the CSV columns derived from them), code
// numbering, selection limits, and routing that only looks backwards at real codes.
// Messages are for the developer editing the instrument, so English only.
import { OTHER_SUFFIX, SPECIAL_CODES } from "./constants";
import { answerKeysOf, otherVariable, valueVariables } from "./structure";
import type { Item, Option, Questionnaire } from "./types";
import { assertNever } from "./assert-never";

export interface DefinitionProblem {
  path: (string | number)[];
  message: string;
}

type Path = (string | number)[];

export function checkQuestionnaire(def: Questionnaire): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const report = (path: Path, message: string) => problems.push({ path, message });

  const located: { item: Item; path: Path }[] = [{ item: def.screening, path: ["screening"] }];
  def.parts.forEach((part, p) =>
    part.items.forEach((item, i) => located.push({ item, path: ["parts", p, "items", i] })),
  );

  const partIds = new Set<string>();
  def.parts.forEach((part, p) => {
    if (partIds.has(part.id)) report(["parts", p, "id"], `duplicate part id "${part.id}"`);
    partIds.add(part.id);
  });

  checkUniqueNames(located, report);
  for (const { item, path } of located) checkItem(item, path, report);
  checkRouting(located, report);
  return problems;
}

/** Every name that ends up as an answer key or a CSV column must be unique. */
function checkUniqueNames(located: { item: Item; path: Path }[], report: (p: Path, m: string) => void) {
  const seen = new Map<string, string>();
  for (const { item, path } of located) {
    const names = new Set<string>([item.variable, ...answerKeysOf(item)]);
    if (item.kind === "multi") for (const o of item.options) names.add(`${item.variable}_${o.code}`);
    const declared = [item.variable, ...valueVariables(item)];
    for (const name of declared) {
      if (name.endsWith(OTHER_SUFFIX)) {
        report([...path, "variable"], `"${name}": the suffix ${OTHER_SUFFIX} is reserved for "other" text`);
      }
    }
    for (const name of names) {
      const owner = seen.get(name);
      if (owner !== undefined) {
        report([...path, "variable"], `variable or column "${name}" is already used by ${owner}`);
      } else {
        seen.set(name, item.variable);
      }
    }
  }
}

function checkItem(item: Item, path: Path, report: (p: Path, m: string) => void) {
  switch (item.kind) {
    case "single":
    case "multi":
      checkCodes(item.options, [...path, "options"], report);
      checkOther(item, path, report);
      if (item.kind === "multi") checkSelectionLimits(item, path, report);
      break;
    case "matrix":
      checkCodes(item.scale, [...path, "scale"], report);
      if (!item.rowsAreQuestions) checkSubItemNames(item.variable, item.rows, [...path, "rows"], report);
      break;
    case "rating":
      if (item.min >= item.max) report([...path, "max"], `rating scale ${item.min}..${item.max} is empty`);
      if (item.subItems) checkSubItemNames(item.variable, item.subItems, [...path, "subItems"], report);
      break;
    case "open":
      break;
    default:
      assertNever(item);
  }
}

/** Substantive codes are 1..k in display order; 98/99 may only follow them. */
function checkCodes(options: Option[], path: Path, report: (p: Path, m: string) => void) {
  const seen = new Set<number>();
  let expected = 1;
  let specialSeen = false;
  options.forEach((option, i) => {
    if (seen.has(option.code)) report([...path, i, "code"], `duplicate code ${option.code}`);
    seen.add(option.code);
    if (SPECIAL_CODES.includes(option.code)) {
      specialSeen = true;
      return;
    }
    if (specialSeen) report([...path, i, "code"], `code ${option.code} must come before 98/99`);
    if (option.code !== expected) {
      report([...path, i, "code"], `expected code ${expected} in display order, found ${option.code}`);
    }
    expected = option.code + 1;
  });
  if (expected === 1) report(path, "at least one substantive option (code 1..k) is required");
}

function checkOther(item: Extract<Item, { kind: "single" | "multi" }>, path: Path, report: (p: Path, m: string) => void) {
  const hasCode = item.otherCode !== undefined;
  if (hasCode !== (item.otherPlaceholder !== undefined)) {
    report([...path, "otherCode"], "otherCode and otherPlaceholder must be given together");
  }
  if (item.otherCode === undefined) return;
  if (!item.options.some((o) => o.code === item.otherCode)) {
    report([...path, "otherCode"], `otherCode ${item.otherCode} is not an option`);
  }
  if (SPECIAL_CODES.includes(item.otherCode)) {
    report([...path, "otherCode"], "otherCode cannot be 98 or 99");
  }
  if (item.kind === "multi" && item.exclusiveCodes.includes(item.otherCode)) {
    report([...path, "otherCode"], "otherCode cannot be exclusive");
  }
}

function checkSelectionLimits(item: Extract<Item, { kind: "multi" }>, path: Path, report: (p: Path, m: string) => void) {
  const codes = new Set(item.options.map((o) => o.code));
  const exclusive = new Set(item.exclusiveCodes);
  if (exclusive.size !== item.exclusiveCodes.length) report([...path, "exclusiveCodes"], "duplicate exclusive code");
  for (const code of exclusive) {
    if (!codes.has(code)) report([...path, "exclusiveCodes"], `exclusive code ${code} is not an option`);
  }
  const combinable = item.options.filter((o) => !exclusive.has(o.code)).length;
  const max = item.maxSelections ?? combinable;
  if (item.maxSelections !== undefined && item.maxSelections > combinable) {
    report([...path, "maxSelections"], `maxSelections ${item.maxSelections} exceeds the ${combinable} combinable options`);
  }
  if (item.minSelections > max) {
    report([...path, "minSelections"], `minSelections ${item.minSelections} exceeds the maximum ${max}`);
  }
}

/** Sub-items are `<VAR>_1..<VAR>_k` so that their CSV columns sort and read predictably. */
function checkSubItemNames(
  variable: string,
  subItems: { variable: string }[],
  path: Path,
  report: (p: Path, m: string) => void,
) {
  subItems.forEach((sub, i) => {
    const expected = `${variable}_${i + 1}`;
    if (sub.variable !== expected) report([...path, i, "variable"], `expected "${expected}", found "${sub.variable}"`);
  });
}

/** A condition may only look at an earlier, required, numeric answer and at codes it can take. */
function checkRouting(located: { item: Item; path: Path }[], report: (p: Path, m: string) => void) {
  const earlier = new Map<string, Item>();
  for (const { item, path } of located) {
    const cond = item.showIf;
    if (cond) {
      const where = [...path, "showIf"];
      const target = earlier.get(cond.variable);
      const values = cond.op === "equals" ? [cond.value] : cond.values;
      if (!target) {
        report(where, `"${cond.variable}" is not an answer of an earlier item`);
      } else if (target.kind === "open") {
        report(where, `"${cond.variable}" is a text answer and cannot drive routing`);
      } else {
        if (!target.required) report(where, `"${cond.variable}" is optional; routing needs a required answer`);
        for (const value of values) {
          if (!isPossibleValue(target, value)) report(where, `"${cond.variable}" cannot take the value ${value}`);
        }
      }
    }
    // Register after checking so an item cannot route on itself. "Other" text is not numeric.
    const other = otherVariable(item);
    for (const key of answerKeysOf(item)) if (key !== other) earlier.set(key, item);
  }
}

function isPossibleValue(item: Item, value: number): boolean {
  switch (item.kind) {
    case "single":
    case "multi":
      return item.options.some((o) => o.code === value);
    case "matrix":
      return item.scale.some((o) => o.code === value);
    case "rating":
      return Number.isInteger(value) && value >= item.min && value <= item.max;
    case "open":
      return false;
    default:
      return assertNever(item);
  }
}
