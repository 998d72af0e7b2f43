// "Delete all responses" must leave no answer text in the SQLite data folder, which a
// leaked copy would hold (docs/anonymity.md): secure_delete=ON zeroes deleted content
// and the WAL is checkpointed and truncated afterwards. The file and its WAL are read as raw bytes.
import { readFileSync, existsSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDb, type DbHandle } from "@/lib/db/client";
import { submitResponse } from "@/lib/responses/submit";
import { submissionFactory } from "@/tests/system/support/payloads";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";
import { scrubDeletedData } from "./scrub";

let database: TestDatabase;
let handle: DbHandle;

beforeAll(async () => {
  database = await createSqliteDatabase();
  handle = createDb(database.target);
  await handle.ready;
});
afterAll(async () => {
  await handle?.db.$disconnect();
  await database?.drop();
});

function fileBytes(): Buffer {
  if (database.target.provider !== "sqlite") throw new Error("sqlite only");
  const base = database.target.filePath;
  return Buffer.concat([base, `${base}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
}

/** Replaces every free-text answer with a marker, so its bytes can be searched for. */
function withMarkers(answers: Record<string, unknown>, n: number): { answers: Record<string, unknown>; markers: string[] } {
  const markers: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(answers)) {
    if (typeof value === "string" && value.length >= 3 && !/^\d+$/.test(value)) {
      const marker = `ZQX${n}M${markers.length}KW`; // upper case: some items store block letters
      markers.push(marker);
      out[key] = marker;
    } else out[key] = value;
  }
  return { answers: out, markers };
}

it("after deleting every response, no answer text is left in the SQLite file or its WAL", async () => {
  const next = submissionFactory(1010);
  const markers: string[] = [];
  for (let i = 0; markers.length < 40 && i < 400; i++) {
    const s = next();
    const marked = withMarkers(s.answers as Record<string, unknown>, i);
    const result = await submitResponse(handle.db, { ...s, answers: marked.answers }, { today: "2026-11-28" });
    if (result.status === "created") markers.push(...marked.markers);
  }
  expect(markers.length).toBeGreaterThanOrEqual(40);
  // The texts really are in the data folder before the delete (so the test can fail).
  const before = fileBytes().toString("latin1");
  expect(markers.filter((m) => before.includes(m)).length).toBeGreaterThan(0);

  await handle.db.response.deleteMany({});
  await scrubDeletedData(handle.db);

  const after = fileBytes().toString("latin1");
  expect(markers.filter((m) => after.includes(m))).toEqual([]);
});
