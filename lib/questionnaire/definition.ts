// The validated instrument. Parsing at module load means a broken definition fails the
// first import (server start, build, every test) instead of a respondent's submission.
import { questionnaireSchema } from "./definition-schema";
import { instrument } from "./instrument";
import type { Questionnaire } from "./types";
import { versionOf } from "./version";

export { versionOf };

/** Parses and validates a definition; throws a readable error listing every problem. */
export function loadQuestionnaire(input: unknown): Questionnaire {
  const parsed = questionnaireSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`Invalid questionnaire definition:\n${lines.join("\n")}`);
  }
  return deepFreeze(parsed.data);
}

// One shared object serves every request and render; freezing it turns an accidental
// mutation into an immediate TypeError rather than a corrupted instrument.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The code instrument, validated: the seed a fresh database serves and the base of every
 * text version. Request paths never read it: they ask lib/questionnaire/active.server.ts.
 */
export const seedQuestionnaire: Questionnaire = loadQuestionnaire(instrument);

/** @deprecated request paths read activeQuestionnaire() (active.server.ts); kept for tests, scripts and benches. */
export const questionnaire: Questionnaire = seedQuestionnaire;

/** @deprecated the seed's version; request paths read activeQuestionnaireVersion(). */
export const questionnaireVersion: string = versionOf(questionnaire);

/**
 * Earlier versions whose answers are valid under the current one (codes only appended,
 * routing unchanged: versions.test.ts proves it for each). A submission recorded under one
 * of them (say, a draft begun offline before a deploy) can still be accepted.
 */
export const compatibleVersions: readonly string[] = Object.freeze(["hearing-state@1"]);
