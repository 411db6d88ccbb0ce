#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what is missing, builds with
# warnings as errors, runs every ctest suite (C, valgrind, Python, command
# line, hostile input), then the sanitizer, thread-sanitizer and bounded
# fuzzing stages. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh

echo "== build and ctest (warnings are errors, valgrind included)"
cmake -S . -B build/ci -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAMTG_WERROR=ON >/dev/null
cmake --build build/ci --parallel 2
ctest --test-dir build/ci --output-on-failure --parallel 2

echo "== the whole suite under AddressSanitizer and UndefinedBehaviorSanitizer"
CAMTG_ASAN_BUILD="$PWD/build/asan" scripts/sanitize.sh

echo "== the concurrency test under ThreadSanitizer"
CAMTG_TSAN_BUILD="$PWD/build/tsan" scripts/tsan.sh

echo "== bounded fuzzing of camtg_open_buffer and every query (60 s)"
CAMTG_FUZZ_BUILD="$PWD/build/fuzz" scripts/fuzz.sh "${CAMTG_FUZZ_SECONDS:-60}"

echo "== all stages passed"
