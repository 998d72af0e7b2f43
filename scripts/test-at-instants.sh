#!/usr/bin/env bash
# `npm run test:instants`: the time-sensitive tests, run whole under Debian's `faketime`
# at fixed instants, so a test that depends on the hour it happens to run at fails here
# on every run instead of on somebody's laptop at 02:00 (docs/decisions/007-time-is-an-input.md).
#
# Instants (UTC; RESULTS_TIMEZONE defaults to Asia/Almaty, UTC+5, so midnight there is
# 19:00 UTC): 00:30, 12:00 and 19:30, one minute either side of Almaty's midnight (the
# run itself then crosses midnight there), and once in America/Los_Angeles (UTC−8 in
# December), whose date at 02:00 UTC is a day behind both UTC's and Almaty's.
# The date is fixed too: fixtures dated earlier in 2026 stay in the past.
#
# Without faketime the step is skipped with a warning, except under CI=true, where it fails.
# Usage: scripts/test-at-instants.sh [vitest file …]  (default: the list below)
set -euo pipefail
cd "$(dirname "$0")/.."

# Tests whose outcome depends on the instant: release by day, the day close, demo data,
# sessions, sign-in throttles, rate limits, housekeeping, the clock itself. The demo
# test is found by name (its folder may move). ZONE_FILES are the ones whose outcome
# also depends on RESULTS_TIMEZONE; only they run again in a second zone.
mapfile -t demo_tests < <(find lib -name demo.test.ts | sort)
ZONE_FILES=(
  lib/responses/release.test.ts
  lib/responses/release-clock.test.ts
  lib/responses/day-close.test.ts
  lib/responses/filters.test.ts
  "${demo_tests[@]}"
)
DEFAULT_FILES=(
  lib/clock/clock.test.ts
  "${ZONE_FILES[@]}"
  lib/auth/auth.test.ts
  lib/auth/throttle.test.ts
  lib/ratelimit/limiter.test.ts
  lib/ratelimit/memory.test.ts
  lib/db/housekeeping.test.ts
)
if [ $# -gt 0 ]; then
  DEFAULT_FILES=("$@")
  ZONE_FILES=("$@")
fi

# "instant|RESULTS_TIMEZONE" (empty: the default zone, Asia/Almaty).
RUNS=(
  "2026-12-02 00:30:00|"
  "2026-12-02 12:00:00|"
  "2026-12-02 19:30:00|"
  "2026-12-02 18:59:00|"
  "2026-12-02 19:01:00|"
  "2026-12-02 02:00:00|America/Los_Angeles"
)

say() { printf '\033[1m[test:instants] %s\033[0m\n' "$*"; }

if ! command -v faketime >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    printf '\033[41m ERROR \033[0m faketime is not installed: the time-sensitive tests cannot run at fixed instants (apt-get install faketime)\n' >&2
    exit 1
  fi
  printf '\033[43m WARNING \033[0m faketime is not installed: tests at fixed instants are SKIPPED (apt-get install faketime)\n' >&2
  exit 0
fi

# faketime reads the instant in the process's zone: TZ=UTC makes the list above UTC.
# The monotonic clock stays real so that timers and timeouts behave.
at_instant() {
  local at=$1
  shift
  TZ=UTC FAKETIME_DONT_FAKE_MONOTONIC=1 faketime "$at" "$@"
}

# libfaketime can be blocked (a static binary, a sandbox dropping LD_PRELOAD): check
# that node really sees the faked date before trusting the runs.
seen=$(at_instant "2026-12-02 00:30:00" node -e 'process.stdout.write(new Date().toISOString().slice(0, 10))')
if [ "$seen" != "2026-12-02" ]; then
  printf '\033[41m ERROR \033[0m faketime does not move node'\''s clock here (node saw %s)\n' "$seen" >&2
  exit 1
fi

started=$(date +%s)
failed=()
for run in "${RUNS[@]}"; do
  at=${run%%|*}
  zone=${run#*|}
  label="$at UTC${zone:+, RESULTS_TIMEZONE=$zone}"
  say "$label"
  if [ -n "$zone" ]; then files=("${ZONE_FILES[@]}"); else files=("${DEFAULT_FILES[@]}"); fi
  if ! RESULTS_TIMEZONE=${zone:-${RESULTS_TIMEZONE:-}} at_instant "$at" npx vitest run --reporter=dot "${files[@]}"; then
    failed+=("$label")
  fi
done

say "${#RUNS[@]} instants, ${#DEFAULT_FILES[@]} test files, $(( $(date +%s) - started )) s"
if [ ${#failed[@]} -gt 0 ]; then
  printf '\033[41m FAILED \033[0m at: %s\n' "${failed[@]}" >&2
  exit 1
fi
