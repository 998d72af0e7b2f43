// A published edit may change texts only: these definitions differ from the active one in
// structure and must each be refused with a message naming the item and the field.
import { describe, expect, it } from "vitest";
import { seedQuestionnaire } from "../definition";
import { itemsInOrder } from "../structure";
import type { Questionnaire } from "../types";
import { checkTextVersion } from "./publish.server";

type Mutable = Record<string, unknown> & { parts: { items: Record<string, unknown>[] }[] };

function copy(): Mutable {
  return JSON.parse(JSON.stringify(seedQuestionnaire)) as Mutable;
}

function item(def: Mutable, test: (i: Record<string, unknown>) => boolean): Record<string, unknown> {
  for (const part of def.parts) for (const i of part.items) if (test(i)) return i;
  throw new Error("no such item");
}

const seed: Questionnaire = seedQuestionnaire;
const multiWithMax = itemsInOrder(seed).find(({ item: i }) => i.kind === "multi" && i.maxSelections !== undefined)!.item;
const open = itemsInOrder(seed).find(({ item: i }) => i.kind === "open")!.item;
const routed = itemsInOrder(seed).find(({ item: i }) => i.showIf !== undefined)!.item;

describe("checkTextVersion", () => {
  it("accepts a definition that changes texts only (the version number may change too)", () => {
    const def = copy();
    const q9 = item(def, (i) => i.variable === "Q9") as { options: { label: Record<string, string> }[] };
    q9.options[0]!.label.kk = "Адамдарға бағдар ұстайтын басшыны";
    def.version = 3;
    expect(checkTextVersion(seed, def)).toEqual([]);
  });

  it("refuses a changed option code, naming the item and the field", () => {
    const def = copy();
    const q9 = item(def, (i) => i.variable === "Q9") as { options: { code: number }[] };
    q9.options[2]!.code = 42;
    const problems = checkTextVersion(seed, def);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ item: "Q9" });
    expect(problems[0]!.field).toMatch(/^options/);
    expect(problems[0]!.message).toMatch(/^Q9: options.* cannot change in a text version/);
  });

  it("refuses a removed option", () => {
    const def = copy();
    const q9 = item(def, (i) => i.variable === "Q9") as { options: unknown[] };
    q9.options.pop();
    const problems = checkTextVersion(seed, def);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ item: "Q9", field: "options" });
    expect(problems[0]!.message).toContain("Q9: options cannot change");
  });

  it("refuses changed routing", () => {
    const def = copy();
    const target = item(def, (i) => i.variable === routed.variable) as { showIf: { value?: number; values?: number[] } };
    if (target.showIf.value !== undefined) target.showIf.value += 1;
    else target.showIf.values = [...(target.showIf.values ?? []), 97];
    const problems = checkTextVersion(seed, def);
    expect(problems[0]?.item).toBe(routed.variable);
    expect(problems[0]?.field).toMatch(/^showIf\./);
    expect(problems[0]?.message).toContain(`${routed.variable}: showIf.`);
  });

  it("refuses a changed limit (maxLength of an open item, maxSelections of a multi)", () => {
    const def = copy();
    const o = item(def, (i) => i.variable === open.variable) as { maxLength: number };
    o.maxLength = 50;
    const m = item(def, (i) => i.variable === multiWithMax.variable) as { maxSelections: number };
    m.maxSelections += 1;
    const problems = checkTextVersion(seed, def);
    expect(problems.map((p) => `${p.item}.${p.field}`)).toEqual(expect.arrayContaining([`${open.variable}.maxLength`, `${multiWithMax.variable}.maxSelections`]));
    expect(problems.find((p) => p.field === "maxLength")?.message).toContain(`${open.variable}: maxLength cannot change in a text version (1000 → 50)`);
  });

  it("refuses changed required-ness and kind", () => {
    const def = copy();
    const q9 = item(def, (i) => i.variable === "Q9");
    q9.required = !(q9.required as boolean);
    const problems = checkTextVersion(seed, def);
    expect(problems).toEqual([expect.objectContaining({ item: "Q9", field: "required" })]);
  });

  it("refuses a text over its limit, empty, or with a line break, naming the string", () => {
    const def = copy();
    const q9 = item(def, (i) => i.variable === "Q9") as { text: Record<string, string>; options: { label: Record<string, string> }[] };
    q9.options[0]!.label.en = "x".repeat(201);
    q9.text.ru = " ";
    q9.options[1]!.label.kk = "бір\nекі";
    const problems = checkTextVersion(seed, def);
    expect(problems.map((p) => `${p.item} ${p.field}`)).toEqual(["Q9 text.ru", "Q9 options.1.label.en", "Q9 options.2.label.kk"]);
    expect(problems[1]!.message).toContain("201 characters long, over the limit of 200");
  });
});
