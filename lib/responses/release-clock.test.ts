// Release by day and the day close decide from lib/clock, never from the system clock:
// here the system clock is made to disagree with lib/clock on the date in
// RESULTS_TIMEZONE, and every default must follow lib/clock. Reading `new Date()`
// anywhere in these paths makes these tests fail.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetClock, setClock } from "@/lib/clock";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";
import { closeSubmissionDays } from "./day-close";
import { responseWhere } from "./filters";
import { addDays, dateIn, lastReleasedDate, releaseCutoff, releaseSettings, submissionDate } from "./release";

const almaty = { delay: "day", timeZone: "Asia/Almaty" } as const;
// 07:00 on 2 December in Almaty (UTC+5) and 01:30 on 3 December.
const MORNING = new Date("2026-12-02T02:00:00Z");
const AFTER_MIDNIGHT = new Date("2026-12-02T20:30:00Z");

function systemClockAt(at: Date): void {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(at);
}

afterEach(() => {
  vi.useRealTimers();
  resetClock();
});

describe("release by day follows lib/clock, not the system clock", () => {
  it("dates submissions, cuts off and names the last released day from lib/clock", () => {
    systemClockAt(MORNING);
    setClock(AFTER_MIDNIGHT);
    expect(submissionDate(undefined, almaty)).toBe("2026-12-03");
    expect(releaseCutoff(undefined, almaty)).toBe("2026-12-03");
    expect(lastReleasedDate(undefined, almaty)).toBe("2026-12-02");

    systemClockAt(AFTER_MIDNIGHT);
    setClock(MORNING);
    expect(submissionDate(undefined, almaty)).toBe("2026-12-02");
    expect(releaseCutoff(undefined, almaty)).toBe("2026-12-02");
    expect(lastReleasedDate(undefined, almaty)).toBe("2026-12-01");
  });

  it("filters staff views by lib/clock's day", () => {
    const { delay, timeZone } = releaseSettings();
    systemClockAt(MORNING);
    setClock(AFTER_MIDNIGHT);
    const where = JSON.stringify(responseWhere({}));
    if (delay === "none") return void expect(where).not.toContain("submittedOn");
    // The shared response filter behind the dashboard and every export.
    expect(dateIn(timeZone, AFTER_MIDNIGHT)).not.toBe(dateIn(timeZone, MORNING));
    expect(where).toContain(`"lt":"${dateIn(timeZone, AFTER_MIDNIGHT)}"`);
  });

  it("names the last released day: yesterday in the zone, or today without a delay", () => {
    const la = { delay: "day", timeZone: "America/Los_Angeles" } as const;
    // 18:00 on 1 December in Los Angeles (UTC−8), 2 December in UTC and Almaty.
    const at = new Date("2026-12-02T02:00:00Z");
    expect(lastReleasedDate(at, la)).toBe("2026-11-30");
    expect(lastReleasedDate(at, { delay: "none", timeZone: "America/Los_Angeles" })).toBe("2026-12-01");
    expect(lastReleasedDate(at, almaty)).toBe("2026-12-01");
    expect(lastReleasedDate(at, { delay: "none", timeZone: "Asia/Almaty" })).toBe("2026-12-02");
    // One minute either side of midnight in Almaty (19:00 UTC).
    expect(lastReleasedDate(new Date("2026-12-02T18:59:00Z"), almaty)).toBe("2026-12-01");
    expect(lastReleasedDate(new Date("2026-12-02T19:01:00Z"), almaty)).toBe("2026-12-02");
  });

  it("moves calendar dates across month and year ends", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
});

await describeEachDatabase("the day close follows lib/clock", ({ create }) => {
  const suite = useTestDatabase(create);
  const ids = Array.from({ length: 5 }, () => randomUUID());

  beforeEach(async () => {
    const { db } = suite.handle;
    await db.response.deleteMany({});
    await db.setting.deleteMany({});
    for (const id of ids) {
      await db.response.create({ data: { id, questionnaireVersion: "v@1", locale: "ru", submittedOn: "2026-12-02", answers: "{}", answersHash: id } });
    }
  });
  afterAll(() => resetClock());

  it("leaves a day open while lib/clock says it has not ended, whatever the system clock says", async () => {
    systemClockAt(AFTER_MIDNIGHT);
    setClock(MORNING);
    expect(await closeSubmissionDays(suite.handle.db, undefined, almaty)).toEqual({ rewritten: 0, through: null });
  });

  it("closes the day once lib/clock has passed midnight in RESULTS_TIMEZONE", async () => {
    systemClockAt(MORNING);
    setClock(AFTER_MIDNIGHT);
    const result = await closeSubmissionDays(suite.handle.db, undefined, almaty);
    // Both databases rewrite the ended day (SQLite: VACUUM; PostgreSQL: shadow tables).
    expect(result).toEqual({ rewritten: 5, through: "2026-12-02" });
  });
});
