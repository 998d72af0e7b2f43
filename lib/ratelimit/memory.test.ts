import { describe, expect, it } from "vitest";
import { MemoryLimiter } from "./memory";

describe("in-memory limiter", () => {
  it("allows up to the limit in a window, refuses with Retry-After, then opens a new window", () => {
    const l = new MemoryLimiter();
    const rule = { limit: 3, windowMs: 60_000 };
    for (let i = 0; i < 3; i++) expect(l.hit("a", rule, i * 1000).allowed).toBe(true);
    expect(l.peek("a", rule, 10_000).allowed).toBe(false);
    expect(l.hit("a", rule, 10_000)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 50 });
    expect(l.hit("a", rule, 61_000).allowed).toBe(true);
    expect(l.hit("b", rule, 10_000).allowed).toBe(true);
  });

  it("blocks for blockMs once the limit is reached; refund and reset take hits back", () => {
    const l = new MemoryLimiter();
    const rule = { limit: 2, windowMs: 60_000, blockMs: 600_000 };
    expect(l.hit("k", rule, 0).allowed).toBe(true);
    expect(l.hit("k", rule, 0)).toMatchObject({ allowed: true, remaining: 0 });
    expect(l.peek("k", rule, 100_000)).toMatchObject({ allowed: false, retryAfterSeconds: 500 });
    expect(l.peek("k", rule, 600_001).allowed).toBe(true);
    const free = new MemoryLimiter();
    free.hit("x", { limit: 1, windowMs: 1000 }, 0);
    free.refund("x");
    expect(free.hit("x", { limit: 1, windowMs: 1000 }, 1).allowed).toBe(true);
    free.reset("x");
    expect(free.size).toBe(0);
  });

  it("stays bounded in memory under a flood of fresh keys", () => {
    const l = new MemoryLimiter(1000);
    for (let i = 0; i < 10_000; i++) l.hit(`key-${i}`, { limit: 5, windowMs: 60_000 }, i);
    expect(l.size).toBeLessThanOrEqual(1000);
  });
});
