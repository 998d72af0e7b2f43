// Next.js calls register() once when the server starts. The staff dashboard's unfiltered
// aggregates are computed then, in the background (lib/dashboard/warmup.ts), so the first
// view after a restart does not wait for them. DASHBOARD_WARMUP=0 turns this off. Nothing
// here can stop the server from starting: every failure only means a cold first view.
export async function register(): Promise<void> {
  // The one framework variable read outside lib/env.ts: Next replaces this literal at build
  // time, which keeps the node-only imports below out of an edge bundle.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The day close runs on this process's own timer, at start and after each midnight in
  // RESULTS_TIMEZONE (lib/responses/day-close-schedule.ts, docs/anonymity.md).
  try {
    const { startServerDayClose } = await import("@/lib/responses/day-close-server");
    startServerDayClose();
  } catch (e) {
    console.error(`tyndau: day-close timer not started (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    const { env } = await import("@/lib/env");
    if (env().DASHBOARD_WARMUP === "0") return;
    const { warmDashboard } = await import("@/lib/dashboard/warmup");
    // Not awaited: the server starts serving at once.
    warmDashboard().then(
      (ms) => console.log(`tyndau: dashboard aggregates warmed in ${Math.round(ms)} ms`),
      (e: unknown) => console.warn(`tyndau: dashboard warm-up skipped (${e instanceof Error ? e.message : String(e)})`),
    );
  } catch (e) {
    console.warn(`tyndau: dashboard warm-up unavailable (${e instanceof Error ? e.message : String(e)})`);
  }
}
