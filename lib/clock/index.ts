// The one clock for decisions (docs/decisions/007-time-is-an-input.md): release by day,
// the day close, sessions, throttles, backups' names, demo dates. Code that decides
// something from the time asks this module, so a test can set the instant instead of
// depending on the hour it happens to run at. Durations measured for their own sake
// (a benchmark, a wait with a deadline) may keep reading the monotonic clock.
//
// Tests: `setClock(new Date("2026-12-02T02:00:00Z"))` fixes the instant,
// `setClock(() => …)` makes it follow a function, `resetClock()` returns to the system
// clock. Whole processes (production servers in system tests) are moved with Debian's
// `faketime`, which this module honours because it reads the system clock.

type Source = () => number;

const systemSource: Source = () => Date.now();
let source: Source = systemSource;

/** The current instant, in milliseconds since the epoch. */
export function nowMs(): number {
  return source();
}

/** The current instant. */
export function now(): Date {
  return new Date(source());
}

/** For tests: fix the clock at an instant, or make it follow a function. */
export function setClock(at: Date | number | (() => Date | number)): void {
  if (typeof at === "function") source = () => +at();
  else {
    const fixed = +at;
    source = () => fixed;
  }
}

/** For tests: move a fixed or function clock forward by `ms`. */
export function advanceClock(ms: number): void {
  const current = source();
  source = () => current + ms;
}

/** For tests: back to the system clock. */
export function resetClock(): void {
  source = systemSource;
}
