// `npm run codebook` prints the version the database serves, not the code seed: after a
// text version is published on a fresh SQLite database, the codebook names the new version
// and shows the new wording.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { seedQuestionnaire } from "@/lib/questionnaire/definition";
import { applyDraftChanges } from "@/lib/questionnaire/editing/draft.server";
import { publishDraft } from "@/lib/questionnaire/editing/publish.server";
import { versionOf } from "@/lib/questionnaire/version";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const LABEL = "Кодбук жаңа белгісі";
const CLI = { actor: null, via: "cli" } as const;

let database: TestDatabase;

function codebook(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, "--conditions=react-server", path.join(ROOT, "scripts", "codebook.ts"), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: "production" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  database = await createSqliteDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe("npm run codebook", () => {
  it("prints the active version from the database", async () => {
    const seeded = await codebook("--format", "json");
    expect(seeded.code).toBe(0);
    expect((JSON.parse(seeded.stdout) as { questionnaire: { questionnaireVersion: string } }).questionnaire.questionnaireVersion).toBe(versionOf(seedQuestionnaire));

    const handle = createDb(database.target);
    await handle.ready;
    expect((await applyDraftChanges(handle.db, [{ key: "Q9.options.1.label", locale: "kk", text: LABEL }], CLI)).ok).toBe(true);
    const published = await publishDraft(handle.db, CLI);
    await handle.db.$disconnect();
    expect(published.ok).toBe(true);

    const md = await codebook("--format", "md");
    expect(md.stderr).toBe("");
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(`(\`${versionOf({ id: seedQuestionnaire.id, version: seedQuestionnaire.version + 1 })}\`)`);
    expect(md.stdout).toContain(LABEL);
    expect(md.stdout).toContain("## Text changes in published versions");

    expect((await codebook("--format", "xml")).code).toBe(2);
  }, 120_000);
});
