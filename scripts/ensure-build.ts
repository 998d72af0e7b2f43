// Builds the production bundle when it is missing or older than the sources
// (fingerprint of app/, lib/, components/ … in NEXT_DIST_DIR/tyndau-build-stamp).
// Used by `npm start` and by `npm test` before the tests that need a server.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sourceFingerprint } from "./build-fingerprint";

export function ensureBuild(root: string): { built: boolean } {
  const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
  const stampFile = path.join(distDir, "tyndau-build-stamp");
  const stamp = sourceFingerprint(root);
  const fresh = existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp;
  if (fresh) return { built: false };
  console.log("tyndau: building the production bundle (first start or sources changed)…");
  const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error("the production build failed (see above)");
  writeFileSync(stampFile, stamp);
  return { built: true };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureBuild(path.resolve(import.meta.dirname, ".."));
  } catch (e) {
    console.error(`tyndau: ${(e as Error).message}`);
    process.exit(1);
  }
}
