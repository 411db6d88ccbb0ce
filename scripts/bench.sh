#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Benchmark against the anchors, in one run: scripts/bench.sh [MEETINGS...]
# (default: 1000 10000; add 100000 given time and about 6 GB of memory).
#
# Builds a Release tree in build-bench/ (override with CAMTG_BENCH_BUILD),
# generates meeting-shaped corpora with bench/bench_corpus into a temporary
# folder, and prints for each size: Jansson's own parse of the file (time,
# peak memory); libcamtg's JSON load (time, peak memory, each as a ratio to
# Jansson's); the involving query for country K000 through camtg_query_next
# beside SQLite's C API on indexed in-memory tables; and the same from
# Python beside the sqlite3 module and a scan of json.load output; the
# snapshot written from the same database (camtg_snapshot_write: its time
# and size), the median time of camtg_open_file on it and the private
# memory the first open adds to its process, and the involving query on the
# snapshot-opened database beside the JSON-loaded one. Then the
# 20,000 x 20,000 group fan-out file. Every step runs in its own process, so
# each peak is that step's own. Times are CPU seconds of the process (user
# and system; wall time in brackets), because on a shared machine wall time
# measures the neighbours; each query is timed over at least 0.5 s of CPU.
# Needs libsqlite3-dev (scripts/deps.sh installs it). Figures only: nothing
# here passes or fails on a time.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${CAMTG_BENCH_BUILD:-$root/build-bench}"
jobs="${CAMTG_JOBS:-2}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCAMTG_BUILD_TESTS=OFF \
  -DCAMTG_BUILD_EXAMPLES=OFF -DCAMTG_BUILD_CLI=OFF >/dev/null
cmake --build "$build" -j"$jobs" --target bench_corpus bench_scale camtg_python camtg_python_files >/dev/null 2>&1 ||
  cmake --build "$build" -j"$jobs" >/dev/null
bench="$build/bench"
[ -x "$bench/bench_scale" ] || { echo "bench.sh: bench_scale not built (libsqlite3-dev missing?)" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/camtg-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# field NAME LINE: the value of NAME=... in a line of figures
field() { sed -n "s/.*\\b$1=\\([^ ]*\\).*/\\1/p" <<<"$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
# target TEXT VALUE le|ge BOUND: one line saying whether a measured ratio
# meets its target
target() {
  local verdict
  verdict=$(awk -v v="$2" -v op="$3" -v b="$4" \
    'BEGIN { print ((op == "le" ? v <= b : v >= b) ? "met" : "not met") }')
  printf '    %-40s %-9s %s\n' "$1" "$2 x" "$verdict"
}

echo "libcamtg benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(uname -srm); $(nproc) cores; $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "memory: $(free -g | awk '/^Mem:/ { print $2 " GiB" }'); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

for n in "${sizes[@]}"; do
  file="$work/meetings-$n.json"
  "$bench/bench_corpus" meetings "$n" "$file"
  bytes=$(stat -c %s "$file")
  parse=$("$bench/bench_scale" parse "$file")
  load=$("$bench/bench_scale" load "$file")
  snap="$work/meetings-$n.camtg"
  compile=$("$bench/bench_scale" compile "$file" "$snap")
  opened=$("$bench/bench_scale" open "$snap")
  query=$("$bench/bench_scale" query "$file" K000 "$snap")
  python=$(PYTHONPATH="$build/python" python3 "$root/bench/bench_python.py" "$file" K000)

  jt=$(field seconds "$parse"); jp=$(field peak_kib "$parse")
  lt=$(field seconds "$load"); lp=$(field peak_kib "$load")
  echo "== $n meetings: $(mib $((bytes / 1024))) MiB of JSON," \
       "$(field entities "$load") entities, $(field commitments "$load") commitments"
  printf '  %-38s %8.3f s (%.3f)  peak %8s MiB (%s x the file)\n' "Jansson json_load_file" \
    "$jt" "$(field wall "$parse")" "$(mib "$jp")" "$(ratio $((jp * 1024)) "$bytes")"
  printf '  %-38s %8.3f s (%.3f)  peak %8s MiB (%s x the file)\n' "libcamtg camtg_open_file" \
    "$lt" "$(field wall "$load")" "$(mib "$lp")" "$(ratio $((lp * 1024)) "$bytes")"
  printf '  %-38s %s x Jansson'"'"'s time, %s x its peak\n' "  load as a ratio" \
    "$(ratio "$lt" "$jt")" "$(ratio "$lp" "$jp")"
  sb=$(field bytes "$compile")
  printf '  %-38s %8.3f s (%.3f)  size %8s MiB (%s x the file)\n' "snapshot camtg_snapshot_write" \
    "$(field seconds "$compile")" "$(field wall "$compile")" "$(mib $((sb / 1024)))" \
    "$(ratio "$sb" "$bytes")"
  # Private memory gained by the open: the larger of the growth of
  # Anonymous and of Private_Dirty (smaps_rollup), which overlap.
  ot=$(field seconds "$opened")
  op=$(awk -v a="$(field anonymous_kib "$opened")" -v d="$(field private_dirty_kib "$opened")" \
    'BEGIN { print (a > d ? a : d) }')
  printf '  %-38s %8.3f ms (%.3f)  the median of %s opens\n' "snapshot camtg_open_file" \
    "$(awk -v s="$ot" 'BEGIN { printf "%.3f", s * 1000 }')" \
    "$(awk -v s="$(field wall "$opened")" 'BEGIN { printf "%.3f", s * 1000 }')" "$(field runs "$opened")"
  printf '  %-38s private memory +%s MiB: Anonymous +%s KiB, Private_Dirty +%s KiB\n' "" \
    "$(mib "$op")" "$(field anonymous_kib "$opened")" "$(field private_dirty_kib "$opened")"
  printf '  %-38s %s x Jansson'"'"'s time; private memory %s x the snapshot\n' \
    "  open as a ratio" "$(ratio "$ot" "$jt")" "$(ratio $((op * 1024)) "$sb")"
  printf '  %-38s %s rows: C %s ms, SQLite C API %s ms: C is %s x faster\n' \
    "involving K000, C" "$(field rows "$query")" \
    "$(awk -v s="$(field c_seconds "$query")" 'BEGIN { printf "%.3f", s * 1000 }')" \
    "$(awk -v s="$(field sqlite_seconds "$query")" 'BEGIN { printf "%.3f", s * 1000 }')" \
    "$(field ratio "$query")"
  printf '  %-38s %s rows: C %s ms on the snapshot (%s ms JSON-loaded): %s x SQLite C API\n' \
    "involving K000, C, snapshot" "$(field rows "$query")" \
    "$(awk -v s="$(field snapshot_seconds "$query")" 'BEGIN { printf "%.3f", s * 1000 }')" \
    "$(awk -v s="$(field c_seconds "$query")" 'BEGIN { printf "%.3f", s * 1000 }')" \
    "$(field snapshot_ratio "$query")"
  ms() { awk -v s="$(field "$1" "$python")" 'BEGIN { printf "%.3f", s * 1000 }'; }
  printf '  %-38s len %s ms, ids %s ms (ids() method: %s); sqlite3 %s ms; scan %s ms\n' \
    "involving K000, Python" "$(ms len_seconds)" "$(ms ids_seconds)" \
    "$(field ids_method "$python")" "$(ms sqlite3_seconds)" "$(ms scan_seconds)"
  printf '  %-38s len %s x sqlite3, %s x scan; ids %s x sqlite3, %s x scan\n' "" \
    "$(field len_vs_sqlite3 "$python")" "$(field len_vs_scan "$python")" \
    "$(field ids_vs_sqlite3 "$python")" "$(field ids_vs_scan "$python")"
  echo "  targets (set for 10,000 meetings), from the figures above:"
  target "JSON load <= 1.2 x Jansson's time" "$(ratio "$lt" "$jt")" le 1.2
  target "load peak <= 2 x the file" "$(ratio $((lp * 1024)) "$bytes")" le 2
  target "involving, C >= 20 x SQLite C API" "$(field ratio "$query")" ge 20
  target "Python len() >= 5 x sqlite3" "$(field len_vs_sqlite3 "$python")" ge 5
  target "Python len() >= 20 x scan" "$(field len_vs_scan "$python")" ge 20
  target "Python ids() >= 5 x sqlite3" "$(field ids_vs_sqlite3 "$python")" ge 5
  target "Python ids() >= 20 x scan" "$(field ids_vs_scan "$python")" ge 20
  target "snapshot open <= 1/500 x Jansson's parse" "$(awk -v o="$ot" -v j="$jt" 'BEGIN { printf "%.5f", o / j }')" le 0.002
  target "private after open <= 0.05 x snapshot" "$(awk -v p="$op" -v b="$sb" 'BEGIN { printf "%.3f", p * 1024 / b }')" le 0.05
  target "snapshot involving, C >= 20 x SQLite" "$(field snapshot_ratio "$query")" ge 20
  rm -f "$file" "$snap"
done

fan="$work/fanout.json"
"$bench/bench_corpus" fanout 20000 "$fan"
load=$("$bench/bench_scale" load "$fan")
echo "== 20,000 x 20,000 group fan-out: $(mib $(($(stat -c %s "$fan") / 1024))) MiB of JSON"
printf '  %-38s %8.3f s (%.3f)  peak %8s MiB\n' "libcamtg camtg_open_file" \
  "$(field seconds "$load")" "$(field wall "$load")" "$(mib "$(field peak_kib "$load")")"
echo "  targets:"
printf '    %-40s %-9s %s\n' "loads in under a second" "$(field seconds "$load") s" \
  "$(awk -v s="$(field seconds "$load")" 'BEGIN { print s < 1 ? "met" : "not met" }')"
printf '    %-40s %-9s %s\n' "peak under 100 MB" "$(mib "$(field peak_kib "$load")") MiB" \
  "$(awk -v k="$(field peak_kib "$load")" 'BEGIN { print k * 1024 < 100e6 ? "met" : "not met" }')"
