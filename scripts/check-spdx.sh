#!/usr/bin/env bash
# Lists the source files that do not say, near their top, which licence they
# are under ("SPDX-License-Identifier: MIT", as in LICENSE), and exits 1 when
# there is any. Source files are the C, C++, SWIG, Python, shell and CMake
# files, makefiles, templates (*.in), the man page and the bash completion;
# data, documentation and debian/ (covered by debian/copyright) are not.
#   scripts/check-spdx.sh [ROOT]     (default: the repository this script is in)
set -euo pipefail
root="${1:-$(dirname "$0")/..}"
cd "$root"

list_files() {
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files --cached --others --exclude-standard
  else
    find . -path ./build -prune -o -path ./.git -prune -o -type f -print | sed 's|^\./||'
  fi
}

is_source() {
  case "$1" in
    debian/*|*/data/*|*/cases/*|fuzz/corpus/*|fuzz/regressions/*) return 1 ;;
    *.c|*.h|*.cpp|*.i|*.py|*.sh|*.cmake|*.in|*.1|*/CMakeLists.txt|CMakeLists.txt) return 0 ;;
    Makefile|*/Makefile|completion/*) return 0 ;;
  esac
  return 1
}

missing=0
while IFS= read -r f; do
  [ -f "$f" ] || continue
  is_source "$f" || continue
  if ! head -n 10 -- "$f" | grep -q 'SPDX-License-Identifier: MIT'; then
    echo "$f"
    missing=$((missing + 1))
  fi
done < <(list_files | LC_ALL=C sort)

if [ "$missing" -gt 0 ]; then
  echo "check-spdx: $missing source file(s) lack 'SPDX-License-Identifier: MIT' in their first 10 lines" >&2
  exit 1
fi
echo "check-spdx: every source file carries SPDX-License-Identifier: MIT" >&2
