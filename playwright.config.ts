// Playwright runs against the production build (`npm start`), on a fresh SQLite
// file, in Debian's Chromium: we never download a browser.
import { defineConfig, devices } from "@playwright/test";

import { E2E_DATABASE_FILE, E2E_INVITATION_KEY_FILE } from "./e2e/support/paths";
import { acquireE2eRunLock } from "./e2e/support/run-lock";

acquireE2eRunLock();

const PORT = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".tmp/playwright-report.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `rm -f ${E2E_DATABASE_FILE}* && mkdir -p $(dirname ${E2E_DATABASE_FILE}) && npm start`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: `file:./${E2E_DATABASE_FILE}`,
      INVITATION_KEY_FILE: E2E_INVITATION_KEY_FILE,
      NEXT_TELEMETRY_DISABLED: "1",
      ADMIN_EMAIL: "admin@tyndau.test",
      ADMIN_PASSWORD: "e2e-admin-password-0001",
      SUBMISSIONS_PER_MINUTE: "100000",
      // Tests look at what they just submitted: no release-by-day delay (docs/anonymity.md).
      RESULTS_DELAY: "none",
      // The framework-floor page (app/bench/floor): the bundle spec counts our own script above it.
      BENCH_PAGES: "1",
    },
  },
});
