// Running LibreOffice (Debian's libreoffice-calc-nogui) from tests: whether it is installed
// (required in CI), and converting a file the way a translator's "Save as" would. Each call
// gets its own profile directory (-env:UserInstallation), so parallel runs never share one.
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
if (!hasSoffice && process.env.CI === "true") {
  throw new Error("soffice is not installed; .ci/run installs it (apt-get install -y libreoffice-calc-nogui)");
}
if (!hasSoffice) {
  process.stderr.write("\n\u001b[41m WARNING \u001b[0m soffice (LibreOffice) is not installed: the LibreOffice round-trip tests are SKIPPED.\n\n");
}

/**
 * Converts `file` to `format` ("xlsx", "ods") into `outDir`; returns the new file's path.
 * A CSV is read as UTF-8 with commas and double quotes, as a translator would pick in
 * LibreOffice's import dialog.
 */
export async function sofficeConvert(file: string, format: string, outDir: string): Promise<string> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "tyndau-soffice-"));
  try {
    const before = new Set(safeList(outDir));
    await new Promise<void>((resolve, reject) => {
      execFile(
        "soffice",
        [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", ...(file.endsWith(".csv") ? ["--infilter=CSV:44,34,76,1"] : []), "--convert-to", format, "--outdir", outDir, file],
        { timeout: 120_000, env: { ...process.env, HOME: profile } },
        (error, _stdout, stderr) => (error ? reject(new Error(`soffice failed: ${error.message}\n${stderr}`)) : resolve()),
      );
    });
    const ext = format.split(":")[0] ?? format;
    const expected = `${path.basename(file, path.extname(file))}.${ext}`;
    const made = safeList(outDir).find((f) => f === expected) ?? safeList(outDir).find((f) => !before.has(f));
    if (!made) throw new Error(`soffice wrote no ${expected} into ${outDir}`);
    return path.join(outDir, made);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
