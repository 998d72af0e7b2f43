import { afterEach, describe, expect, it } from "vitest";
import { advanceClock, now, nowMs, resetClock, setClock } from "./index";

afterEach(() => resetClock());

describe("the clock for decisions", () => {
  it("follows the system clock until a test sets it", () => {
    const before = Date.now();
    const read = nowMs();
    const after = Date.now();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(after);
    expect(now()).toBeInstanceOf(Date);
  });

  it("stays at the instant it was set to, given as a Date or as milliseconds", async () => {
    setClock(new Date("2026-12-02T02:00:00Z"));
    expect(now().toISOString()).toBe("2026-12-02T02:00:00.000Z");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(nowMs()).toBe(Date.parse("2026-12-02T02:00:00Z"));
    setClock(Date.parse("2026-12-02T20:30:00Z"));
    expect(now().toISOString()).toBe("2026-12-02T20:30:00.000Z");
  });

  it("hands out a new Date each time, so a caller mutating one cannot move the clock", () => {
    setClock(new Date("2026-12-02T02:00:00Z"));
    const first = now();
    first.setUTCFullYear(2000);
    expect(now().toISOString()).toBe("2026-12-02T02:00:00.000Z");
  });

  it("follows a function when given one", () => {
    let t = Date.parse("2026-12-02T18:59:00Z");
    setClock(() => new Date(t));
    expect(now().toISOString()).toBe("2026-12-02T18:59:00.000Z");
    t += 120_000;
    expect(now().toISOString()).toBe("2026-12-02T19:01:00.000Z");
    setClock(() => 0);
    expect(nowMs()).toBe(0);
  });

  it("moves forward by advanceClock, from a fixed instant or from wherever a function clock is", () => {
    setClock(new Date("2026-12-02T18:59:00Z"));
    advanceClock(60_000);
    advanceClock(60_000);
    expect(now().toISOString()).toBe("2026-12-02T19:01:00.000Z");
    setClock(() => Date.parse("2026-01-01T00:00:00Z"));
    advanceClock(86_400_000);
    expect(now().toISOString()).toBe("2026-01-02T00:00:00.000Z");
  });

  it("returns to the system clock on resetClock", () => {
    setClock(0);
    resetClock();
    expect(Math.abs(nowMs() - Date.now())).toBeLessThan(1_000);
  });
});
