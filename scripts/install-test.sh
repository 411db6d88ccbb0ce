#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's promise for a system install, as root on a Debian machine:
# after `cmake --install BUILD` to /usr/local, the C quick start builds with
# `cc kaz.c $(pkg-config --cflags --libs camtg) -o kaz` and runs with nothing
# else typed; `import camtg` works in /usr/bin/python3; then the uninstall
# target removes it all and pkg-config no longer finds camtg.
#   scripts/install-test.sh BUILD_DIR     (configured with the default prefix)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:?usage: install-test.sh BUILD_DIR}" && pwd)"
[ "$(id -u)" -eq 0 ] || { echo "install-test: run as root (it installs to /usr/local)" >&2; exit 1; }
prefix="$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")"
[ "$prefix" = /usr/local ] || { echo "install-test: $build installs to $prefix, not /usr/local" >&2; exit 1; }
if pkg-config --exists camtg 2>/dev/null; then
  echo "install-test: camtg is installed already ($(pkg-config --variable=pcfiledir camtg)); remove it first" >&2
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/camtg-install.XXXXXX")"
installed=0
cleanup() {
  [ "$installed" -eq 0 ] || cmake --build "$build" --target uninstall >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

installed=1
cmake --install "$build" | tail -n 2
cd "$work"
awk '/^## C quick start/ { s = 1 } s && /^```c$/ { c = 1; next } c && /^```$/ { exit } c' \
  "$root/README.md" > kaz.c
cc kaz.c $(pkg-config --cflags --libs camtg) -o kaz
./kaz > kaz.out
[ -s kaz.out ] || { echo "install-test: the quick start printed nothing" >&2; exit 1; }
libs="$(ldd ./kaz)"  # whole, before grep: grep -q would cut ldd off (pipefail)
grep -Eq "libcamtg\.so\.[0-9]+ => /usr/local/lib/" <<<"$libs" ||
  { echo "$libs" >&2; echo "install-test: kaz does not load /usr/local's libcamtg" >&2; exit 1; }
echo "ok: the quick start runs after cmake --install ($(wc -l < kaz.out) lines)"
/usr/bin/python3 -c 'import camtg; print("ok: import camtg from", camtg.__file__)'

cmake --build "$build" --target uninstall | tail -n 1
installed=0
if pkg-config --exists camtg || [ -e /usr/local/bin/camtg ] || /usr/bin/python3 -c 'import camtg' 2>/dev/null; then
  echo "install-test: camtg is still installed after the uninstall target" >&2
  exit 1
fi
cache="$(ldconfig -p)"
if grep -q "libcamtg\.so" <<<"$cache"; then
  echo "install-test: the dynamic linker's cache still lists libcamtg after uninstall" >&2
  exit 1
fi
echo "ok: uninstall removed it"
