// 10,000 seeded hostile requests against POST /api/responses on a production
// server: every one is answered 4xx with a message, none 5xx, nothing is
// stored, and the server stays up.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";
import { hostileRequests, type HostileRequest } from "./support/hostile";
import { startServer, type TestServer } from "./support/server";

const COUNT = Number(process.env.FUZZ_COUNT ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const CONCURRENCY = 16;

describe("fuzzing POST /api/responses", () => {
  let database: TestDatabase;
  let server: TestServer;
  beforeAll(async () => {
    database = await createSqliteDatabase();
    server = await startServer({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it(`answers ${COUNT} hostile requests with 4xx and a message, stores nothing, stays up`, async () => {
    const cases = fc.sample(hostileRequests(SEED), { numRuns: COUNT, seed: SEED });
    const unexpected: string[] = [];
    const kinds = new Map<string, number>();
    let index = 0;

    async function send(c: HostileRequest): Promise<void> {
      kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
      const headers: Record<string, string> = {};
      if (c.contentType) headers["content-type"] = c.contentType;
      let status = 0;
      let text = "";
      try {
        const r = await fetch(`${server.url}/api/responses`, { method: "POST", headers, body: Buffer.from(c.body) });
        status = r.status;
        text = await r.text();
      } catch (e) {
        unexpected.push(`${c.kind}: network error ${(e as Error).message}`);
        return;
      }
      let message: unknown;
      try {
        message = (JSON.parse(text) as { error?: unknown }).error;
      } catch {
        message = undefined;
      }
      if (status < 400 || status >= 500 || typeof message !== "string" || message.length === 0) {
        unexpected.push(`${c.kind}: ${status} ${text.slice(0, 200)}`);
      }
    }

    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (index < cases.length) await send(cases[index++]!);
      }),
    );

    expect(unexpected.slice(0, 20)).toEqual([]);
    expect(kinds.size).toBeGreaterThanOrEqual(15);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const handle = createDb(database.target);
    await handle.ready;
    expect(await handle.db.response.count()).toBe(0);
    expect(await handle.db.answer.count()).toBe(0);
    await handle.db.$disconnect();
    expect(server.output()).not.toMatch(/⨯|Unhandled|TypeError|RangeError/);
  });
});
