import "server-only";
// The server process's day-close timer (started once, from instrumentation.ts): the
// schedule of day-close-schedule.ts on the app's own database client.
import { getDb } from "@/lib/db/client";
import { housekeepOccasionally } from "@/lib/db/housekeeping";
import { closeSubmissionDays } from "./day-close";
import { startDayCloseTimer, type DayCloseTimer } from "./day-close-schedule";
import { releaseSettings } from "./release";

const holder = globalThis as unknown as { __tyndauDayCloseTimer?: DayCloseTimer };

/** Starts the timer unless this process already runs it. */
export function startServerDayClose(): void {
  holder.__tyndauDayCloseTimer ??= startDayCloseTimer({
    timeZone: releaseSettings().timeZone,
    close: async () => {
      const result = await closeSubmissionDays(await getDb());
      if (result.rewritten > 0) console.log(`tyndau: day close rewrote ${result.rewritten} response(s) of the days through ${result.through}`);
    },
    housekeep: async () => housekeepOccasionally(await getDb()),
    // The error code only, as for a failed submission: never a path or a row.
    onError: (e) => console.warn(`tyndau: day close or housekeeping failed (${(e as { code?: string }).code ?? (e instanceof Error ? e.name : "error")}); retrying within a minute`),
  });
}
