import { describe, expect, it } from "vitest";
import { seedQuestionnaire } from "../definition";
import { textSites } from "../strings/walk";
import { itemOfOwner, stepOfOwner } from "./preview";

describe("itemOfOwner", () => {
  it("puts every string of an item (stem, matrix rows, scale) in one consecutive group", () => {
    const itemOf = itemOfOwner(seedQuestionnaire);
    const runs: string[] = [];
    for (const site of textSites(seedQuestionnaire)) {
      const owner = itemOf[site.owner] ?? site.owner;
      if (runs.at(-1) !== owner) runs.push(owner);
    }
    expect(runs.length).toBe(new Set(runs).size);
    const matrix = seedQuestionnaire.parts.flatMap((p) => p.items).find((i) => i.kind === "matrix");
    if (!matrix || matrix.kind !== "matrix") throw new Error("the seed has a matrix");
    for (const row of matrix.rows) expect(itemOf[row.variable]).toBe(matrix.variable);
  });

  it("knows every owner the preview links know", () => {
    const itemOf = itemOfOwner(seedQuestionnaire);
    for (const owner of Object.keys(stepOfOwner(seedQuestionnaire))) {
      if (owner === "questionnaire" || /^(I|II|III|IV)$/.test(owner)) continue;
      expect(itemOf[owner], owner).toBeDefined();
    }
  });
});
