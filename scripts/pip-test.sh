#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `pip install` as the README says, in fresh virtual environments, with no
# package index: Debian's /usr/bin/python3, and pyenv's python3 when pyenv is
# installed and its interpreter has its headers. For each: install with
# --no-build-isolation, import from outside the source tree, compare
# importlib.metadata.version("camtg") with the C library's version, open the
# embedded dataset, then `pip uninstall camtg` and check nothing is left.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/camtg-pip.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1

interpreters=(/usr/bin/python3)
pyenv_root="${PYENV_ROOT:-$HOME/.pyenv}"
if [ -x "$pyenv_root/bin/pyenv" ]; then
  pyenv_python="$(PYENV_ROOT="$pyenv_root" "$pyenv_root/bin/pyenv" which python3 2>/dev/null || true)"
  if [ -n "$pyenv_python" ] && [ "$pyenv_python" != /usr/bin/python3 ] &&
     "$pyenv_python" -c 'import os, sysconfig, sys; sys.exit(not os.path.isfile(os.path.join(sysconfig.get_paths()["include"], "Python.h")))'; then
    interpreters+=("$pyenv_python")
  else
    echo "pip-test: pyenv's python3 (${pyenv_python:-none}) has no headers: only /usr/bin/python3 is tried" >&2
  fi
fi

n=0
for python in "${interpreters[@]}"; do
  n=$((n + 1))
  venv="$work/venv$n"
  echo "== pip install in a fresh venv of $python ($("$python" --version 2>&1))"
  "$python" -m venv "$venv"
  (cd "$work" && "$venv/bin/python" -m pip install --no-build-isolation "$root")
  (cd "$work" && "$venv/bin/python" - "$venv" <<'PY'
import importlib, importlib.metadata, os, sys
import camtg
venv = os.path.realpath(sys.argv[1])
assert os.path.realpath(camtg.__file__).startswith(venv + os.sep), camtg.__file__
meta = importlib.metadata.version("camtg")
lib = camtg._capi.camtg_version()  # the C library itself, through the private module
assert meta == lib == camtg.__version__, (meta, lib, camtg.__version__)
try:
    importlib.import_module("camtg.capi")
except ModuleNotFoundError:
    pass
else:
    sys.exit("pip-test: the wheel still has the public raw module camtg.capi")
db = camtg.open()
assert len(db.commitments()) > 0
assert importlib.metadata.metadata("camtg")["License"] == "MIT"
print(f"ok: camtg {meta} from {os.path.dirname(camtg.__file__)}: {db}")
PY
  )
  "$venv/bin/python" -m pip uninstall -y camtg
  if (cd "$work" && "$venv/bin/python" -c 'import camtg' 2>/dev/null); then
    echo "pip-test: camtg still imports after pip uninstall" >&2
    exit 1
  fi
  left="$(find "$venv/lib" -maxdepth 3 -iname 'camtg*')"
  if [ -n "$left" ]; then
    echo "pip-test: pip uninstall left $left" >&2
    exit 1
  fi
  echo "ok: pip uninstall removed camtg"
done
