// Client code ("use client" files and every module they import, transitively) cannot reach
// the questionnaire barrel, lib/db/, a module marked `import "server-only"` or a node
// built-in. The walk and the ESLint rule live in eslint/client-boundary.mjs; here they run
// on the real tree and on a planted violation in a scratch project, so they can fail.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Linter } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { afterAll, describe, expect, it } from "vitest";
import { clientBoundaryRule, clientBoundaryViolations, clientModules } from "@/eslint/client-boundary.mjs";

const root = path.resolve(import.meta.dirname, "../..");

describe("client code and server modules", () => {
  it("finds the client modules it guards", () => {
    const rel = clientModules(root, ["app", "components", "lib"]).map((f) => path.relative(root, f));
    expect(rel).toContain("components/survey/StepFlow.tsx");
    // The respondent pages' enhancement modules, browser code without the directive.
    expect(rel).toContain("lib/survey/enhance/check-page.ts");
    expect(rel).toContain("components/charts/PngDownload.tsx");
  });

  it("no \"use client\" file reaches a server module", () => {
    expect(clientBoundaryViolations(root)).toEqual([]);
  });
});

describe("a planted violation", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tyndau-client-imports-"));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
  const plant = (files: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(scratch, "p-"));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };

  it("names the chain to lib/db through two ordinary modules", () => {
    const dir = plant({
      "components/Widget.tsx": '"use client";\nimport { label } from "@/lib/format";\nexport const W = () => label;\n',
      "lib/format.ts": 'export { count as label } from "./stats/count";\n',
      "lib/stats/count.ts": 'import { db } from "../db/client";\nexport const count = db;\n',
      "lib/db/client.ts": "export const db = 1;\n",
    });
    expect(clientBoundaryViolations(dir)).toEqual([
      "components/Widget.tsx → lib/format.ts → lib/stats/count.ts → lib/db/client.ts: lib/db/ is the database layer",
    ]);
  });

  it("catches the questionnaire barrel, a server-only module and node built-ins", () => {
    const dir = plant({
      "components/A.tsx": '"use client";\nimport { questionnaire } from "@/lib/questionnaire";\nexport const A = questionnaire;\n',
      "components/B.tsx": "'use client';\nimport { secret } from \"../lib/secret\";\nexport const B = secret;\n",
      "components/C.tsx": '"use client";\nimport { read } from "@/lib/read";\nexport const C = read;\n',
      "lib/questionnaire/index.ts": "export const questionnaire = {};\n",
      "lib/secret.ts": 'import "server-only";\nexport const secret = 1;\n',
      "lib/read.ts": 'import fs from "node:fs";\nexport const read = fs.readFileSync;\n',
    });
    const problems = clientBoundaryViolations(dir);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^components\/A\.tsx → lib\/questionnaire\/index\.ts: the questionnaire barrel/);
    expect(problems[1]).toBe('components/B.tsx → lib/secret.ts: it is marked import "server-only"');
    expect(problems[2]).toBe("components/C.tsx → lib/read.ts: it imports node:fs (a node built-in module)");
  });

  it("lets type-only imports, server actions and leaf modules through", () => {
    const dir = plant({
      "components/A.tsx": [
        '"use client";',
        'import type { Db } from "@/lib/db/client";',
        'import { type Questionnaire } from "@/lib/questionnaire";',
        'import { save } from "@/app/actions";',
        'import { label } from "@/lib/questionnaire/labels";',
        "export const A = [save, label] as unknown as [Db, Questionnaire];",
      ].join("\n"),
      "app/actions.ts": '"use server";\nimport { db } from "@/lib/db/client";\nexport async function save() { return db; }\n',
      "lib/db/client.ts": 'import "server-only";\nexport const db = 1;\nexport type Db = number;\n',
      "lib/questionnaire/index.ts": "export type Questionnaire = object;\n",
      "lib/questionnaire/labels.ts": "export const label = 'x';\n",
    });
    expect(clientBoundaryViolations(dir)).toEqual([]);
  });

  it("the ESLint rule reports the same chain at the import", () => {
    const dir = plant({
      "lib/format.ts": 'import { db } from "./db/client";\nexport const label = db;\n',
      "lib/db/client.ts": "export const db = 1;\n",
      "lib/ok.ts": "export const ok = 1;\n",
    });
    const linter = new Linter({ configType: "flat", cwd: dir });
    const config: Linter.Config[] = [
      {
        files: ["**/*.tsx"],
        languageOptions: { parser: tsParser, sourceType: "module" },
        plugins: { tyndau: { rules: { "client-boundary": clientBoundaryRule } } },
        rules: { "tyndau/client-boundary": ["error", { root: dir }] },
      },
    ];
    const code = '"use client";\nimport type { X } from "@/lib/db/client";\nimport { ok } from "@/lib/ok";\nimport { label } from "@/lib/format";\nexport const W = [ok, label];\n';
    const messages = linter.verify(code, config, { filename: path.join(dir, "components/Widget.tsx") });
    expect(messages.map((m) => [m.line, m.message])).toEqual([
      [4, '"use client" file imports @/lib/format, which reaches lib/format.ts → lib/db/client.ts: lib/db/ is the database layer'],
    ]);
    // The same import in a server component is fine.
    expect(linter.verify(code.replace('"use client";\n', ""), config, { filename: path.join(dir, "components/Widget.tsx") })).toEqual([]);
  });
});
