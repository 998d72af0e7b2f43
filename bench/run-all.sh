#!/usr/bin/env bash
# `npm run bench`: every benchmark, one after the other, on a fresh production
# build. Results land in bench/results/*.md; copy them into BENCHMARKS.md.
# Not a test: figures are for comparison side by side within one run.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npx tsx scripts/ensure-build.ts
npm run -s bench:submit
npm run -s bench:pages
npm run -s bench:growth
if npm run | grep -q "bench:export"; then npm run -s bench:export; fi
if npm run | grep -q "bench:dashboard"; then npm run -s bench:dashboard; fi
echo "results: bench/results/"
