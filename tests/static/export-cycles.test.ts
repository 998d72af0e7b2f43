// No import cycles among the lib/export modules, counting type-only imports too (a type
// cycle is still two modules that cannot be read or moved one without the other). The
// graph is the modules' own import lines, resolved like the compiler does for `@/` and
// relative specifiers; a planted cycle in a scratch folder shows the check can fail.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

function resolve(base: string, from: string, specifier: string): string | undefined {
  const target = specifier.startsWith("@/") ? path.join(base, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : undefined;
  if (target === undefined) return undefined;
  return [target, `${target}.ts`, `${target}.tsx`, path.join(target, "index.ts")].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

/** Every specifier of an import or export declaration, type-only ones included. */
function specifiers(file: string): string[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  return sf.statements.flatMap((s) =>
    (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) ? [s.moduleSpecifier.text] : [],
  );
}

/** The cycles (as chains of relative paths) among the files under `dir`, one per strongly connected set. */
function importCycles(base: string, dir: string): string[] {
  const files = filesUnder(path.join(base, dir));
  const inside = new Set(files);
  const edges = new Map(files.map((f) => [f, specifiers(f).map((s) => resolve(base, f, s)).filter((t): t is string => t !== undefined && inside.has(t))]));
  const rel = (f: string) => path.relative(base, f).split(path.sep).join("/");
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, "open");
    stack.push(f);
    for (const t of edges.get(f) ?? []) {
      if (state.get(t) === "open") cycles.push([...stack.slice(stack.indexOf(t)), t].map(rel).join(" → "));
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}

describe("lib/export import graph", () => {
  it("has no cycles, type imports included", () => {
    expect(importCycles(root, "lib/export")).toEqual([]);
  });

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tyndau-export-cycles-"));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it("reports a planted type cycle", () => {
    fs.mkdirSync(path.join(scratch, "lib/export"), { recursive: true });
    fs.writeFileSync(path.join(scratch, "lib/export/stream.ts"), 'import { bytes } from "./byte-stream";\nexport type Outcome = { n: number };\nexport const s = bytes;\n');
    fs.writeFileSync(path.join(scratch, "lib/export/byte-stream.ts"), 'import type { Outcome } from "@/lib/export/stream";\nexport const bytes = (o: Outcome) => o;\n');
    fs.writeFileSync(path.join(scratch, "lib/export/leaf.ts"), 'import { s } from "./stream";\nexport const leaf = s;\n');
    expect(importCycles(scratch, "lib/export")).toEqual(["lib/export/byte-stream.ts → lib/export/stream.ts → lib/export/byte-stream.ts"]);
  });
});
