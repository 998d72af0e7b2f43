// Results released by day (docs/anonymity.md). A response becomes visible to staff
// views and exports only once the day it was submitted on has ended, so comparing
// two views or two exports taken the same day never singles out one submission.
// Days are calendar days in RESULTS_TIMEZONE (default Asia/Almaty); the submission
// date stored with every response is computed in the same zone.
// RESULTS_DELAY=none turns the delay off (pilots, tests).
import { z } from "zod";
import { now as clockNow } from "@/lib/clock";
import { env } from "../env";

export type ResultsDelay = "day" | "none";
export type ReleaseSettings = { delay: ResultsDelay; timeZone: string };

export const DEFAULT_RESULTS_TIMEZONE = "Asia/Almaty";

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const resultsDelaySchema = z.enum(["day", "none"]).default("day");
export const resultsTimezoneSchema = z.string().default(DEFAULT_RESULTS_TIMEZONE).refine(isTimeZone, "an IANA time zone, e.g. Asia/Almaty or UTC");

/** The release settings of this process (lib/env.ts), or parsed from `source`. */
export function releaseSettings(source?: Record<string, string | undefined>): ReleaseSettings {
  if (source === undefined) {
    const { RESULTS_DELAY, RESULTS_TIMEZONE } = env();
    return { delay: RESULTS_DELAY, timeZone: RESULTS_TIMEZONE };
  }
  const delay = resultsDelaySchema.parse(source.RESULTS_DELAY || undefined);
  const timeZone = resultsTimezoneSchema.parse(source.RESULTS_TIMEZONE || undefined);
  return { delay, timeZone };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateIn(timeZone: string, now: Date = clockNow()): string {
  let f = formatters.get(timeZone);
  if (!f) formatters.set(timeZone, (f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })));
  return f.format(now);
}

/** The submission date stored with a response: today in RESULTS_TIMEZONE. */
export function submissionDate(now: Date = clockNow(), settings: ReleaseSettings = releaseSettings()): string {
  return dateIn(settings.timeZone, now);
}

/**
 * The first day whose responses are not released yet (today in RESULTS_TIMEZONE),
 * or undefined when results are not delayed. Visible: submittedOn < this date.
 */
export function releaseCutoff(now: Date = clockNow(), settings: ReleaseSettings = releaseSettings()): string | undefined {
  return settings.delay === "day" ? dateIn(settings.timeZone, now) : undefined;
}

/** A calendar date (YYYY-MM-DD) moved by whole days; calendar arithmetic, no time zone involved. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The last submission day staff can see now: yesterday in RESULTS_TIMEZONE, or today
 * when results are not delayed. Demo data end on it, so everything seeded is visible
 * at once whatever the hour.
 */
export function lastReleasedDate(now: Date = clockNow(), settings: ReleaseSettings = releaseSettings()): string {
  const cutoff = releaseCutoff(now, settings);
  return cutoff === undefined ? dateIn(settings.timeZone, now) : addDays(cutoff, -1);
}

/** Nothing to forget any more: env() notices a changed RESULTS_DELAY itself. Kept for the tests that call it. */
export function resetReleaseSettings(): void {}
