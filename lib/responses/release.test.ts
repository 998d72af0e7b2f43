import { describe, expect, it } from "vitest";
import { dateIn, releaseCutoff, releaseSettings, submissionDate } from "./release";

describe("results released by day", () => {
  it("dates a submission in the configured time zone", () => {
    const lateEveningUtc = new Date("2026-11-27T20:30:00Z"); // 01:30 on the 28th in Almaty (UTC+5)
    expect(dateIn("Asia/Almaty", lateEveningUtc)).toBe("2026-11-28");
    expect(dateIn("UTC", lateEveningUtc)).toBe("2026-11-27");
    expect(submissionDate(lateEveningUtc, { delay: "day", timeZone: "Asia/Almaty" })).toBe("2026-11-28");
  });
  it("releases a day once it has ended, or at once with RESULTS_DELAY=none", () => {
    const now = new Date("2026-11-28T06:00:00Z");
    expect(releaseCutoff(now, { delay: "day", timeZone: "Asia/Almaty" })).toBe("2026-11-28");
    expect(releaseCutoff(now, { delay: "none", timeZone: "Asia/Almaty" })).toBeUndefined();
  });
  it("defaults to a day in Asia/Almaty and refuses unknown values", () => {
    expect(releaseSettings({})).toEqual({ delay: "day", timeZone: "Asia/Almaty" });
    expect(releaseSettings({ RESULTS_DELAY: "none", RESULTS_TIMEZONE: "UTC" })).toEqual({ delay: "none", timeZone: "UTC" });
    expect(() => releaseSettings({ RESULTS_DELAY: "week" })).toThrow();
    expect(() => releaseSettings({ RESULTS_TIMEZONE: "Mars/Olympus" })).toThrow();
  });
});
