# SPDX-License-Identifier: MIT
"""The PEP 517 build backend behind `pip install .`: CMake builds the SWIG
extension with the C library linked in statically, and this module packs
the result into a wheel.

Why not setuptools: Debian 12's setuptools (66) needs the separate `wheel`
package to build any wheel, and a fresh `python3 -m venv` has pip and
setuptools but not `wheel`, while no package index is reachable. This
backend needs nothing beyond the standard library, CMake, a C compiler,
SWIG and the interpreter's headers, so `pip install --no-build-isolation .`
(and plain `pip install .`, which then installs nothing first) works in
any venv, for whichever interpreter runs pip.

The package metadata comes from pyproject.toml ([project]); the version
from project(... VERSION ...) in CMakeLists.txt, so that
importlib.metadata.version("camtg") is the C library's version.

config_settings (pip --config-settings KEY=VALUE):
    build-dir    keep the CMake build here instead of a scratch folder
    cmake-args   extra arguments for the CMake configure, space-separated
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import zipfile
from typing import Dict, List, Optional, Tuple

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = "camtg"


# ---- metadata -------------------------------------------------------------

def _project_table() -> Dict[str, object]:
    """The [project] table of pyproject.toml."""
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as f:
        data = f.read()
    try:
        import tomllib
    except ImportError:  # Python < 3.11: the table uses plain key = "value" lines
        table: Dict[str, object] = {}
        section = ""
        for line in data.decode("utf-8").splitlines():
            line = line.strip()
            if line.startswith("["):
                section = line.strip("[]").strip()
            elif section == "project" and "=" in line:
                key, value = (part.strip() for part in line.split("=", 1))
                if value.startswith('"'):
                    table[key] = value.strip('"')
                elif value.startswith("{"):
                    table[key] = dict(re.findall(r'(\w+)\s*=\s*"([^"]*)"', value))
        return table
    return tomllib.loads(data.decode("utf-8"))["project"]


def version() -> str:
    """MAJOR.MINOR.PATCH from project(camtg VERSION ...) in CMakeLists.txt."""
    with open(os.path.join(ROOT, "CMakeLists.txt"), encoding="utf-8") as f:
        match = re.search(r"project\(\s*camtg\b[^)]*?\bVERSION\s+([0-9][0-9.]*)", f.read())
    if not match:
        raise RuntimeError("camtg: no project(camtg VERSION ...) in CMakeLists.txt")
    return match.group(1)


def _metadata() -> str:
    project = _project_table()
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {NAME}",
        f"Version: {version()}",
        f"Summary: {project.get('description', '')}",
    ]
    license_ = project.get("license")
    if isinstance(license_, dict) and license_.get("text"):
        lines.append(f"License: {license_['text']}")
    if project.get("requires-python"):
        lines.append(f"Requires-Python: {project['requires-python']}")
    for classifier in project.get("classifiers", []) or []:
        lines.append(f"Classifier: {classifier}")
    lines.append("License-File: LICENSE")
    readme = project.get("readme")
    if isinstance(readme, str) and os.path.isfile(os.path.join(ROOT, readme)):
        lines.append("Description-Content-Type: text/markdown")
        with open(os.path.join(ROOT, readme), encoding="utf-8") as f:
            body = f.read()
        return "\n".join(lines) + "\n\n" + body
    return "\n".join(lines) + "\n"


def _tag() -> str:
    """The wheel tag of the running interpreter, e.g. cp311-cp311-linux_x86_64."""
    impl = {"cpython": "cp", "pypy": "pp"}.get(sys.implementation.name, sys.implementation.name)
    python = f"{impl}{sys.version_info[0]}{sys.version_info[1]}"
    soabi = sysconfig.get_config_var("SOABI") or ""
    abi = python + ("d" if soabi.split("-")[1:2] and soabi.split("-")[1].endswith("d") else "")
    platform = re.sub(r"[^A-Za-z0-9]", "_", sysconfig.get_platform())
    return f"{python}-{abi}-{platform}"


# ---- build ------------------------------------------------------------------

def _run(cmd: List[str], **kwargs) -> None:
    print("camtg:", " ".join(shlex.quote(c) for c in cmd), file=sys.stderr, flush=True)
    subprocess.run(cmd, check=True, stdout=sys.stderr, **kwargs)


def _build_package(build_dir: str, extra_args: List[str]) -> str:
    """Configures and builds the binding for this interpreter; returns the
    folder holding the built package (_capi.py, its extension, the layer)."""
    cmake = shutil.which("cmake")
    if not cmake:
        raise RuntimeError("camtg: cmake is needed to build the package (apt-get install cmake)")
    _run([cmake, "-S", ROOT, "-B", build_dir,
          "-DCMAKE_BUILD_TYPE=Release",
          f"-DPython3_EXECUTABLE={sys.executable}",
          "-DBUILD_SHARED_LIBS=OFF",
          "-DCAMTG_BUILD_PYTHON=ON",
          "-DCAMTG_BUILD_TESTS=OFF", "-DCAMTG_BUILD_CLI=OFF",
          "-DCAMTG_BUILD_EXAMPLES=OFF", "-DCAMTG_BUILD_BENCH=OFF"] + extra_args)
    try:
        _run([cmake, "--build", build_dir, "--target", "camtg_python",
              "--parallel", os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", "2")])
    except subprocess.CalledProcessError:
        raise RuntimeError(
            "camtg: the Python extension was not built. It needs SWIG 4 and the headers of "
            f"{sys.executable} (Debian: apt-get install swig python3-dev); see the CMake "
            "messages above.") from None
    package = os.path.join(build_dir, "python", NAME)
    if not any(n.startswith("_capi_ext.") for n in os.listdir(package)):
        raise RuntimeError(f"camtg: no extension module in {package}")
    return package


def _record_line(path: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}"


def _write_wheel(wheel_directory: str, package: str) -> str:
    dist_info = f"{NAME}-{version()}.dist-info"
    tag = _tag()
    files: List[Tuple[str, bytes]] = []
    for name in sorted(os.listdir(package)):
        path = os.path.join(package, name)
        if os.path.isfile(path) and (name.endswith((".py", ".so")) or name == "py.typed"):
            with open(path, "rb") as f:
                files.append((f"{NAME}/{name}", f.read()))
    with open(os.path.join(ROOT, "LICENSE"), "rb") as f:
        files.append((f"{dist_info}/LICENSE", f.read()))
    files.append((f"{dist_info}/METADATA", _metadata().encode("utf-8")))
    files.append((f"{dist_info}/WHEEL", (
        "Wheel-Version: 1.0\n"
        "Generator: camtg_pep517\n"
        "Root-Is-Purelib: false\n"
        f"Tag: {tag}\n").encode()))
    files.append((f"{dist_info}/top_level.txt", f"{NAME}\n".encode()))
    record = [_record_line(p, d) for p, d in files] + [f"{dist_info}/RECORD,,"]
    files.append((f"{dist_info}/RECORD", ("\n".join(record) + "\n").encode()))

    wheel_name = f"{NAME}-{version()}-{tag}.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, wheel_name), "w",
                         zipfile.ZIP_DEFLATED) as whl:
        for path, data in files:
            info = zipfile.ZipInfo(path, date_time=(2026, 1, 1, 0, 0, 0))
            info.external_attr = (0o755 if path.endswith(".so") else 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            whl.writestr(info, data)
    return wheel_name


# ---- PEP 517 hooks -------------------------------------------------------

def get_requires_for_build_wheel(config_settings: Optional[dict] = None) -> List[str]:
    return []


def get_requires_for_build_sdist(config_settings: Optional[dict] = None) -> List[str]:
    return []


def build_wheel(wheel_directory: str, config_settings: Optional[dict] = None,
                metadata_directory: Optional[str] = None) -> str:
    settings = config_settings or {}
    extra = shlex.split(settings.get("cmake-args", ""))
    if settings.get("build-dir"):
        return _write_wheel(wheel_directory, _build_package(settings["build-dir"], extra))
    with tempfile.TemporaryDirectory(prefix="camtg-wheel-") as build_dir:
        return _write_wheel(wheel_directory, _build_package(build_dir, extra))


def build_sdist(sdist_directory: str, config_settings: Optional[dict] = None) -> str:
    """The files git tracks (or, outside a checkout, the tree without build folders)."""
    base = f"{NAME}-{version()}"
    try:
        listed = subprocess.run(["git", "-C", ROOT, "ls-files", "-z"], check=True,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
        paths = [p for p in listed.decode().split("\0") if p]
    except (OSError, subprocess.CalledProcessError):
        paths = []
        for top, dirs, names in os.walk(ROOT):
            dirs[:] = [d for d in dirs if d not in (".git", "build") and not d.startswith("build-")]
            paths += [os.path.relpath(os.path.join(top, n), ROOT) for n in names]
    name = f"{base}.tar.gz"
    with tarfile.open(os.path.join(sdist_directory, name), "w:gz") as tar:
        for path in sorted(paths):
            if os.path.isfile(os.path.join(ROOT, path)):
                tar.add(os.path.join(ROOT, path), arcname=f"{base}/{path}")
        info = tarfile.TarInfo(f"{base}/PKG-INFO")
        meta = _metadata().encode("utf-8")
        info.size = len(meta)
        import io
        tar.addfile(info, io.BytesIO(meta))
    return name
