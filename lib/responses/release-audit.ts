// The results-release setting (RESULTS_DELAY, RESULTS_TIMEZONE) is recorded in the
// audit log whenever a process finds it different from the last recorded value, so
// the log shows when results were made visible at once and when by day.
// Called from staff paths only (the survey-control page), never from a submission:
// the audit row carries a time, which must not be the time someone submitted.
import "server-only";
import { audit } from "@/lib/audit/log";
import type { Db } from "@/lib/db/client";
import { releaseSettings, type ReleaseSettings } from "./release";

const checked = new WeakMap<Db, Promise<boolean>>();

async function recordIfChanged(db: Db, settings: ReleaseSettings): Promise<boolean> {
  const last = await db.auditLog.findFirst({ where: { action: "results-release" }, orderBy: { id: "desc" }, select: { details: true } });
  const details = { delay: settings.delay, timeZone: settings.timeZone };
  if (last && last.details === JSON.stringify(details)) return false;
  await audit(db, { action: "results-release", details });
  return true;
}

/** Once per process and database: records the setting if it changed. Never throws. */
export function recordReleaseSetting(db: Db, settings: ReleaseSettings = releaseSettings()): Promise<boolean> {
  let done = checked.get(db);
  if (!done) {
    done = recordIfChanged(db, settings).catch(() => {
      checked.delete(db);
      return false;
    });
    checked.set(db, done);
  }
  return done;
}
