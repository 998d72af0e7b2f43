// Whether a day close is rewriting the SQLite file in this process right now. The raw
// batch writer then keeps retrying SQLITE_BUSY past its usual deadline: a submission
// waits for the close instead of failing (docs/anonymity.md, BENCHMARKS.md). Kept on
// globalThis because the route handlers and instrumentation.ts are bundled as separate
// copies of this module, yet run in one process.
const holder = globalThis as unknown as { __tyndauDayCloseRunning?: number };

export function dayCloseRunning(): boolean {
  return (holder.__tyndauDayCloseRunning ?? 0) > 0;
}

/** Runs `work` with the flag raised. */
export async function whileDayCloseRuns<T>(work: () => Promise<T>): Promise<T> {
  holder.__tyndauDayCloseRunning = (holder.__tyndauDayCloseRunning ?? 0) + 1;
  try {
    return await work();
  } finally {
    holder.__tyndauDayCloseRunning = (holder.__tyndauDayCloseRunning ?? 1) - 1;
  }
}
