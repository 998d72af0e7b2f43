import { afterEach, beforeEach, vi } from "vitest";

// A console.error in a unit test is a bug we would otherwise miss (epic-stack's rule):
// the test that triggered it fails. Tests that expect one can mock console.error themselves.
let spy: ReturnType<typeof vi.spyOn> | undefined;
beforeEach(() => {
  spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(" ")}`);
  });
});
afterEach(() => {
  spy?.mockRestore();
});
