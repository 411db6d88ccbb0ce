# SPDX-License-Identifier: MIT
"""Child process of test_safety: the resident set size before and after
three loads of FILE interrupted (as by Ctrl-C) right after the C call
returned, then with one and with two databases kept. Prints the four sizes
in bytes."""

from __future__ import annotations

import ctypes
import gc
import os
import sys
from typing import Any

import camtg
from camtg import _capi

PROCESS = ctypes.CDLL(None)
# Free memory goes back to the system before each reading, so that the
# RSS counts what is in use: the ASan allocator when it replaces malloc,
# glibc's otherwise.
PURGE = getattr(PROCESS, "__sanitizer_purge_allocator", None)


def rss() -> int:
    gc.collect()
    if PURGE is not None:
        PURGE()
    else:
        PROCESS.malloc_trim(0)
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def interrupt(frame: Any, event: str, arg: Any) -> None:
    if event == "c_return" and arg is _capi._capi_ext.camtg_open_file:
        sys.setprofile(None)
        raise KeyboardInterrupt


def main() -> None:
    path = sys.argv[1]
    before = rss()
    for _ in range(3):
        sys.setprofile(interrupt)
        try:
            camtg.open(path)
        except KeyboardInterrupt:
            pass
        else:
            sys.exit("the load was not interrupted")
    interrupted = rss()
    one = camtg.open(path)
    one_kept = rss()
    two = camtg.open(path)
    two_kept = rss()
    assert not one.closed and not two.closed
    print(before, interrupted, one_kept, two_kept)


if __name__ == "__main__":
    main()
