#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The whole test suite, as CI runs it: installs what is missing, builds with
# warnings as errors, runs every ctest suite (C, valgrind, Python, command
# line, hostile input, install, docs), then the sanitizer, thread-sanitizer
# and bounded fuzzing stages, then the packaging stages: a system install to
# /usr/local and its uninstall, pip in fresh venvs, and the Debian packages.
# Exits non-zero on the first failure.
#
# CAMTG_QUICK=1 is the local quick mode: the build and ctest without the
# valgrind label, nothing else. CI never sets it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh

echo "== build and ctest (warnings are errors, valgrind included)"
cmake -S . -B build/ci -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAMTG_WERROR=ON >/dev/null
cmake --build build/ci --parallel 2
if [ "${CAMTG_QUICK:-0}" = 1 ]; then
  ctest --test-dir build/ci --output-on-failure --parallel 2 -LE valgrind
  echo "== quick mode (CAMTG_QUICK=1): valgrind, sanitizer, fuzzing and packaging stages skipped"
  exit 0
fi
ctest --test-dir build/ci --output-on-failure --parallel 2

echo "== the whole suite under AddressSanitizer and UndefinedBehaviorSanitizer"
CAMTG_ASAN_BUILD="$PWD/build/asan" scripts/sanitize.sh

echo "== the concurrency test under ThreadSanitizer"
CAMTG_TSAN_BUILD="$PWD/build/tsan" scripts/tsan.sh

echo "== bounded fuzzing of camtg_open_buffer and of the snapshot reader, with every query (60 s)"
CAMTG_FUZZ_BUILD="$PWD/build/fuzz" scripts/fuzz.sh "${CAMTG_FUZZ_SECONDS:-60}"

echo "== cmake --install to /usr/local: the C quick start with nothing else typed, then uninstall"
scripts/install-test.sh build/ci

echo "== pip install --no-build-isolation . in fresh venvs, then pip uninstall"
scripts/pip-test.sh

echo "== Debian packages: build, lintian, dpkg -i, use, purge"
scripts/debian-test.sh

echo "== all stages passed"
