// Whether the survey accepts responses. Staff open and close it (and write the audit
// entry themselves); respondent pages and the submission API only read it. The value
// lives in the Setting table so every app instance on the database sees the same state.
import "server-only";
import type { Db } from "@/lib/db/client";

export type SurveyStatus = "open" | "closed";

export const SURVEY_STATUS_KEY = "survey.status";

/** The survey is open unless staff have closed it (a missing setting means open). */
export async function getSurveyStatus(db: Db): Promise<SurveyStatus> {
  const row = await db.setting.findUnique({ where: { key: SURVEY_STATUS_KEY } });
  return row?.value === "closed" ? "closed" : "open";
}

export async function setSurveyStatus(db: Db, status: SurveyStatus): Promise<void> {
  await db.setting.upsert({
    where: { key: SURVEY_STATUS_KEY },
    create: { key: SURVEY_STATUS_KEY, value: status },
    update: { value: status },
  });
}
