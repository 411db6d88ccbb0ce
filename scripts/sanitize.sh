#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The whole ctest suite under AddressSanitizer and UndefinedBehaviorSanitizer:
# scripts/sanitize.sh
#
# Configures build-asan/ (override with CAMTG_ASAN_BUILD) with clang and
# CAMTG_SANITIZE=address,undefined, which compiles every target with
# -fno-sanitize-recover=all: the first report aborts its test. The Python
# tests run the uninstrumented interpreter with the ASan runtime preloaded
# (tests/python/CMakeLists.txt sets LD_PRELOAD, PYTHONMALLOC=malloc and
# detect_leaks=0 for them); every C program checks leaks too. The valgrind
# twins are left out: valgrind and ASan cannot share a process.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${CAMTG_ASAN_BUILD:-$root/build-asan}"
jobs="${CAMTG_JOBS:-2}"
cc="${CAMTG_SANITIZE_CC:-clang}"

cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCAMTG_SANITIZE=address,undefined >/dev/null
cmake --build "$build" --parallel "$jobs"

# Reports must fail loudly and show where they came from; leak checking is on
# for the C programs (the Python tests turn it off for the interpreter).
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
ctest --test-dir "$build" --output-on-failure --parallel "$jobs" -LE valgrind
echo "sanitize: whole suite clean under ASan+UBSan"
