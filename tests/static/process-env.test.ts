// Every environment variable is read through lib/env.ts (one zod schema, validated at
// start): no other module in lib/ or app/ mentions process.env. Tests may set variables
// (they drive the code under test); generated Prisma code is not ours. A planted reader
// in a scratch folder shows the check can fail.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sourcesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sourcesUnder(full);
    return /\.(tsx?|mts|mjs|js)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** `file:line` of every mention of process.env outside lib/env.ts. */
function processEnvReaders(base: string): string[] {
  const allowed = path.join(base, "lib/env.ts");
  return ["lib", "app"].flatMap((dir) =>
    sourcesUnder(path.join(base, dir))
      .filter((f) => f !== allowed)
      .flatMap((f) =>
        fs
          .readFileSync(f, "utf8")
          .split("\n")
          .flatMap((line, i) => (/\bprocess\s*\.\s*env\b|\bprocess\s*\[\s*["']env["']\s*\]/.test(line) ? [`${path.relative(base, f)}:${i + 1}`] : [])),
      ),
  );
}

describe("process.env", () => {
  it("is read only in lib/env.ts", () => {
    expect(processEnvReaders(root)).toEqual([]);
  });

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tyndau-process-env-"));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it("reports a planted reader, and not lib/env.ts or a test", () => {
    const write = (name: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(scratch, name)), { recursive: true });
      fs.writeFileSync(path.join(scratch, name), text);
    };
    write("lib/env.ts", "export const env = () => process.env;\n");
    write("lib/http/origin.ts", "// the origin\nexport const origin = () => process.env.PUBLIC_ORIGIN;\n");
    write("app/api/x/route.ts", 'export const x = process["env"];\n');
    write("lib/http/origin.test.ts", 'process.env.PUBLIC_ORIGIN = "https://x";\n');
    expect(processEnvReaders(scratch).sort()).toEqual(["app/api/x/route.ts:1", "lib/http/origin.ts:2"]);
  });
});
