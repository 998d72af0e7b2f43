// Adding an item kind (or a column, chart or condition kind) must stop the build at every
// switch that dispatches on it rather than fall through silently. The types do that only
// when the switch ends in an exhaustiveness check on `never`; this test finds every switch
// on a kind in the app's sources and asks for one.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { assertNever } from "./assert-never";

const ROOT = join(__dirname, "..", "..");
const SKIP = new Set(["node_modules", "generated", ".next"]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) || entry.name.startsWith(".") ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The body of the switch whose opening brace is at `open` (braces balance in this code base's switches). */
function body(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(open, i);
  }
  return text.slice(open);
}

describe("switches on a kind", () => {
  it("end in an exhaustiveness check on never", () => {
    const missing: string[] = [];
    let found = 0;
    for (const file of ["lib", "components", "app", "e2e", "tests"].flatMap((d) => sources(join(ROOT, d)))) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/switch \(([\w.]*(?:kind|\.op))\) \{/g)) {
        found++;
        const inside = body(text, (match.index ?? 0) + match[0].length - 1);
        if (!/default:\s*(?:return )?assertNever\(|const _exhaustive: never =/.test(inside)) {
          const line = text.slice(0, match.index).split("\n").length;
          missing.push(`${relative(ROOT, file)}:${line} switch (${match[1]})`);
        }
      }
    }
    expect(found).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it("assertNever throws on a value the types ruled out, naming its kind", () => {
    expect(() => assertNever({ kind: "ranking" } as never, "item kind")).toThrow('Unhandled item kind: "ranking"');
  });
});
