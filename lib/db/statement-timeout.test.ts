// The app's PostgreSQL pool carries a statement timeout: a runaway query cannot hold a
// connection (and a pool slot) for ever. Migrations/exports pools have none.
import { describe, expect, it } from "vitest";
import { POSTGRES_URL, postgresAvailability } from "@/tests/support/databases";
import { APP_STATEMENT_TIMEOUT_MS, createPgPool } from "./pg-pool";

const pgMode = await postgresAvailability();

(pgMode === "run" ? describe : describe.skip)("PostgreSQL statement timeout", () => {
  it("is set on the app pool and cancels a statement that runs longer", async () => {
    const app = createPgPool(POSTGRES_URL, { max: 1, statementTimeoutMs: APP_STATEMENT_TIMEOUT_MS });
    const short = createPgPool(POSTGRES_URL, { max: 1, statementTimeoutMs: 200 });
    const plain = createPgPool(POSTGRES_URL, { max: 1 });
    try {
      expect((await app.query<{ statement_timeout: string }>("SHOW statement_timeout")).rows[0]?.statement_timeout).toBe(`${APP_STATEMENT_TIMEOUT_MS / 1000}s`);
      await expect(short.query("SELECT pg_sleep(2)")).rejects.toMatchObject({ code: "57014" });
      expect((await plain.query<{ statement_timeout: string }>("SHOW statement_timeout")).rows[0]?.statement_timeout).toBe("0");
    } finally {
      await Promise.all([app.end(), short.end(), plain.end()]);
    }
  });
});
