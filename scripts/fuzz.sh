#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Bounded fuzz run: scripts/fuzz.sh [SECONDS [LIBFUZZER-FLAGS...]] (default 60 s).
#
# Builds the libFuzzer target with clang, ASan and UBSan in build-fuzz/
# (override with CAMTG_FUZZ_BUILD), seeds it with fuzz/corpus/, the datasets
# and every hostile case, and fuzzes camtg_open_buffer plus the whole query
# API for SECONDS. New interesting inputs accumulate in fuzz/corpus-work/
# (git-ignored) so that later runs start further on. A crash leaves its input
# in build-fuzz/artifacts/RUN/ and makes the script fail: minimise it with
#   build-fuzz/fuzz/camtg_fuzz_open_buffer -minimize_crash=1 -runs=10000 CRASH
# and keep it in fuzz/regressions/, which ctest replays on every build.
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
cmake --build "$build" -j"$jobs" --target camtg_fuzz_open_buffer >/dev/null

# Read-only seeds, gathered fresh each run so they follow the sources.
seeds="$build/seeds"
rm -rf "$seeds"
artifacts="$build/artifacts/$(date -u +%Y%m%dT%H%M%S)"
mkdir -p "$seeds" "$root/fuzz/corpus-work" "$artifacts"
cp "$root"/fuzz/corpus/* "$root"/fuzz/regressions/* "$seeds"/
cp "$root"/data/*.json "$seeds"/
cp "$root"/tests/c/data/*.json "$seeds"/ 2>/dev/null || true
cp "$root"/tests/hostile/base.json "$seeds"/hostile-base.json
for dir in "$root"/tests/hostile/cases/*/; do
  cp "$dir/input" "$seeds/case-$(basename "$dir")"
done

log="$build/fuzz.log"
echo "fuzz: ${seconds}s over $(ls "$seeds" | wc -l) seeds and $(ls "$root/fuzz/corpus-work" | wc -l) saved inputs; log in $log"
set +e
ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:allocator_may_return_null=1" \
UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
  "$build/fuzz/camtg_fuzz_open_buffer" \
  -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=131072 \
  -dict="$root/fuzz/camtg.dict" -artifact_prefix="$artifacts/" \
  -print_final_stats=1 "$@" \
  "$root/fuzz/corpus-work" "$seeds" >"$log" 2>&1
status=$?
set -e

# The figures worth keeping: the last status line and the final stats.
grep -E '^#[0-9]+' "$log" | tail -n 1 || true
grep -E '^stat::' "$log" || true
if [ "$status" -ne 0 ]; then
  echo "fuzz: FAILED (status $status); crash inputs:" >&2
  ls -l "$artifacts" >&2
  grep -E 'ERROR|invariant failed|runtime error' "$log" | head -n 5 >&2
  exit 1
fi
echo "fuzz: no crash in ${seconds}s"
