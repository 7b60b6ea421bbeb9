#!/usr/bin/env bash
# The whole test suite: every test project in the solution, then one closing line with the totals.
set -uo pipefail
cd "$(dirname "$0")"
log=$(mktemp)
dotnet test PreCoder.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# dotnet test prints one "Passed!/Failed!  - Failed: F, Passed: P, Skipped: S, Total: T" line per test assembly.
grep -E '(Passed|Failed)! +- Failed: ' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\1 \2 \3/' |
  awk '{f+=$1; p+=$2; s+=$3} END {printf "tests: %d passed, %d failed, %d skipped\n", p, f, s}'
rm -f "$log"
exit "$status"
