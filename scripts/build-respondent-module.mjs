// Bundles the enhancement modules of the respondent pages that ship no framework runtime
// (lib/survey/enhance/{start,question,check}-page.ts, decision 018), one self-contained
// file per page under public/generated/ (no shared chunk: each page loads one script),
// with their stylesheet
// (git-ignored, not part of the build fingerprint: it is rebuilt from lib/ by every build).
// Run by scripts/prebuild.mjs before `next build`.
import { build, transform } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
export const GENERATED_DIR = path.join(root, "public", "generated");
export const MODULES = ["start-page", "question-page", "check-page"];

// The respondent pages' styles (the staff preview imports the same two files).
const STYLES = [path.join(root, "app", "globals.css"), path.join(root, "components", "survey", "survey.css")];

export async function buildRespondentModule() {
  mkdirSync(GENERATED_DIR, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(MODULES.map((name) => [name, path.join(root, "lib", "survey", "enhance", `${name}.ts`)])),
    outdir: GENERATED_DIR,
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    tsconfig: path.join(root, "tsconfig.json"),
    legalComments: "none",
    logLevel: "error",
  });
  const css = STYLES.map((file) => readFileSync(file, "utf8")).join("\n");
  const minified = await transform(css, { loader: "css", minify: true, logLevel: "error" });
  writeFileSync(path.join(GENERATED_DIR, "respondent.css"), minified.code);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildRespondentModule();
