import { afterEach, expect, it, vi } from "vitest";
import { resetClock, setClock } from "@/lib/clock";
import { CHECK_EVERY_MS, CLOSE_DELAY_MS, nextCheckDelay, nextDayStart, startDayCloseTimer } from "./day-close-schedule";

afterEach(() => {
  vi.useRealTimers();
  resetClock();
});

const at = (iso: string) => Date.parse(iso);

it("finds the next midnight in Asia/Almaty (UTC+5) and in UTC, across days, months and years", () => {
  // 23:59:59 in Almaty is 18:59:59 UTC.
  expect(new Date(nextDayStart(at("2026-11-27T18:59:59Z"), "Asia/Almaty")).toISOString()).toBe("2026-11-27T19:00:00.000Z");
  // Just after midnight in Almaty: the next one is a day later.
  expect(new Date(nextDayStart(at("2026-11-27T19:00:00Z"), "Asia/Almaty")).toISOString()).toBe("2026-11-28T19:00:00.000Z");
  // Still the 27th in UTC at 22:00 UTC, while Almaty is on the 28th already.
  expect(new Date(nextDayStart(at("2026-11-27T22:00:00Z"), "UTC")).toISOString()).toBe("2026-11-28T00:00:00.000Z");
  expect(new Date(nextDayStart(at("2026-11-27T22:00:00Z"), "Asia/Almaty")).toISOString()).toBe("2026-11-28T19:00:00.000Z");
  expect(new Date(nextDayStart(at("2026-12-31T23:30:00Z"), "UTC")).toISOString()).toBe("2027-01-01T00:00:00.000Z");
  expect(new Date(nextDayStart(at("2026-02-28T12:00:00Z"), "Asia/Almaty")).toISOString()).toBe("2026-02-28T19:00:00.000Z");
  // A day with a daylight-saving change is 23 hours long.
  expect(new Date(nextDayStart(at("2026-03-29T00:30:00Z"), "Europe/Berlin")).toISOString()).toBe("2026-03-29T22:00:00.000Z");
});

it("waits until a few seconds after midnight, but never more than a minute between looks", () => {
  expect(nextCheckDelay(at("2026-11-27T18:59:30Z"), "Asia/Almaty")).toBe(30_000 + CLOSE_DELAY_MS);
  expect(nextCheckDelay(at("2026-11-27T12:00:00Z"), "Asia/Almaty")).toBe(CHECK_EVERY_MS);
  expect(nextCheckDelay(at("2026-11-27T23:59:58Z"), "UTC")).toBe(2_000 + CLOSE_DELAY_MS);
});

async function runTimer(start: string, timeZone: string, minutes: number) {
  vi.useFakeTimers({ now: at(start), toFake: ["setTimeout", "clearTimeout", "Date"] });
  setClock(() => Date.now());
  const closes: string[] = [];
  const timer = startDayCloseTimer({ timeZone, close: async () => void closes.push(new Date(Date.now()).toISOString()) });
  await vi.advanceTimersByTimeAsync(minutes * 60_000);
  timer.stop();
  return closes;
}

it("closes at start and within seconds of each midnight in Asia/Almaty, whatever requests arrive", async () => {
  const closes = await runTimer("2026-11-27T18:57:10Z", "Asia/Almaty", 30);
  expect(closes).toHaveLength(2);
  expect(closes[0]).toBe("2026-11-27T18:57:10.000Z");
  const second = Date.parse(closes[1]!) - at("2026-11-27T19:00:00Z");
  expect(second).toBeGreaterThanOrEqual(0);
  expect(second).toBeLessThan(2 * 60_000);
});

it("closes after midnight UTC when RESULTS_TIMEZONE is UTC, and not at Almaty's midnight", async () => {
  const closes = await runTimer("2026-11-27T18:30:00Z", "UTC", 6 * 60);
  expect(closes).toHaveLength(2);
  const second = Date.parse(closes[1]!) - at("2026-11-28T00:00:00Z");
  expect(second).toBeGreaterThanOrEqual(0);
  expect(second).toBeLessThan(2 * 60_000);
});

it("retries a failed close at the next look", async () => {
  vi.useFakeTimers({ now: at("2026-11-27T10:00:00Z"), toFake: ["setTimeout", "clearTimeout", "Date"] });
  setClock(() => Date.now());
  let calls = 0;
  const errors: unknown[] = [];
  const timer = startDayCloseTimer({
    timeZone: "UTC",
    close: async () => {
      calls++;
      if (calls === 1) throw new Error("busy");
    },
    onError: (e) => errors.push(e),
  });
  await vi.advanceTimersByTimeAsync(5 * 60_000);
  timer.stop();
  expect(calls).toBe(2);
  expect(errors).toHaveLength(1);
});
