// Who may answer: anyone with the link ("open", the default) or only someone holding an
// invitation code ("code"). In the Setting table like the survey's status, so every
// instance sees the same; changed by admins only, and audited by the caller.
import "server-only";
import type { Db } from "@/lib/db/client";

export const ACCESS_MODES = ["open", "code"] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];
export const ACCESS_KEY = "survey.access";

export async function getAccessMode(db: Db): Promise<AccessMode> {
  const row = await db.setting.findUnique({ where: { key: ACCESS_KEY } });
  return row?.value === "code" ? "code" : "open";
}

export async function setAccessMode(db: Db, mode: AccessMode): Promise<void> {
  await db.setting.upsert({ where: { key: ACCESS_KEY }, create: { key: ACCESS_KEY, value: mode }, update: { value: mode } });
}
