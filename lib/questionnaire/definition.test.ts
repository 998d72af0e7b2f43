import { describe, expect, it } from "vitest";
import {
  HARD_TO_SAY,
  PREFER_NOT,
  answerVariables,
  findItem,
  getItem,
  itemsInOrder,
  questionCount,
  questionnaire,
  questionnaireSchema,
  questionnaireVersion,
  questionsInOrder,
  type Item,
  type QuestionnaireInput,
} from "./index";
import { loadQuestionnaire } from "./definition";
import { instrument } from "./instrument";

const en = (item: Item | undefined) => item?.text.en;
const item = (variable: string) => getItem(questionnaire, variable).item;
const optionLabels = (variable: string) => {
  const it = item(variable);
  return it.kind === "single" || it.kind === "multi" ? it.options.map((o) => o.label.en) : [];
};

describe("structure of the instrument", () => {
  it("has an id and a version recorded as id@version", () => {
    expect(questionnaire.id).toBe("hearing-state");
    expect(questionnaire.version).toBe(2);
    expect(questionnaireVersion).toBe("hearing-state@2");
  });

  it("counts S1 plus 7/15/9/5 questions in Parts I–IV, as the paper does", () => {
    expect(questionnaire.parts.map((p) => p.id)).toEqual(["I", "II", "III", "IV"]);
    const perPart = questionnaire.parts.map((p) => p.items.reduce((n, i) => n + questionCount(i), 0));
    expect(perPart).toEqual([7, 15, 9, 5]);
    const questions = questionsInOrder(questionnaire);
    expect(questions).toHaveLength(37);
    expect(questions.map((q) => q.variable)).toEqual(["S1", ...Array.from({ length: 36 }, (_, i) => `Q${i + 1}`)]);
  });

  it("numbers the questions across the parts", () => {
    const byPart = (id: string) => questionsInOrder(questionnaire).filter((q) => q.part === id).map((q) => q.variable);
    expect(byPart("screening")).toEqual(["S1"]);
    expect(byPart("I")).toEqual(["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7"]);
    expect(byPart("II")[0]).toBe("Q8");
    expect(byPart("II").at(-1)).toBe("Q22");
    expect(byPart("III")).toEqual(["Q23", "Q24", "Q25", "Q26", "Q27", "Q28", "Q29", "Q30", "Q31"]);
    expect(byPart("IV")).toEqual(["Q32", "Q33", "Q34", "Q35", "Q36"]);
  });

  it("shows Part IV as one matrix whose rows are the questions Q32..Q36", () => {
    const part4 = questionnaire.parts[3];
    expect(part4?.items).toHaveLength(1);
    const block = part4?.items[0];
    expect(block?.kind).toBe("matrix");
    if (block?.kind !== "matrix") return;
    expect(block.rowsAreQuestions).toBe(true);
    expect(block.rows.map((r) => r.variable)).toEqual(["Q32", "Q33", "Q34", "Q35", "Q36"]);
    expect(block.scale.map((o) => o.code)).toEqual([1, 2, 3, 4, 5, HARD_TO_SAY]);
    expect(block.scale[0]?.label.en).toBe("Strongly agree");
    expect(block.scale[4]?.label.en).toBe("Strongly disagree");
    expect(findItem(questionnaire, "Q34")?.item).toBe(block);
  });

  it("routes only Q15–Q19 on S1 = Yes", () => {
    const routed = itemsInOrder(questionnaire).filter((p) => p.item.showIf).map((p) => p.item.variable);
    expect(routed).toEqual(["Q15", "Q16", "Q17", "Q18", "Q19"]);
    for (const v of routed) expect(item(v).showIf).toEqual({ variable: "S1", op: "equals", value: 1 });
    expect(optionLabels("S1")).toEqual(["Yes", "No"]);
  });

  it("makes every item required except open answers", () => {
    for (const { item: it } of itemsInOrder(questionnaire)) expect(it.required).toBe(it.kind !== "open");
    const open = itemsInOrder(questionnaire).filter((p) => p.item.kind === "open").map((p) => p.item.variable);
    expect(open).toEqual(["Q22", "Q31"]);
    for (const v of open) {
      const it = item(v);
      if (it.kind === "open") expect(it.maxLength).toBe(1000);
    }
  });

  it("uses 98 only for 'Prefer not to answer' and 99 only for 'Hard to say'", () => {
    for (const v of answerVariables(questionnaire)) {
      for (const o of v.options ?? []) {
        if (o.label.en === "Hard to say") expect(o.code).toBe(HARD_TO_SAY);
        if (o.label.en === "Prefer not to answer") expect(o.code).toBe(PREFER_NOT);
        if (o.code === HARD_TO_SAY) expect(o.label.en).toBe("Hard to say");
        if (o.code === PREFER_NOT) expect(o.label.en).toBe("Prefer not to answer");
      }
    }
    expect(item("Q19").kind === "single" && item("Q19").required).toBe(true);
    expect(optionLabels("Q19")).toContain("Prefer not to answer");
  });

  it("is deeply frozen so no request can mutate the shared definition", () => {
    expect(Object.isFrozen(questionnaire)).toBe(true);
    expect(Object.isFrozen(questionnaire.parts[1]?.items[0]?.text)).toBe(true);
  });

  it("looks items up by item, sub-item, row and other variables", () => {
    expect(findItem(questionnaire, "Q26_2")?.item.variable).toBe("Q26");
    expect(findItem(questionnaire, "Q5_other")?.item.variable).toBe("Q5");
    expect(findItem(questionnaire, "Q11_3")?.part).toBe("II");
    expect(findItem(questionnaire, "Q99")).toBeUndefined();
    expect(() => getItem(questionnaire, "Q99")).toThrow(RangeError);
  });
});

describe("items quoted by the paper keep its wording and options", () => {
  it("S1", () => {
    expect(en(item("S1"))).toBe(
      "Have you had experience interacting with government officials as part of the performance of your functional duties?",
    );
  });

  it("Q9: who respondents want to see in front of them", () => {
    expect(en(item("Q9"))).toBe(
      "When meeting with the head of any government agency, who would you like to see in front of you?",
    );
    expect(optionLabels("Q9")[0]).toBe("A person who focuses on people");
    expect(optionLabels("Q9")).toHaveLength(5);
    expect(item("Q9").kind).toBe("single");
  });

  it("Q26: features of a Hearing state rated 1–10", () => {
    const q26 = item("Q26");
    // The paper's stem is kept as paperText (codebook); the screen asks about each feature.
    expect(q26.paperText?.en).toBe("Which of the following features of a “Hearing state” do you consider the most important?");
    expect(q26.text.en).toBe("How important is each of the following features of a “Hearing state”?");
    expect(q26.provenance).toBe("paper");
    expect(q26.kind).toBe("rating");
    if (q26.kind !== "rating") return;
    expect([q26.min, q26.max]).toEqual([1, 10]);
    expect([q26.minLabel.en, q26.maxLabel.en]).toEqual(["Low importance", "High importance"]);
    expect(q26.subItems?.map((s) => [s.variable, s.text.en])).toEqual([
      ["Q26_1", "The service nature of the public service"],
      ["Q26_2", "A developed infrastructure for citizens' access to governance"],
      ["Q26_3", "A high level of feedback"],
    ]);
  });

  it("Q27: principles of openness rated high / medium / low", () => {
    const q27 = item("Q27");
    expect(q27.text.en).toMatch(
      /^Building a dialogue for the development of both civil society as a whole and the territories in which it lives involves the implementation of several principles of openness of government bodies\./,
    );
    if (q27.kind !== "matrix") throw new Error("Q27 must be a matrix");
    expect(q27.rows[0]?.text.en).toBe("Openness and transparency of management");
    expect(q27.rows.map((r) => r.variable)).toEqual(["Q27_1", "Q27_2", "Q27_3", "Q27_4"]);
    expect(q27.scale.map((o) => [o.code, o.label.en])).toEqual([
      [1, "High"],
      [2, "Medium"],
      [3, "Low"],
      [99, "Hard to say"],
    ]);
  });

  it("Q28: mechanisms of involvement, at most two", () => {
    const q28 = item("Q28");
    if (q28.kind !== "multi") throw new Error("Q28 must be multi");
    expect(q28.maxSelections).toBe(2);
    expect(q28.options.slice(0, 3).map((o) => o.label.en)).toEqual([
      "Development of a communication culture through public councils and dialogue platforms",
      "Development of the information openness of government bodies",
      "Disclosure of legislative and creative initiatives of the population through crowdsourcing platforms",
    ]);
    expect(q28.otherCode).toBe(6);
    expect(q28.options.map((o) => [o.code, o.provenance ?? q28.provenance])).toEqual([
      [1, "paper"],
      [2, "paper"],
      [3, "paper"],
      [4, "added"],
      [5, "added"],
      [6, "added"],
      [99, "added"],
    ]);
    expect(q28.exclusiveCodes).toEqual([99]);
  });

  it("Q4 lists the 17 regions, the 3 cities of republican significance and 'nationwide'", () => {
    const labels = optionLabels("Q4");
    expect(labels).toHaveLength(21);
    expect(labels.filter((l) => l.endsWith("Region"))).toHaveLength(17);
    expect(labels).toEqual(expect.arrayContaining(["Astana city", "Almaty city", "Shymkent city", "Abai Region", "Zhetisu Region", "Ulytau Region"]));
    expect(labels.at(-1)).toMatch(/^Nationwide/);
  });

  it("multi-choice limits match the brief", () => {
    const limits = (v: string) => {
      const it = item(v);
      return it.kind === "multi" ? [it.maxSelections, it.exclusiveCodes, it.otherCode !== undefined] : undefined;
    };
    expect(limits("Q10")).toEqual([3, [99], true]);
    expect(limits("Q13")).toEqual([undefined, [99], true]);
    expect(limits("Q16")).toEqual([undefined, [], true]);
    expect(limits("Q25")).toEqual([3, [99], true]);
    expect(limits("Q28")).toEqual([2, [99], true]);
  });
});

describe("version 2 keeps version 1's codes (answers stored under v1 stay valid)", () => {
  // Codes of version 1, per closed item whose options changed in version 2: v2 may only append.
  const V1_CODES: Record<string, number[]> = {
    Q15: [1, 2, 3, 4, 5, 6],
    Q18: [1, 2, 3, 4, 99],
    Q24: [1, 2, 3, 4, 99],
    Q28: [1, 2, 3, 4, 5, 6],
    Q30: [1, 2, 3, 4, 99],
  };
  const codes = (v: string) => {
    const it = item(v);
    return it.kind === "single" || it.kind === "multi" ? it.options.map((o) => o.code) : [];
  };

  it("appends codes only", () => {
    for (const [v, old] of Object.entries(V1_CODES)) expect(codes(v)).toEqual(expect.arrayContaining(old));
    expect(codes("Q18")).toEqual([1, 2, 3, 4, 5, 99]);
    expect(codes("Q24")).toEqual([1, 2, 3, 4, 5, 99]);
    expect(codes("Q28")).toEqual([1, 2, 3, 4, 5, 6, 99]);
    expect(codes("Q30")).toEqual([1, 2, 3, 4, 5, 99]);
    expect(optionLabels("Q18")[4]).toBe("I have not raised an issue with them");
    expect(optionLabels("Q24")[4]).toBe("I do not deal with government bodies");
    expect(optionLabels("Q30")[4]).toBe("I have not heard of these centres");
  });

  it("keeps the routing of version 1 (only Q15–Q19 on S1 = Yes; Q24 asked of everyone)", () => {
    expect(item("Q24").showIf).toBeUndefined();
  });

  it("gives every item a provenance, and marks Q14 and Q9's other options as added", () => {
    for (const { item: it } of itemsInOrder(questionnaire)) expect(["paper", "paper-derived", "added"]).toContain(it.provenance);
    expect(item("S1").provenance).toBe("paper");
    expect(item("Q14").provenance).toBe("added");
    const q9 = item("Q9");
    if (q9.kind !== "single") throw new Error("Q9");
    expect(q9.options.map((o) => o.provenance ?? q9.provenance)).toEqual(["paper", "added", "added", "added", "added"]);
  });

  it("rejects an unknown provenance", () => {
    const def = structuredClone(instrument) as unknown as { screening: { provenance: string } };
    def.screening.provenance = "folklore";
    expect(questionnaireSchema.safeParse(def).success).toBe(false);
  });
});

describe("definition schema", () => {
  const clone = (): QuestionnaireInput => structuredClone(instrument);
  const problems = (def: QuestionnaireInput) => {
    const result = questionnaireSchema.safeParse(def);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };
  const partItems = (def: QuestionnaireInput, p: number) => {
    const part = def.parts[p];
    if (!part) throw new Error("no such part");
    return part.items;
  };

  it("accepts the instrument", () => {
    expect(problems(clone())).toEqual([]);
  });

  it("rejects duplicate variable names", () => {
    const def = clone();
    const first = partItems(def, 0)[0];
    if (first) first.variable = "Q2";
    expect(problems(def).join("\n")).toMatch(/"Q2" is already used/);
  });

  it("rejects a string missing in one language or left blank", () => {
    const def = clone();
    def.title = { kk: "Атауы", ru: "Название", en: " " };
    expect(problems(def).join("\n")).toMatch(/title\.en/);
    const def2 = clone() as unknown as { intro: Record<string, string> };
    delete def2.intro.kk;
    expect(questionnaireSchema.safeParse(def2).success).toBe(false);
  });

  it("rejects routing to a later item, to an unknown code or to an open answer", () => {
    const forward = clone();
    const q8 = partItems(forward, 1)[0];
    if (q8) q8.showIf = { variable: "Q9", op: "equals", value: 1 };
    expect(problems(forward).join("\n")).toMatch(/"Q9" is not an answer of an earlier item/);

    const badCode = clone();
    const q8b = partItems(badCode, 1)[0];
    if (q8b) q8b.showIf = { variable: "S1", op: "in", values: [1, 7] };
    expect(problems(badCode).join("\n")).toMatch(/"S1" cannot take the value 7/);

    const open = clone();
    const q23 = partItems(open, 2)[0];
    if (q23) q23.showIf = { variable: "Q22", op: "notIn", values: [1] };
    expect(problems(open).join("\n")).toMatch(/text answer/);
  });

  it("rejects selection limits inconsistent with the options", () => {
    const def = clone();
    const q28 = partItems(def, 2).find((i) => i.variable === "Q28");
    if (q28?.kind === "multi") q28.maxSelections = 12;
    expect(problems(def).join("\n")).toMatch(/maxSelections 12 exceeds/);

    const def2 = clone();
    const q10 = partItems(def2, 1).find((i) => i.variable === "Q10");
    if (q10?.kind === "multi") q10.minSelections = 4;
    expect(problems(def2).join("\n")).toMatch(/minSelections 4 exceeds the maximum 3/);

    const def3 = clone();
    const q13 = partItems(def3, 1).find((i) => i.variable === "Q13");
    if (q13?.kind === "multi") q13.exclusiveCodes = [42];
    expect(problems(def3).join("\n")).toMatch(/exclusive code 42 is not an option/);
  });

  it("rejects codes out of display order, 'other' without placeholder and misnamed sub-items", () => {
    const def = clone();
    const q1 = partItems(def, 0)[0];
    if (q1?.kind === "single") q1.options = [...q1.options].reverse();
    expect(problems(def).join("\n")).toMatch(/code/);

    const def2 = clone();
    const q5 = partItems(def2, 0).find((i) => i.variable === "Q5");
    if (q5?.kind === "single") delete q5.otherPlaceholder;
    expect(problems(def2).join("\n")).toMatch(/otherCode and otherPlaceholder/);

    const def3 = clone();
    const q26 = partItems(def3, 2).find((i) => i.variable === "Q26");
    const sub = q26?.kind === "rating" ? q26.subItems?.[1] : undefined;
    if (sub) sub.variable = "Q26_7";
    expect(problems(def3).join("\n")).toMatch(/expected "Q26_2"/);
  });

  it("rejects unknown properties (typos in the definition)", () => {
    const def = clone() as unknown as { parts: { items: Record<string, unknown>[] }[] };
    const first = def.parts[0]?.items[0];
    if (first) first.requried = false;
    expect(questionnaireSchema.safeParse(def).success).toBe(false);
  });

  it("loadQuestionnaire reports every problem with its path", () => {
    const def = clone();
    def.version = 0;
    expect(() => loadQuestionnaire(def)).toThrow(/version/);
  });
});
