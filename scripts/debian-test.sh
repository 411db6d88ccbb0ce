#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Debian packages, end to end, as root on a Debian 12 machine:
#   1. build libcamtg1, libcamtg-dev, python3-camtg and camtg with
#      `dpkg-buildpackage -us -uc -b` from a copy of the sources;
#   2. lintian: no errors (warnings are listed);
#   3. install them with dpkg -i and, from the installed system only, build
#      and run the README's C quick start exactly as the README says
#      (cc kaz.c $(pkg-config --cflags --libs camtg) -o kaz), import camtg in
#      python3, run `camtg summary`, and find the man page, the bash
#      completion and the API reference;
#   4. purge them and check that none of their files is left.
# scripts/test.sh runs it (skipped with CAMTG_QUICK=1).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
[ "$(id -u)" -eq 0 ] || { echo "debian-test: run as root (it installs packages with dpkg -i)" >&2; exit 1; }
packages=(camtg python3-camtg libcamtg-dev libcamtg1)
for tool in dpkg-buildpackage dh lintian dh_python3 doxygen; do
  command -v "$tool" >/dev/null || { echo "debian-test: $tool is missing (scripts/deps.sh installs it)" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/camtg-deb.XXXXXX")"
installed_here=0
cleanup() {
  if [ "$installed_here" -eq 1 ]; then dpkg --purge "${packages[@]}" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Another libcamtg (a `cmake --install` to /usr/local, say) would answer
# instead of the packages: refuse rather than test the wrong copy.
for p in "${packages[@]}"; do
  if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    echo "debian-test: $p is already installed; remove it first (dpkg --purge ${packages[*]})" >&2
    exit 1
  fi
done
if pkg-config --exists camtg 2>/dev/null || [ -e /usr/local/bin/camtg ]; then
  echo "debian-test: another libcamtg is installed ($(pkg-config --variable=pcfiledir camtg 2>/dev/null || echo /usr/local/bin/camtg));" \
       "uninstall it first (cmake --build BUILD --target uninstall)" >&2
  exit 1
fi

echo "== dpkg-buildpackage -us -uc -b"
version="$(cd "$root" && dpkg-parsechangelog -S Version)"
src="$work/camtg-$version"
mkdir -p "$src"
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  (cd "$root" && git ls-files -z --cached --others --exclude-standard |
     xargs -0 -I{} sh -c 'test -e "{}" && printf "%s\0" "{}"' |
     tar --null -T - -cf -) | tar -xf - -C "$src"
else
  tar -C "$root" --exclude=./build --exclude=./.git -cf - . | tar -xf - -C "$src"
fi
(cd "$src" && DEB_BUILD_OPTIONS="parallel=${CAMTG_JOBS:-2}" dpkg-buildpackage -us -uc -b) \
  > "$work/build.log" 2>&1 || { tail -n 60 "$work/build.log" >&2; echo "debian-test: dpkg-buildpackage failed" >&2; exit 1; }
grep -E "dpkg-gensymbols|^dpkg-deb: building" "$work/build.log" || true

echo "== lintian (errors fail)"
changes=("$work"/camtg_*_*.changes)
lintian --fail-on error --no-tag-display-limit "${changes[0]}" > "$work/lintian.log" 2>&1 &&
  lintian_rc=0 || lintian_rc=$?
cat "$work/lintian.log"
echo "lintian: $(grep -c '^E:' "$work/lintian.log" || true) errors, $(grep -c '^W:' "$work/lintian.log" || true) warnings"
[ "$lintian_rc" -eq 0 ] || { echo "debian-test: lintian reports errors" >&2; exit 1; }

echo "== dpkg -i"
debs=()
for p in "${packages[@]}"; do debs+=("$work/${p}_${version}_"*.deb); done
installed_here=1
dpkg -i "${debs[@]}"
files=()
for p in "${packages[@]}"; do
  while IFS= read -r f; do [ -f "$f" ] || [ -L "$f" ] && files+=("$f"); done < <(dpkg -L "$p")
done

user="$work/user"
mkdir -p "$user"
cd "$user"
echo "== the README's C quick start with pkg-config"
awk '/^## C quick start/ { s = 1 } s && /^```c$/ { c = 1; next } c && /^```$/ { exit } c' \
  "$root/README.md" > kaz.c
[ -s kaz.c ] || { echo "debian-test: no C quick start in README.md" >&2; exit 1; }
cc kaz.c $(pkg-config --cflags --libs camtg) -o kaz
./kaz > kaz.out
[ -s kaz.out ] || { echo "debian-test: the quick start printed nothing" >&2; exit 1; }
head -n 4 kaz.out
libs="$(ldd ./kaz)"  # whole, before grep: grep -q would cut ldd off (pipefail)
grep -Eq "libcamtg\.so\.[0-9]+ => /(usr/)?lib/" <<<"$libs" ||
  { echo "$libs" >&2; echo "debian-test: kaz does not load the packaged libcamtg" >&2; exit 1; }

echo "== python3 -c 'import camtg'"
/usr/bin/python3 -c 'import camtg, sys; assert camtg.__file__.startswith("/usr/lib/python3/dist-packages/"), camtg.__file__; print(camtg.open())'

echo "== camtg summary"
[ "$(command -v camtg)" = /usr/bin/camtg ] || { echo "debian-test: camtg is $(command -v camtg), not /usr/bin/camtg" >&2; exit 1; }
camtg summary > summary.out
head -n 8 summary.out
# debian/changelog's version is written by hand: the packages must name the
# release the packaged library reports.
reported="$(camtg --version)"
[ "$reported" = "camtg ${version%%-*}" ] ||
  { echo "debian-test: debian/changelog says $version, the packaged camtg says \"$reported\"" >&2; exit 1; }
for f in /usr/share/man/man1/camtg.1.gz /usr/share/bash-completion/completions/camtg \
         /usr/share/doc/libcamtg-dev/html/index.html /usr/share/doc/libcamtg1/copyright; do
  [ -e "$f" ] || { echo "debian-test: $f is not installed" >&2; exit 1; }
done
man -w camtg >/dev/null

echo "== dpkg --purge"
cd /
dpkg --purge "${packages[@]}"
installed_here=0
left=()
for f in "${files[@]}"; do [ -e "$f" ] || [ -L "$f" ] && left+=("$f"); done
if [ ${#left[@]} -gt 0 ]; then
  echo "debian-test: left after purge: ${left[*]}" >&2
  exit 1
fi
if /usr/bin/python3 -c 'import camtg' 2>/dev/null; then
  echo "debian-test: camtg still imports after purge" >&2
  exit 1
fi
echo "ok: ${#files[@]} files installed and removed; packages built, installed, used and purged"
