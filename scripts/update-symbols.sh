#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Writes debian/libcamtg<SOVERSION>.symbols from a built shared library: every
# exported camtg_ symbol, with the version that first had it. Symbols already
# in the file keep their version; new ones get the current project version.
# Run it after adding functions to the public API (dpkg-gensymbols then
# stays quiet); a symbol that disappears means an ABI break: bump
# CAMTG_SOVERSION and rename the package.
#   scripts/update-symbols.sh [BUILD_DIR]      (default: build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
lib="$(readlink -f "$build/libcamtg/libcamtg.so")"
[ -f "$lib" ] || { echo "update-symbols: no $build/libcamtg/libcamtg.so (build first)" >&2; exit 1; }
soname="$(objdump -p "$lib" | awk '$1 == "SONAME" { print $2 }')"
soversion="${soname##*.so.}"
version="$(sed -n 's/^ *VERSION \([0-9][0-9.]*\).*/\1/p' "$root/CMakeLists.txt" | head -n 1)"
out="$root/debian/libcamtg$soversion.symbols"

declare -A since=()
if [ -f "$out" ]; then
  while read -r sym ver; do
    [[ $sym == *@Base ]] && since[$sym]=$ver
  done < <(grep '^ ' "$out")
fi

{
  echo "$soname libcamtg$soversion #MINVER#"
  echo "* Build-Depends-Package: libcamtg-dev"
  nm -D --defined-only "$lib" | awk '$3 ~ /^camtg_/ { print $3 }' | LC_ALL=C sort | while read -r s; do
    echo " $s@Base ${since[$s@Base]:-$version}"
  done
} > "$out.new"
mv "$out.new" "$out"
echo "update-symbols: $(grep -c '^ ' "$out") symbols in ${out#$root/}" >&2
