// The production server closes submission days on its own clock (instrumentation.ts →
// lib/responses/day-close-schedule.ts): at start, and within two minutes after midnight
// in RESULTS_TIMEZONE, with no request arriving to trigger it. The server's clock is set
// with faketime, so the test runs the same at any hour.
import { existsSync } from "node:fs";
import { afterAll, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { CLOSED_THROUGH_KEY } from "@/lib/responses/day-close";
import { submitResponse } from "@/lib/responses/submit";
import { describeEachDatabase, type TestDatabase } from "@/tests/support/databases";
import { post, submissionFactory } from "./support/payloads";
import { startServer, type TestServer } from "./support/server";

const LIBFAKETIME = ["/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1", "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1", "/usr/lib/faketime/libfaketime.so.1"].find((f) => existsSync(f));
const fake = (at: string) => ({ TZ: "UTC", LD_PRELOAD: LIBFAKETIME!, FAKETIME: `@${at}`, FAKETIME_DONT_FAKE_MONOTONIC: "1", RESULTS_TIMEZONE: "Asia/Almaty" });

await describeEachDatabase("the server's day-close timer", ({ provider, create }) => {
  let database: TestDatabase | undefined;
  let server: TestServer | undefined;
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const closedThrough = async () => {
    const handle = createDb(database!.target);
    await handle.ready;
    try {
      return (await handle.db.setting.findUnique({ where: { key: CLOSED_THROUGH_KEY } }))?.value ?? null;
    } finally {
      await handle.db.$disconnect();
    }
  };

  it(`closes an earlier day at start and today's day after midnight in Almaty, with no request (${provider})`, async () => {
    expect(LIBFAKETIME, "Debian's faketime (apt-get install faketime)").toBeDefined();
    database = await create();
    const seed = createDb(database.target);
    await seed.ready;
    expect((await submitResponse(seed.db, submissionFactory(5)(), { today: "2026-11-26" })).status).toBe("created");
    await seed.db.$disconnect();

    // 23:59:20 in Almaty on the 28th (UTC+5): the 26th has ended, the 28th has not.
    server = await startServer({ databaseUrl: database.url, env: fake("2026-11-28 18:59:20") });
    await expect.poll(closedThrough, { timeout: 20_000, interval: 500 }).toBe("2026-11-26");
    expect((await post(server.url, submissionFactory(6)())).status).toBe(201);
    expect(await closedThrough()).toBe("2026-11-26");

    // Nobody submits after midnight; the server's own timer closes the 28th.
    await expect.poll(closedThrough, { timeout: 150_000, interval: 1_000 }).toBe("2026-11-28");
    expect(server.output()).toMatch(/day close rewrote 1 response/);
  }, 240_000);
});
