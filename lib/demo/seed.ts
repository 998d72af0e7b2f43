// Writes demo responses through the same write path as real submissions (storeResponse),
// so the Answer rows and filter columns are exactly what the dashboard reads.
import type { Db, Provider } from "@/lib/db/client";
import { questionnaire, questionnaireVersion } from "@/lib/questionnaire";
import { storeResponse } from "@/lib/responses/store";
import { demoResponses } from "./demo";

export async function seedDemoResponses(
  db: Db,
  provider: Provider,
  options: { count: number; seed?: number; endDate?: string; onProgress?: (done: number) => void },
): Promise<{ created: number }> {
  const responses = demoResponses(questionnaire, options);
  // Concurrent writes help PostgreSQL; SQLite serialises them anyway.
  const batch = provider === "postgresql" ? 16 : 1;
  let created = 0;
  for (let i = 0; i < responses.length; i += batch) {
    const results = await Promise.all(
      responses.slice(i, i + batch).map((r) => storeResponse(db, { ...r, questionnaireVersion })),
    );
    created += results.filter((r) => r.status === "created").length;
    if (options.onProgress && (i / batch) % 500 === 0) options.onProgress(i + batch);
  }
  return { created };
}
