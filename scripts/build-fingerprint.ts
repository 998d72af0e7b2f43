// A cheap fingerprint of everything that goes into the production build, so
// `npm start` rebuilds after a pull but not on every start.
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const INPUTS = ["app", "pages", "components", "lib", "public", "prisma", "proxy.ts", "next.config.ts", "package-lock.json", "tsconfig.json"];
// Tests do not go into the bundle; editing one must not force a rebuild.
const SKIP = new Set(["generated", "node_modules", ".next"]);
const isTest = (name: string) => /\.test\.tsx?$/.test(name);

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (!isTest(entry.name)) out.push(full);
  }
}

export function sourceFingerprint(root: string): string {
  const files: string[] = [];
  for (const input of INPUTS) {
    const full = path.join(root, input);
    try {
      if (statSync(full).isDirectory()) walk(full, files);
      else files.push(full);
    } catch {
      /* an input that does not exist yet is simply not part of the build */
    }
  }
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    const s = statSync(file);
    hash.update(`${path.relative(root, file)}:${s.size}:${s.mtimeMs}\n`);
  }
  return hash.digest("hex");
}
