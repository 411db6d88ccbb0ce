#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian packages libcamtg needs to build and test, skipping
# what is already there. Runs as root (or through sudo when available).
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  libjansson-dev libcunit1-dev libutf8proc-dev
  swig python3 python3-dev
  valgrind clang libclang-rt-14-dev
  graphviz groff-base man-db
  doxygen bash-completion python3-venv
  dpkg-dev debhelper dh-python fakeroot lintian
  chromium chromium-driver python3-selenium
  libsqlite3-dev  # the benchmark's anchor only (scripts/bench.sh)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
echo "deps: installing ${missing[*]}" >&2
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
  "${missing[@]}" >/dev/null
