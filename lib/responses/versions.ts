// Every questionnaire version that responses were stored against is kept in the
// QuestionnaireVersion table with its full definition, so a response can always be read
// against the exact wording it answered, even after the instrument changes.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { Questionnaire } from "@/lib/questionnaire/types";
import { versionOf } from "@/lib/questionnaire/version";

// Once per client and version per process: after that the row exists.
const recorded = new WeakMap<Db, Set<string>>();

export async function recordQuestionnaireVersion(db: Db, def: Questionnaire): Promise<void> {
  const key = versionOf(def);
  const seen = recorded.get(db) ?? new Set<string>();
  if (seen.has(key)) return;
  try {
    await db.questionnaireVersion.upsert({
      where: { key },
      create: { key, id: def.id, version: def.version, definition: JSON.stringify(def) },
      update: {},
    });
  } catch (error) {
    // Two instances inserting the same version at once: the other one won, which is fine.
    if ((error as { code?: unknown }).code !== "P2002") throw error;
  }
  seen.add(key);
  recorded.set(db, seen);
}
