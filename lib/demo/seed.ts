// Writes demo responses through the production batch writer (storeRecords in
// lib/responses/batch-store.ts), so the Response and Answer rows and the filter
// columns are exactly what real submissions leave and the dashboard reads. Like
// a submission, a demo response is refused while the survey is closed.
import type { Db } from "@/lib/db/client";
import { questionnaire, questionnaireVersion } from "@/lib/questionnaire";
import { storeRecords } from "@/lib/responses/batch-store";
import { recordQuestionnaireVersion } from "@/lib/responses/versions";
import { demoResponses } from "./demo";

/** Responses per transaction: the largest batch the group committer writes at once. */
const BATCH = 200;

export async function seedDemoResponses(
  db: Db,
  options: { count: number; seed?: number; endDate?: string; onProgress?: (done: number) => void },
): Promise<{ created: number; refusedClosed: number }> {
  // As submitResponse does before every write: the version's definition is kept beside its responses.
  await recordQuestionnaireVersion(db, questionnaire);
  const responses = demoResponses(questionnaire, options).map((r) => ({ ...r, questionnaireVersion }));
  const outcomes = await storeRecords(db, responses, { batchSize: BATCH, onProgress: options.onProgress });
  return {
    created: outcomes.filter((o) => o.status === "created").length,
    refusedClosed: outcomes.filter((o) => o.status === "closed").length,
  };
}
