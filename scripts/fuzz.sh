#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Bounded fuzz run: scripts/fuzz.sh [SECONDS [LIBFUZZER-FLAGS...]] (default 60 s).
#
# Builds the two libFuzzer targets with clang, ASan and UBSan in build-fuzz/
# (override with CAMTG_FUZZ_BUILD) and shares SECONDS between them, two
# thirds and one third:
# - camtg_fuzz_open_buffer: bytes into camtg_open_buffer plus the whole query
#   API, seeded with fuzz/corpus/, the datasets and every hostile case;
# - camtg_fuzz_open_snapshot: bytes as a compiled snapshot (magic put in
#   front), read through the whole API and camtg_db_verify, seeded with
#   snapshots written now from the embedded dataset and fuzz/corpus/*.json,
#   so that they are always of the current format.
# New interesting inputs accumulate in fuzz/corpus-work/ and
# fuzz/corpus-work-snapshot/ (git-ignored) so that later runs start further
# on. A crash leaves its input in build-fuzz/artifacts/RUN/ and makes the
# script fail: minimise it with
#   build-fuzz/fuzz/camtg_fuzz_open_buffer -minimize_crash=1 -runs=10000 CRASH
# (or camtg_fuzz_open_snapshot) and keep it in fuzz/regressions/ (a snapshot
# target's input in fuzz/regressions/snapshot/), which ctest replays.
set -euo pipefail

seconds="${1:-60}"
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${CAMTG_FUZZ_BUILD:-$root/build-fuzz}"
jobs="${CAMTG_JOBS:-2}"

cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCAMTG_FUZZ=ON -DCAMTG_SANITIZE=address,undefined \
  -DCAMTG_BUILD_TESTS=OFF -DCAMTG_BUILD_CLI=OFF -DCAMTG_BUILD_PYTHON=OFF \
  -DCAMTG_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$build" -j"$jobs" \
  --target camtg_fuzz_open_buffer camtg_fuzz_open_snapshot camtg_snapshot_seeds >/dev/null

# Read-only seeds, gathered fresh each run so they follow the sources.
seeds="$build/seeds"
snapshot_seeds="$build/seeds-snapshot"
rm -rf "$seeds" "$snapshot_seeds"
artifacts="$build/artifacts/$(date -u +%Y%m%dT%H%M%S)"
mkdir -p "$seeds" "$snapshot_seeds" "$artifacts"
cp "$root"/fuzz/corpus/* "$seeds"/
find "$root/fuzz/regressions" -maxdepth 1 -type f -exec cp {} "$seeds"/ \;
cp "$root"/data/*.json "$seeds"/
cp "$root"/tests/c/data/*.json "$seeds"/ 2>/dev/null || true
cp "$root"/tests/hostile/base.json "$seeds"/hostile-base.json
for dir in "$root"/tests/hostile/cases/*/; do
  cp "$dir/input" "$seeds/case-$(basename "$dir")"
done
ASAN_OPTIONS="detect_leaks=1" "$build/fuzz/camtg_snapshot_seeds" "$snapshot_seeds" "$root"/fuzz/corpus/*.json
cp "$root"/fuzz/regressions/snapshot/* "$snapshot_seeds"/

# fuzz TARGET SECONDS WORK SEEDS [FLAGS...]: one bounded run; its figures,
# or its crash inputs and a non-zero status.
fuzz() {
  local target="$1" time="$2" work="$3" from="$4" status
  shift 4
  local log="$build/fuzz-$target.log"
  mkdir -p "$work"
  echo "fuzz $target: ${time}s over $(ls "$from" | wc -l) seeds and $(ls "$work" | wc -l) saved inputs; log in $log"
  set +e
  ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:allocator_may_return_null=1" \
  UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    "$build/fuzz/camtg_fuzz_$target" \
    -max_total_time="$time" -timeout=20 -rss_limit_mb=4096 -max_len=131072 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 "$@" \
    "$work" "$from" >"$log" 2>&1
  status=$?
  set -e
  # The figures worth keeping: the last status line and the final stats.
  grep -E '^#[0-9]+' "$log" | tail -n 1 || true
  grep -E '^stat::' "$log" || true
  if [ "$status" -ne 0 ]; then
    echo "fuzz $target: FAILED (status $status); crash inputs:" >&2
    ls -l "$artifacts" >&2
    grep -E 'ERROR|invariant failed|runtime error' "$log" | head -n 5 >&2
    return 1
  fi
}

snapshot_time=$((seconds / 3))
failed=0
fuzz open_buffer $((seconds - snapshot_time)) "$root/fuzz/corpus-work" "$seeds" \
  -dict="$root/fuzz/camtg.dict" "$@" || failed=1
fuzz open_snapshot "$snapshot_time" "$root/fuzz/corpus-work-snapshot" "$snapshot_seeds" "$@" || failed=1
[ "$failed" = 0 ] || exit 1
echo "fuzz: no crash in ${seconds}s"
