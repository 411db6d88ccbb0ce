#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The main job: installs what is missing, builds the library and the camtg
# command line, and prints the summary of the embedded meeting. Arguments
# are passed to `camtg summary` (for example --data FILE goes before it:
# use build/main/tools/camtg directly for other subcommands).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
cmake -S . -B build/main -DCMAKE_BUILD_TYPE=Release \
  -DCAMTG_BUILD_TESTS=OFF -DCAMTG_BUILD_PYTHON=OFF -DCAMTG_BUILD_EXAMPLES=OFF >/dev/null
cmake --build build/main --parallel 2 >/dev/null
exec build/main/tools/camtg summary "$@"
