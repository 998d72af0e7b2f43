#!/usr/bin/env bash
# `npm test`: everything, in order of speed. Stops at the first failing stage and
# ends with one summary line ("N passed, N failed").
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p .tmp
rm -f .tmp/vitest-report.json .tmp/vitest-system-report.json .tmp/playwright-report.json

stage() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

stage "typecheck"
npm run --silent typecheck
stage "lint"
npm run --silent lint
stage "dependency audit (production dependencies)"
node scripts/audit.mjs
stage "unit and database tests (vitest: SQLite and PostgreSQL)"
npx vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest-report.json
stage "production build"
npx tsx scripts/ensure-build.ts
stage "system tests (production servers: fuzzing, crashes, several instances, anonymity)"
npx vitest run --config vitest.system.config.ts --reporter=default --reporter=json --outputFile=.tmp/vitest-system-report.json
stage "browser tests (Playwright in Debian's Chromium, production build)"
npx playwright test
stage "summary"
node scripts/test-summary.mjs .tmp/vitest-report.json .tmp/vitest-system-report.json .tmp/playwright-report.json
