import "server-only";
import { dbHandle } from "./client";
import { describeDatabaseError } from "./errors";

export type Health =
  | { ok: true; database: "sqlite" | "postgresql" }
  | { ok: false; database: "sqlite" | "postgresql"; reason: string };

/** One round trip to the database, bounded so a hung server cannot hang us. */
export async function checkHealth(timeoutMs = 3_000): Promise<Health> {
  const handle = dbHandle();
  const probe = (async () => {
    await handle.ready;
    await handle.db.$queryRawUnsafe("SELECT 1");
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
  });
  try {
    await Promise.race([probe, timeout]);
    return { ok: true, database: handle.provider };
  } catch (error) {
    probe.catch(() => undefined);
    return { ok: false, database: handle.provider, reason: describeDatabaseError(error, handle.target) };
  } finally {
    clearTimeout(timer);
  }
}
