# SPDX-License-Identifier: MIT
"""Builds and runs the README's C quick start against a staged install,
with exactly the commands the README's "Installing elsewhere" gives.

    readme_quickstart.py README.md STAGED_PREFIX WORK_DIR

The C program is the first ```c block of the "C quick start" section; the
commands are the ```sh block of "Installing elsewhere" that links with
-Wl,-rpath. They run in bash with PREFIX set to the staged prefix, as a
user who installed with `cmake --install build --prefix "$PREFIX"` would.
"""
import os
import re
import shutil
import subprocess
import sys


def section(text, title):
    start = text.index("\n" + title + "\n")
    end = re.search(r"\n#{2,3} ", text[start + len(title) + 2:])
    return text[start:start + len(title) + 2 + end.start()] if end else text[start:]


def blocks(text, lang):
    return re.findall(r"```" + lang + r"\n(.*?)```", text, re.S)


def main():
    readme, prefix, work = sys.argv[1:4]
    with open(readme, encoding="utf-8") as f:
        text = f.read()
    program = blocks(section(text, "## C quick start"), "c")[0]
    commands = [b for b in blocks(section(text, "### Installing elsewhere"), "sh")
                if "-Wl,-rpath" in b]
    if len(commands) != 1:
        sys.exit("README: expected one sh block with -Wl,-rpath under 'Installing elsewhere'")
    commands = commands[0]
    for needed in ('pkg-config --variable=libdir camtg', 'LD_LIBRARY_PATH='):
        if needed not in commands:
            sys.exit(f"README: the commands do not use {needed}")

    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    with open(os.path.join(work, "kaz.c"), "w", encoding="utf-8") as f:
        f.write(program)
    env = dict(os.environ, PREFIX=os.path.abspath(prefix))
    for var in ("LD_LIBRARY_PATH", "PKG_CONFIG_PATH", "PKG_CONFIG_LIBDIR"):
        env.pop(var, None)
    # cc is whatever the build used, as a user's cc would be.
    if "CC" in env:
        os.makedirs(os.path.join(work, "bin"))
        os.symlink(env["CC"], os.path.join(work, "bin", "cc"))
        env["PATH"] = os.path.join(work, "bin") + os.pathsep + env["PATH"]
    print(commands)
    run = subprocess.run(["bash", "-euo", "pipefail", "-c", commands], cwd=work, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sys.stderr.write(run.stderr)
    if run.returncode != 0:
        sys.exit(f"the README's commands failed with status {run.returncode}")

    # The commands run the program twice (rpath, then LD_LIBRARY_PATH): the
    # same commitments both times, each an id and summary line then its quote.
    lines = run.stdout.splitlines()
    if not lines or len(lines) % 2:
        sys.exit(f"unexpected output:\n{run.stdout}")
    half = len(lines) // 2
    first, second = lines[:half], lines[half:]
    if first != second:
        sys.exit(f"the two builds printed different output:\n{run.stdout}")
    ids = []
    for head, quote in zip(first[0::2], first[1::2]):
        if not re.match(r'^\S+ +\S', head) or not re.match(r'^  ".+"$', quote):
            sys.exit(f"unexpected commitment lines:\n{head}\n{quote}")
        ids.append(head.split()[0])
    if len(set(ids)) != len(ids):
        sys.exit(f"a commitment is printed twice: {ids}")
    # The program found its library through what the README said, not
    # through the loader's default path.
    needed = subprocess.run(["ldd", os.path.join(work, "kaz")], stdout=subprocess.PIPE,
                            text=True, env=env).stdout
    if os.path.realpath(prefix) not in needed and os.path.abspath(prefix) not in needed:
        sys.exit(f"kaz does not load libcamtg from the staged prefix:\n{needed}")
    print(f"ok: {len(ids)} commitments involving Kazakhstan, twice")


if __name__ == "__main__":
    main()
