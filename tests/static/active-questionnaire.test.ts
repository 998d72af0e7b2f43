// No request path keeps a module-level copy of the instrument: every page, route handler,
// server action and component (app/, components/) and every project module they reach
// through runtime imports gets the definition from activeQuestionnaire()
// (lib/questionnaire/active.server.ts), which serves the newest published version. Importing
// the seed (`questionnaire`, `questionnaireVersion`, `seedQuestionnaire` or the raw
// `instrument`) there would serve the code's wording after staff published new wording.
// Allowed: the module that defines the seed, the one that serves versions, and the barrel
// that re-exports them; tests, scripts, benches and the demo data may use the seed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { resolveSpecifier, runtimeSpecifiers } from "@/eslint/client-boundary.mjs";

const root = path.resolve(import.meta.dirname, "../..");

const BANNED = new Set(["questionnaire", "questionnaireVersion", "seedQuestionnaire", "instrument"]);
const ALLOWED = new Set(["lib/questionnaire/active.server.ts", "lib/questionnaire/definition.ts", "lib/questionnaire/index.ts", "lib/questionnaire/instrument/index.ts"]);
const ALLOWED_DIRS = ["tests/", "scripts/", "bench/", "lib/demo/", "e2e/"];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && entry.name !== "generated" && !entry.name.startsWith(".")) walk(full);
      } else if (/\.(tsx?|mts)$/.test(entry.name) && !/\.test(-data)?\.tsx?$/.test(entry.name) && !/\.d\.ts$/.test(entry.name)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** Names a declaration brings in from another module (imports and `export { … } from`). */
function importedNames(node: ts.Statement): string[] {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause || clause.isTypeOnly) return [];
    const names: string[] = [];
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const e of bindings.elements) if (!e.isTypeOnly) names.push((e.propertyName ?? e.name).text);
    }
    return names;
  }
  if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly && node.exportClause && ts.isNamedExports(node.exportClause)) {
    return node.exportClause.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text);
  }
  return [];
}

/** "file: imports X (reached from app/…)" for every request-path module that takes the seed. */
export function seedImportsOnRequestPaths(projectRoot: string): string[] {
  const rel = (file: string) => path.relative(projectRoot, file).split(path.sep).join("/");
  const starts = [...sourceFiles(path.join(projectRoot, "app")), ...sourceFiles(path.join(projectRoot, "components"))];
  const from = new Map<string, string | undefined>(starts.map((f) => [f, undefined]));
  const queue = [...starts];
  const problems: string[] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const name = rel(file);
    if (ALLOWED.has(name) || ALLOWED_DIRS.some((d) => name.startsWith(d))) continue;
    const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    for (const statement of sf.statements) {
      const hits = importedNames(statement).filter((n) => BANNED.has(n));
      if (hits.length > 0) {
        const via = from.get(file);
        problems.push(`${name}: imports ${hits.join(", ")}${via ? ` (reached from ${rel(via)})` : ""}`);
      }
    }
    for (const specifier of runtimeSpecifiers(file)) {
      const target = resolveSpecifier(projectRoot, file, specifier);
      if (target === undefined || from.has(target) || /\.test\.tsx?$/.test(target)) continue;
      from.set(target, from.get(file) ?? file);
      queue.push(target);
    }
  }
  return problems.sort();
}

describe("request paths read the active questionnaire", () => {
  it("no page, route, action, component or module they reach imports the seed", () => {
    expect(seedImportsOnRequestPaths(root)).toEqual([]);
  });
});

describe("a planted seed import", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tyndau-active-"));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
  const plant = (files: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(scratch, "p-"));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };

  it("is found in a lib module two imports away from a page, and in a re-export", () => {
    const dir = plant({
      "app/page.tsx": 'import { label } from "@/lib/a";\nexport default function P() { return label(); }\n',
      "lib/a.ts": 'export { label } from "./b";\n',
      "lib/b.ts": 'import { questionnaire } from "@/lib/questionnaire";\nexport const label = () => questionnaire.id;\n',
      "lib/c.ts": 'export { questionnaireVersion } from "@/lib/questionnaire/definition";\n',
      "components/X.tsx": 'import "@/lib/c";\nexport const X = 1;\n',
      "lib/questionnaire/index.ts": 'export { questionnaire, questionnaireVersion } from "./definition";\n',
      "lib/questionnaire/definition.ts": "export const questionnaire = { id: 'x' };\nexport const questionnaireVersion = 'x@1';\n",
    });
    expect(seedImportsOnRequestPaths(dir)).toEqual([
      "lib/b.ts: imports questionnaire (reached from app/page.tsx)",
      "lib/c.ts: imports questionnaireVersion (reached from components/X.tsx)",
    ]);
  });

  it("allows the seed in the demo data and in type-only imports", () => {
    const dir = plant({
      "app/page.tsx": 'import { seed } from "@/lib/demo/seed";\nimport type { questionnaire } from "@/lib/questionnaire";\nexport default function P() { return seed; }\n',
      "lib/demo/seed.ts": 'import { questionnaire } from "@/lib/questionnaire";\nexport const seed = questionnaire;\n',
      "lib/questionnaire/index.ts": "export const questionnaire = { id: 'x' };\n",
    });
    expect(seedImportsOnRequestPaths(dir)).toEqual([]);
  });
});
