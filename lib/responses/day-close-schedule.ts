// When the day close runs: from a timer the server process owns (started by
// instrumentation.ts), at start and a few seconds after each day ends in
// RESULTS_TIMEZONE, whatever requests arrive or not. Decisions read lib/clock; the
// timer only waits. It also checks at least once a minute, so a clock that jumps (a
// suspended machine, an NTP correction) delays a close by a minute at most.
import { nowMs } from "@/lib/clock";
import { dateIn } from "./release";

/** The close runs this long after a day has ended. */
export const CLOSE_DELAY_MS = 5_000;
/** The longest wait between two looks at the clock. */
export const CHECK_EVERY_MS = 60_000;

/** The first instant after `at` (epoch ms) on a later date in `timeZone`: the next midnight there. */
export function nextDayStart(at: number, timeZone: string): number {
  const today = dateIn(timeZone, new Date(at));
  let lo = at;
  let hi = at + 3_600_000;
  while (dateIn(timeZone, new Date(hi)) === today) hi += 3_600_000;
  // Binary search to the millisecond: dateIn(lo) is today, dateIn(hi) is not.
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (dateIn(timeZone, new Date(mid)) === today) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** How long the timer waits after looking at the clock at `at`. */
export function nextCheckDelay(at: number, timeZone: string): number {
  return Math.max(1_000, Math.min(CHECK_EVERY_MS, nextDayStart(at, timeZone) + CLOSE_DELAY_MS - at));
}

export type DayCloseTimer = {
  /** One look at the clock (what the timer does each time it fires). */
  tick: () => Promise<void>;
  stop: () => void;
};

export type DayCloseTimerOptions = {
  timeZone: string;
  /** Closes every ended day not closed yet (lib/responses/day-close.ts). */
  close: () => Promise<unknown>;
  /** Hourly clean-up with no time signal (lib/db/housekeeping.ts); it limits itself. */
  housekeep?: () => Promise<unknown>;
  onError?: (error: unknown) => void;
};

/**
 * Starts the timer: a close at once (the server may have been down at midnight), then
 * one each time the date in `timeZone` changes. A failed close is retried at the next
 * look, a minute later at most.
 */
export function startDayCloseTimer(options: DayCloseTimerOptions): DayCloseTimer {
  let closedFor: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<void> | undefined;

  const look = async () => {
    const today = dateIn(options.timeZone, new Date(nowMs()));
    if (today !== closedFor) {
      try {
        await options.close();
        closedFor = today;
      } catch (e) {
        options.onError?.(e);
      }
    }
    try {
      await options.housekeep?.();
    } catch (e) {
      options.onError?.(e);
    }
  };
  const tick = () => (running ??= look().finally(() => (running = undefined)));
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void tick().then(schedule), nextCheckDelay(nowMs(), options.timeZone));
    timer.unref?.();
  };
  void tick().then(schedule);
  return {
    tick,
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
