// Responses stored under an earlier version must stay valid, and export, under the current
// one: a new version may reword, add options with new codes and add provenance, but never
// renumber a code or change routing. versions/hearing-state-1.json is version 1 of the
// instrument exactly as it was served (it predates the provenance field).
import { describe, expect, it } from "vitest";
import v1Json from "./versions/hearing-state-1.json";
import {
  answerVariables,
  compatibleVersions,
  exportColumns,
  exportRow,
  generateValidAnswers,
  itemsInOrder,
  loadQuestionnaire,
  mulberry32,
  NOT_ASKED,
  questionnaire,
  validateSubmission,
  type Questionnaire,
} from "./index";

/** Version 1 had no provenance: give every item one so today's schema accepts it. */
function loadV1(): Questionnaire {
  const def = structuredClone(v1Json) as { screening: Record<string, unknown>; parts: { items: Record<string, unknown>[] }[] };
  def.screening.provenance = "paper";
  for (const part of def.parts) for (const item of part.items) item.provenance = "paper-derived";
  return loadQuestionnaire(def);
}

describe("questionnaire versions", () => {
  const v1 = loadV1();

  it("the current version is newer than version 1 and has the same id", () => {
    expect(v1.version).toBe(1);
    expect(questionnaire.id).toBe(v1.id);
    expect(questionnaire.version).toBeGreaterThan(v1.version);
  });

  it("lists version 1 as compatible, so submissions recorded under it can be accepted", () => {
    expect(compatibleVersions).toEqual(["hearing-state@1"]);
    // isAcceptedVersion (active.server.test.ts) accepts these plus the active one's text versions.
  });

  it("keeps every variable and every code of version 1 with the same meaning slot (codes only appended)", () => {
    const current = new Map(answerVariables(questionnaire).map((v) => [v.variable, v]));
    for (const old of answerVariables(v1)) {
      const now = current.get(old.variable);
      expect(now, old.variable).toBeDefined();
      expect(now?.kind).toBe(old.kind);
      const codes = new Set((now?.options ?? []).map((o) => o.code));
      for (const o of old.options ?? []) expect(codes.has(o.code), `${old.variable} code ${o.code}`).toBe(true);
      if (old.min !== undefined) expect([now?.min, now?.max]).toEqual([old.min, old.max]);
    }
  });

  it("keeps the routing of version 1", () => {
    const routing = (def: Questionnaire) => itemsInOrder(def).map(({ item }) => [item.variable, item.showIf ?? null]);
    expect(routing(questionnaire)).toEqual(routing(v1));
  });

  it("accepts and exports 400 responses generated under version 1", () => {
    const rng = mulberry32(101);
    const columns = exportColumns(questionnaire);
    for (let i = 0; i < 400; i++) {
      const answers = generateValidAnswers(v1, rng, {}, { specialRate: 0.2, otherRate: 0.2 });
      const v1Valid = validateSubmission(v1, answers, "ru");
      if (!v1Valid.ok) throw new Error("generator produced an invalid v1 response");
      const now = validateSubmission(questionnaire, v1Valid.answers, "ru");
      expect(now.ok ? null : now.errors).toBeNull();
      const row = exportRow(columns, v1Valid.answers);
      expect(row).toHaveLength(columns.length);
      // A v1 answer to Q28 never holds the code added in v2.
      const q28hts = columns.findIndex((c) => c.name === "Q28_99");
      expect(row[q28hts]).toBe(0);
      if (v1Valid.answers.S1 === 2) expect(row[columns.findIndex((c) => c.name === "Q15")]).toBe(NOT_ASKED);
    }
  });
});
