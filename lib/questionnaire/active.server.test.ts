// Which definition is served: the seed on a fresh database (and stored there), a newer
// stored text version once published, never a stored row that fails validation, and on
// PostgreSQL another instance's publish within REFRESH_MS.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDb } from "@/lib/db/client";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";
import { firstOptionLabelKey, storeVersion, textOf, textVersion } from "@/tests/support/text-version";
import {
  activeDraftScope,
  activeQuestionnaire,
  activeQuestionnaireVersion,
  invalidateActiveQuestionnaire,
  isAcceptedVersion,
  questionnaireByVersion,
  recordedVersion,
  REFRESH_MS,
  storedVersions,
} from "./active.server";
import { seedQuestionnaire } from "./definition";
import { versionOf } from "./version";

const seed = seedQuestionnaire;
const seedKey = versionOf(seed);
const label = firstOptionLabelKey(seed);

await describeEachDatabase("the active questionnaire", ({ provider, create }) => {
  describe("one instance", () => {
    const suite = useTestDatabase(create);
    afterEach(() => vi.restoreAllMocks());

    it("serves the seed on a fresh database and stores it", async () => {
      const db = suite.handle.db;
      expect(await db.questionnaireVersion.count()).toBe(0);
      const def = await activeQuestionnaire(db);
      expect(def).toBe(seed);
      expect(await activeQuestionnaireVersion(db)).toBe(seedKey);
      const rows = await db.questionnaireVersion.findMany();
      expect(rows.map((r) => r.key)).toEqual([seedKey]);
      expect(JSON.parse(rows[0]!.definition)).toEqual(JSON.parse(JSON.stringify(seed)));
    });

    it("serves a newer stored text version, and accepts drafts of the earlier one", async () => {
      const db = suite.handle.db;
      const next = textVersion(seed, seed.version + 1, { [label]: { kk: "Жаңа белгі" } });
      const key = await storeVersion(db, next);
      invalidateActiveQuestionnaire(db);
      const def = await activeQuestionnaire(db);
      expect(versionOf(def)).toBe(key);
      expect(textOf(def, label).kk).toBe("Жаңа белгі");
      expect(textOf(def, label).ru).toBe(textOf(seed, label).ru);
      expect(await isAcceptedVersion(key, db)).toBe(true);
      // A draft begun under the seed's wording continues and submits.
      expect(await isAcceptedVersion(seedKey, db)).toBe(true);
      // The legacy version declared compatible (codes only appended).
      expect(await isAcceptedVersion("hearing-state@1", db)).toBe(true);
      expect(await isAcceptedVersion("hearing-state@0", db)).toBe(false);
      expect(await isAcceptedVersion(`hearing-state@${seed.version + 2}`, db)).toBe(false);
      expect(await isAcceptedVersion(`other@${seed.version}`, db)).toBe(false);
      // The device draft keeps its key across the text version, and a response begun under
      // the seed records the seed; one that carries no (or an unknown) version, the active one.
      expect(await activeDraftScope(db)).toBe(seedKey);
      expect(await recordedVersion(seedKey, db)).toBe(seedKey);
      expect(await recordedVersion(key, db)).toBe(key);
      expect(await recordedVersion(undefined, db)).toBe(key);
      expect(await recordedVersion("hearing-state@0", db)).toBe(key);
      // Earlier versions stay readable.
      expect(await questionnaireByVersion(seedKey, db)).toBe(seed);
      expect((await storedVersions(db)).map(versionOf)).toEqual([seedKey, key]);
    });

    it("validates a stored version on load: a broken newer row is not served", async () => {
      const db = suite.handle.db;
      const served = await activeQuestionnaireVersion(db);
      const errors: string[] = [];
      vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(" ")));
      // Valid JSON, but an option label without its Russian text.
      const broken = JSON.parse(JSON.stringify(seed)) as { id: string; version: number; parts: { items: { options?: { label: Record<string, string> }[] }[] }[] };
      broken.version = seed.version + 2;
      const withOptions = broken.parts.flatMap((p) => p.items).find((i) => i.options && i.options.length > 0)!;
      delete withOptions.options![0]!.label.ru;
      const brokenKey = await storeVersion(db, broken);
      invalidateActiveQuestionnaire(db);
      expect(await activeQuestionnaireVersion(db)).toBe(served);
      expect(errors.join("\n")).toContain(brokenKey);
      expect(await questionnaireByVersion(brokenKey, db)).toBeNull();
      expect((await storedVersions(db)).map(versionOf)).not.toContain(brokenKey);
      // A row whose content names another version is not served either.
      const mislabelled = textVersion(seed, seed.version + 4, {});
      await db.questionnaireVersion.create({ data: { key: `hearing-state@${seed.version + 3}`, id: seed.id, version: seed.version + 3, definition: JSON.stringify(mislabelled) } });
      invalidateActiveQuestionnaire(db);
      expect(await activeQuestionnaireVersion(db)).toBe(served);
      expect(errors.join("\n")).toContain(`hearing-state@${seed.version + 3}`);
    });

    it("does not accept a stored version of another structure", async () => {
      const db = suite.handle.db;
      const other = JSON.parse(JSON.stringify(seed)) as { id: string; version: number; parts: { items: { variable: string; options?: { code: number }[] }[] }[] };
      other.version = seed.version + 5;
      const item = other.parts.flatMap((p) => p.items).find((i) => i.options && i.options.length > 1)!;
      item.options!.pop();
      const key = await storeVersion(db, other);
      invalidateActiveQuestionnaire(db);
      expect(await activeQuestionnaireVersion(db)).toBe(key);
      expect(await isAcceptedVersion(key, db)).toBe(true);
      expect(await isAcceptedVersion(seedKey, db)).toBe(false);
      expect(await isAcceptedVersion(`hearing-state@${seed.version + 1}`, db)).toBe(false);
      // A new structure: a new draft key (old answers never mix in), and a response that
      // began under the old structure records the new version it was validated against.
      expect(await activeDraftScope(db)).toBe(key);
      expect(await recordedVersion(seedKey, db)).toBe(key);
    });
  });

  describe("a seed newer than every stored version", () => {
    const suite = useTestDatabase(create);

    it("is served (a developer's structural change bumps the seed's version)", async () => {
      const db = suite.handle.db;
      const v1 = readFileSync(path.join(import.meta.dirname, "versions", "hearing-state-1.json"), "utf8");
      await db.questionnaireVersion.create({ data: { key: "hearing-state@1", id: seed.id, version: 1, definition: v1 } });
      expect(await activeQuestionnaireVersion(db)).toBe(seedKey);
      expect((await db.questionnaireVersion.findMany({ orderBy: { version: "asc" } })).map((r) => r.key)).toEqual(["hearing-state@1", seedKey]);
    });
  });

  if (provider === "postgresql") {
    describe("two instances on one database", () => {
      const suite = useTestDatabase(create);

      it(`the other instance serves a newly stored version within REFRESH_MS (${REFRESH_MS} ms)`, async () => {
        const other = createDb(suite.database.target, { poolSize: 2 });
        try {
          const a = suite.handle.db;
          const b = other.db;
          expect(await activeQuestionnaireVersion(a)).toBe(seedKey);
          expect(await activeQuestionnaireVersion(b)).toBe(seedKey);
          const next = textVersion(seed, seed.version + 1, { [label]: { kk: "Екінші инстанс" } });
          const key = await storeVersion(b, next);
          invalidateActiveQuestionnaire(b); // the publishing instance serves it at once
          expect(await activeQuestionnaireVersion(b)).toBe(key);
          const started = performance.now();
          let seen = await activeQuestionnaireVersion(a);
          while (seen !== key && performance.now() - started < REFRESH_MS + 2_000) {
            await new Promise((r) => setTimeout(r, 50));
            seen = await activeQuestionnaireVersion(a);
          }
          const elapsed = performance.now() - started;
          expect(seen).toBe(key);
          expect(elapsed).toBeLessThanOrEqual(REFRESH_MS + 500);
          expect(textOf(await activeQuestionnaire(a), label).kk).toBe("Екінші инстанс");
        } finally {
          await other.db.$disconnect();
        }
      });
    });
  }
});
