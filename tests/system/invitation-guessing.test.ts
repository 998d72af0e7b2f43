// 10,000 guessed invitation codes against the real production server: well-formed codes
// (a valid check character, so each one is looked up rather than refused as a typo) sent
// to the code entry (GET /api/invitations/enter?code=…) 32 at a time from 20 loopback
// addresses, while a respondent keeps opening the start page from another address. None
// may be accepted; a real code from an address that did not guess still is. The start
// page's median latency during the guessing, as a ratio to its median just before, is
// printed (BENCHMARKS.md, "Invitation guessing") — a figure, not a pass/fail timing.
// SQLite only: the guess limit is in the server's memory and is the same on PostgreSQL.
import http from "node:http";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { setAccessMode } from "@/lib/invitations/access.server";
import { createBatch } from "@/lib/invitations/batches.server";
import { generateCode } from "@/lib/invitations/code";
import { createSqliteDatabase, TMP_DIR, type TestDatabase } from "@/tests/support/databases";
import { startServer, type TestServer } from "./support/server";

const GUESSES = 10_000;
const IN_FLIGHT = 32;
const ADDRESSES = Array.from({ length: 20 }, (_, i) => `127.0.1.${10 + i}`);
const RESPONDENT = "127.0.2.10";
const FRESH = "127.0.2.11";
const BASELINE_SAMPLES = 60;

/** GET from a given local address; the redirect's `invite=` verdict, or the status. */
function enter(url: string, code: string, localAddress: string): Promise<string> {
  const target = new URL(`${url}/api/invitations/enter?code=${encodeURIComponent(code)}&locale=kk`);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: "GET", localAddress, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(/invite=(\w+)/.exec(String(res.headers.location ?? ""))?.[1] ?? `status ${res.statusCode}`));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Milliseconds to fetch the start page completely, from the respondent's address. */
function startPage(url: string): Promise<number> {
  const target = new URL(`${url}/kk`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: "GET", localAddress: RESPONDENT, agent: false }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`start page answered ${res.statusCode}`));
      res.resume();
      res.on("end", () => resolve(performance.now() - started));
    });
    req.on("error", reject);
    req.end();
  });
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

let database: TestDatabase | undefined;
let server: TestServer | undefined;
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

it("accepts none of 10,000 guessed codes, and the start page keeps answering", async () => {
  mkdirSync(TMP_DIR, { recursive: true });
  const keyFile = path.join(TMP_DIR, `invitation-guessing-${process.pid}.key`);
  process.env.INVITATION_KEY_FILE = keyFile;
  database = await createSqliteDatabase();
  const setup = createDb(database.target);
  await setup.ready;
  await setAccessMode(setup.db, "code");
  const batch = await createBatch(setup.db, { label: "Guessing", count: 20 }, "2026-11-27");
  await setup.db.$disconnect();
  server = await startServer({ databaseUrl: database.url, env: { INVITATION_KEY_FILE: keyFile } });
  const url = server.url;
  const real = new Set(batch.codes);

  for (let i = 0; i < 10; i++) await startPage(url); // warm-up
  const before: number[] = [];
  for (let i = 0; i < BASELINE_SAMPLES; i++) before.push(await startPage(url));

  const verdicts = new Map<string, number>();
  let next = 0;
  let guessing = true;
  const guesser = async () => {
    while (next < GUESSES) {
      const i = next++;
      let code = generateCode();
      while (real.has(code)) code = generateCode();
      const verdict = await enter(url, code, ADDRESSES[i % ADDRESSES.length]!);
      verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1);
    }
  };
  const during: number[] = [];
  const respondent = async () => {
    while (guessing) during.push(await startPage(url));
  };
  const started = performance.now();
  const watching = respondent();
  await Promise.all(Array.from({ length: IN_FLIGHT }, guesser));
  const seconds = (performance.now() - started) / 1000;
  guessing = false;
  await watching;

  expect([...verdicts.values()].reduce((a, b) => a + b, 0)).toBe(GUESSES);
  expect(verdicts.get("ok") ?? 0, "guessed codes accepted").toBe(0);
  expect(during.length, "the start page answered during the guessing").toBeGreaterThan(0);
  // A real code still works from an address that did not guess.
  expect(await enter(url, batch.codes[0]!, FRESH)).toBe("ok");

  const ratio = median(during) / median(before);
  console.log(
    [
      `invitation guessing: ${GUESSES} guesses from ${ADDRESSES.length} addresses, ${IN_FLIGHT} in flight, in ${seconds.toFixed(1)} s (${Math.round(GUESSES / seconds)}/s)`,
      `verdicts: ${JSON.stringify(Object.fromEntries(verdicts))}`,
      `start page median before ${median(before).toFixed(1)} ms (n ${before.length}), during ${median(during).toFixed(1)} ms (n ${during.length}): ratio ${ratio.toFixed(2)}`,
    ].join("\n"),
  );
}, 600_000);
