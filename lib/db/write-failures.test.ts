import { afterEach, describe, expect, it } from "vitest";
import { resetClock, setClock, advanceClock } from "@/lib/clock";
import { recentWriteFailure, recordWriteFailure, recordWriteSuccess, WRITE_FAILURE_WINDOW_MS } from "./write-failures";

afterEach(() => {
  recordWriteSuccess();
  resetClock();
});

describe("the last failed submission write, for /api/health", () => {
  it("is reported with its reason code for 30 s, then forgotten", () => {
    setClock(new Date("2026-12-02T03:00:00Z"));
    expect(recentWriteFailure()).toBeNull();
    recordWriteFailure(Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" }));
    expect(recentWriteFailure()).toBe("disk-full");
    advanceClock(WRITE_FAILURE_WINDOW_MS - 1);
    expect(recentWriteFailure()).toBe("disk-full");
    advanceClock(1);
    expect(recentWriteFailure()).toBeNull();
  });

  it("is cleared by a submission write that commits", () => {
    setClock(new Date("2026-12-02T18:59:59Z"));
    recordWriteFailure(new Error("attempt to write a readonly database"));
    expect(recentWriteFailure()).toBe("read-only");
    recordWriteSuccess();
    expect(recentWriteFailure()).toBeNull();
  });
});
