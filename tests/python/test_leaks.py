# SPDX-License-Identifier: MIT
"""No memory is kept across 10,000 open/use/close cycles.

Two measures, both counts of live bytes rather than timings:
- the C side: glibc's mallinfo2() (bytes in use), or the ASan allocator's
  own count when the sanitizer runtime is loaded (it replaces malloc), plus
  the database images the library maps outside the heap;
- Python objects: tracemalloc.
A leak of even a few bytes per cycle adds up to far more than the slack
allowed after 10,000 cycles.
"""

from __future__ import annotations

import ctypes
import gc
import tracemalloc
import unittest
from typing import Callable

import camtg
from oracle import multilingual_dataset_path

CYCLES = 10_000
WARMUP = 300
# Allowed growth in bytes over all cycles: far less than one byte per cycle
# times the smallest heap block, i.e. no per-cycle leak can hide under it.
C_SLACK = 64 * 1024
PY_SLACK = 64 * 1024


# A database is an image mapped outside the heap, at an address that is a
# multiple of this (libcamtg/image.h), starting with the snapshot magic
# (docs/snapshot.md): the readable mappings that start there with it are
# the databases'. (Other mappings can start at such an address too: the
# AddressSanitizer allocator's regions do.)
IMAGE_ALIGN = 1 << 31 if ctypes.sizeof(ctypes.c_void_p) == 8 else 1 << 26
IMAGE_MAGIC = b"\x89CAMTGS\n"


def image_bytes() -> int:
    """The bytes of every database image mapped in this process. The magic
    is read through /proc/self/mem, which no sanitizer checks: a mapping
    that is not an image may be memory its allocator guards."""
    total = 0
    with open("/proc/self/maps", encoding="ascii") as maps, \
            open("/proc/self/mem", "rb", buffering=0) as mem:
        for line in maps:
            fields = line.split()
            start, end = (int(x, 16) for x in fields[0].split("-"))
            if start % IMAGE_ALIGN == 0 and fields[1].startswith("r"):
                mem.seek(start)
                if mem.read(len(IMAGE_MAGIC)) == IMAGE_MAGIC:
                    total += end - start
    return total


def heap_meter() -> Callable[[], int]:
    """A function giving the bytes currently allocated on the C heap plus
    the database images mapped outside it."""
    process = ctypes.CDLL(None)
    try:
        asan = process.__sanitizer_get_current_allocated_bytes
    except AttributeError:
        pass
    else:
        asan.restype = ctypes.c_size_t
        return lambda: int(asan()) + image_bytes()

    class MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
            "fsmblks", "uordblks", "fordblks", "keepcost")]

    mallinfo2 = process.mallinfo2
    mallinfo2.restype = MallInfo2

    def in_use() -> int:
        info = mallinfo2()
        return int(info.uordblks + info.hblkhd) + image_bytes()

    return in_use


class LeakTest(unittest.TestCase):
    def setUp(self) -> None:
        with open(multilingual_dataset_path(), encoding="utf-8") as f:
            self.document = f.read()
        self.bad_document = self.document.replace('"camtg": 1', '"camtg": 1 @', 1)

    def cycle(self, i: int) -> None:
        """One open/use/close, varying the way the database goes away and
        passing through the error paths."""
        if i % 2:
            db = camtg.loads(self.document)
        else:
            db = camtg.open()
        kazakhstan = db.entity("KAZ")
        quotes = [c.quote for c in db.commitments(involving=kazakhstan)]
        self.assertTrue(quotes)
        way = i % 4
        if way == 0:
            db.close()
        elif way == 1:
            with db:
                db.verify()
        elif way == 2:
            held = db.commitments()[0]
            del db
            self.assertTrue(held.summary)
        else:
            del db  # freed when the last record (kazakhstan) goes at return
        try:
            camtg.loads(self.bad_document)
        except camtg.Error:
            pass
        try:
            camtg.open("/nonexistent/camtg/dataset.json")
        except FileNotFoundError:
            pass

    def test_open_close_cycles_keep_no_memory(self) -> None:
        heap = heap_meter()
        for i in range(WARMUP):
            self.cycle(i)
        gc.collect()
        tracemalloc.start()
        try:
            py_before = tracemalloc.get_traced_memory()[0]
            c_before = heap()
            for i in range(CYCLES):
                self.cycle(i)
            gc.collect()
            c_after = heap()
            py_after = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        self.assertGreater(c_before, 0, "the heap meter reads nothing")
        self.assertLess(c_after - c_before, C_SLACK,
                        f"C heap grew by {c_after - c_before} bytes over {CYCLES} cycles")
        self.assertLess(py_after - py_before, PY_SLACK,
                        f"Python objects grew by {py_after - py_before} bytes over {CYCLES} cycles")

    def test_close_frees_the_database_at_once(self) -> None:
        # close() must free the C data now, not when the last record goes.
        heap = heap_meter()
        gc.collect()
        before = heap()
        databases = [camtg.open() for _ in range(20)]
        held = [db.entities()[0] for db in databases]
        opened = heap()
        self.assertGreater(opened - before, C_SLACK)
        for db in databases:
            db.close()
        closed = heap()
        self.assertLess(closed - before, (opened - before) // 10,
                        f"{closed - before} of {opened - before} bytes still in use after close()")
        self.assertEqual(len(held), 20)

    def test_the_meter_sees_a_leak(self) -> None:
        # Guard against a meter that reads a constant: a database left open
        # on purpose must show up.
        heap = heap_meter()
        gc.collect()
        before = heap()
        leaked = [camtg._capi.camtg_open_default()[1] for _ in range(20)]
        grown = heap() - before
        del leaked  # the raw module's handles own their database
        gc.collect()
        self.assertGreater(grown, C_SLACK)
        self.assertLess(heap() - before, C_SLACK)


if __name__ == "__main__":
    unittest.main()
