# SPDX-License-Identifier: MIT
"""Plain Python cannot crash the binding or make it lie.

Regression tests for what users found: copying a database, Ctrl-C during a
load, keys holding NUL or lone surrogates, close() from one thread while
others read, and a load that holds the GIL. Reads of freed memory through
SWIG return garbage rather than crash, so these run under valgrind and ASan
too (see CMakeLists.txt); nothing here depends on timing.
"""

from __future__ import annotations

import copy
import ctypes
import gc
import json
import os
import pickle
import subprocess
import sys
import tempfile
import threading
import unittest
from typing import Any, Callable, List, Optional

import camtg
from camtg import _capi
from oracle import Oracle, default_dataset_path, multilingual_dataset_path
from test_leaks import C_SLACK, heap_meter

PACKAGE_DIR = os.path.dirname(os.path.abspath(camtg.__file__))


class CopyTest(unittest.TestCase):
    def test_copies_are_the_same_object(self) -> None:
        db = camtg.open()
        commitment = db.commitments()[0]
        result = db.commitments()
        for make in (copy.copy, copy.deepcopy):
            with self.subTest(make=make.__name__):
                self.assertIs(make(db), db)
                self.assertIs(make(commitment), commitment)
                self.assertIs(make(result), result)
                self.assertEqual(make([commitment, db.entity("KAZ")]),
                                 [commitment, db.entity("KAZ")])

    def test_closing_a_copy_leaves_no_dangling_reader(self) -> None:
        db = camtg.open()
        entity = db.entity("KAZ")
        twin = copy.copy(db)
        twin.close()
        for read in (db.entities, lambda: entity.name, lambda: db.commitments()):
            with self.assertRaises(camtg.ClosedError):
                read()
        self.assertTrue(db.closed)

    def test_pickling_points_at_to_dict(self) -> None:
        db = camtg.open()
        for thing in (db, db.commitments()[0], db.entity("KAZ"), db.meetings[0], db.source,
                      db.commitments()):
            with self.subTest(thing=type(thing).__name__):
                with self.assertRaises(TypeError) as caught:
                    pickle.dumps(thing)
                self.assertIn("to_dict", str(caught.exception))
                self.assertNotIn("SWIG", str(caught.exception))
        # What it points at works.
        as_dicts = db.commitments().to_dicts()
        self.assertEqual(pickle.loads(pickle.dumps(as_dicts)), as_dicts)


class KeyTest(unittest.TestCase):
    """Keys that no dataset can hold never match, and say so in our words."""

    db: camtg.Database

    @classmethod
    def setUpClass(cls) -> None:
        cls.db = camtg.open()

    def lookups(self) -> List[Callable[[Any], Any]]:
        db = self.db
        return [db.entity, db.meeting, db.commitment,
                lambda k: db.commitments(involving=k), lambda k: db.commitments(actor=k),
                lambda k: db.commitments(target=k), lambda k: db.commitments(meeting=k)]

    def test_nul_and_surrogates_match_nothing(self) -> None:
        entity = self.db.entities()[0]
        meeting = self.db.meetings[0]
        commitment = self.db.commitments()[0]
        for valid in (entity.id, entity.name, meeting.id, commitment.id):
            for key in (valid + "\0", valid + "\0junk", "\0" + valid, valid + "\udcff",
                        "\ud800" + valid, "\udcff"):
                for lookup in self.lookups():
                    with self.subTest(key=key, lookup=lookup):
                        with self.assertRaises(camtg.UnknownKeyError) as caught:
                            lookup(key)
                        error = caught.exception
                        self.assertIsInstance(error, KeyError)
                        self.assertEqual(error.args, (key,))
                        self.assertEqual(error.key, key)
                        self.assertNotIn("in method", str(error))
                        self.assertNotIn("\0", str(error))

    def test_keys_that_are_not_str(self) -> None:
        for key in (b"KAZ", 5, None, ["KAZ"], 3.5):
            for lookup in self.lookups()[:3]:
                with self.subTest(key=key, lookup=lookup):
                    with self.assertRaises(TypeError) as caught:
                        lookup(key)
                    self.assertIn(type(key).__name__, str(caught.exception))
                    self.assertNotIn("in method", str(caught.exception))
        for keyword in ("involving", "actor", "target", "meeting"):
            with self.assertRaises(TypeError) as caught:
                self.db.commitments(**{keyword: b"KAZ"})
            self.assertIn("bytes", str(caught.exception))

    def test_vocabulary_values_that_are_not_str(self) -> None:
        for keyword in ("sector", "type", "kind"):
            for value in (b"health", bytearray(b"x"), 7, [b"health"]):
                with self.subTest(keyword=keyword, value=value):
                    with self.assertRaises(TypeError) as caught:
                        self.db.commitments(**{keyword: value})
                    self.assertNotIn("int", str(caught.exception) if isinstance(value, bytes)
                                     else "")
            for value in ("health\0", "\udcff", "AGREE\0x"):
                with self.assertRaises(camtg.VocabularyError):
                    self.db.commitments(**{keyword: value})


def interrupting(k: int) -> Callable[[], None]:
    """Arms tracing that raises KeyboardInterrupt at the k-th event inside the
    camtg package (a call, line or return of its Python code, or the return of
    any raw C function), as Ctrl-C would at that point. Returns the disarm."""
    count = 0

    def hit() -> None:
        nonlocal count
        count += 1
        if count == k:
            sys.settrace(None)
            sys.setprofile(None)
            raise KeyboardInterrupt

    def local(frame: Any, event: str, arg: Any) -> Any:
        if event in ("line", "return"):
            hit()
        return local

    def calls(frame: Any, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename.startswith(PACKAGE_DIR):
            hit()
            return local
        return None

    def returns(frame: Any, event: str, arg: Any) -> None:
        if event == "c_return" and getattr(arg, "__self__", None) is _capi._capi_ext:
            hit()

    sys.settrace(calls)
    sys.setprofile(returns)

    def disarm() -> None:
        sys.settrace(None)
        sys.setprofile(None)
    return disarm


def meter_works(heap: Callable[[], int]) -> bool:
    """Whether ``heap`` sees a block of 1 MiB come and go (it does not under
    valgrind, whose allocator mallinfo2 cannot read)."""
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    before = heap()
    block = libc.malloc(1 << 20)
    grown = heap() - before
    libc.free(block)
    return grown >= 1 << 20


class InterruptedLoadTest(unittest.TestCase):
    def count_elsewhere(self) -> bool:
        """Runs this test again in a child interpreter when the heap cannot be
        counted here (valgrind does not follow children), after the loads
        above ran here under the memory checker. True when it did so."""
        if meter_works(heap_meter()):
            return False
        here = os.path.dirname(os.path.abspath(__file__))
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([here, env.get("PYTHONPATH", "")])
        result = subprocess.run([sys.executable, "-m", "unittest", self.id()], env=env,
                                capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Ran 1 test", result.stderr)
        return True

    def interrupt_everywhere(self, load: Callable[[], camtg.Database]) -> int:
        """Interrupts load() at each point in turn until it completes; returns
        how many points there were."""
        k = 1
        while True:
            disarm = interrupting(k)
            try:
                db = load()
            except KeyboardInterrupt:
                k += 1
                continue
            finally:
                disarm()
            db.close()
            return k - 1

    def test_an_interrupt_anywhere_leaks_nothing(self) -> None:
        with open(multilingual_dataset_path(), encoding="utf-8") as f:
            text = f.read()
        loads: List[Callable[[], camtg.Database]] = [
            camtg.open, lambda: camtg.open(multilingual_dataset_path()), lambda: camtg.loads(text)]
        heap = heap_meter()
        for load in loads:
            load().close()  # first-use allocations (vocabularies, caches) out of the way
        gc.collect()
        before = heap()
        for load in loads:
            points = self.interrupt_everywhere(load)
            # Points after the C call returned exist: the one that used to leak.
            self.assertGreater(points, 3)
        gc.collect()
        if not self.count_elsewhere():
            self.assertLess(heap() - before, C_SLACK,
                            f"{heap() - before} bytes kept by interrupted loads")

    def test_the_meter_sees_a_kept_database(self) -> None:
        if self.count_elsewhere():
            return
        heap = heap_meter()
        gc.collect()
        before = heap()
        kept = [camtg.open() for _ in range(3)]
        self.assertGreater(heap() - before, C_SLACK)
        self.assertEqual(len(kept), 3)

    def test_three_interrupted_loads_leave_rss_where_it_was(self) -> None:
        # A child process with a file of some megabytes, so that one leaked
        # database shows in the resident set size as the user sees it.
        oracle = Oracle(default_dataset_path())
        doc = oracle.doc
        doc["entities"] = doc["entities"] + [
            {"id": f"topic-{i}", "type": "topic", "name": f"Generated topic {i}",
             "aliases": [f"gt{i}"], "description": "filler " * 12} for i in range(25000)]
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "big.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(doc, f)
            script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rss_interrupt.py")
            env = dict(os.environ)
            # Under ASan, freed blocks go back at once (no quarantine) so that
            # the RSS reflects what is in use.
            env["ASAN_OPTIONS"] = env.get("ASAN_OPTIONS", "") + ":quarantine_size_mb=0"
            out = subprocess.run([sys.executable, script, path], env=env, check=True,
                                 capture_output=True, text=True).stdout
        before, interrupted, one_kept, two_kept = (int(v) for v in out.split())
        one_database = two_kept - one_kept
        self.assertGreater(one_database, 4 << 20, out)  # the meter sees a database
        self.assertLess(interrupted - before, one_database // 2,
                        f"RSS grew by {interrupted - before} bytes over three interrupted "
                        f"loads; one database is {one_database}")


class CloseWhileReadingTest(unittest.TestCase):
    READERS = 8
    ROUNDS = int(os.environ.get("CAMTG_TEST_CLOSE_ROUNDS", "20"))
    READS_BEFORE_CLOSE = 50

    def setUp(self) -> None:
        self.interval = sys.getswitchinterval()
        sys.setswitchinterval(1e-6)  # switch threads as often as possible

    def tearDown(self) -> None:
        sys.setswitchinterval(self.interval)

    def one_round(self, expected: List[tuple]) -> None:
        db = camtg.open(multilingual_dataset_path())
        commitments = db.commitments()
        reads = [0] * self.READERS
        enough = threading.Barrier(self.READERS + 1)
        outcomes: List[Optional[BaseException]] = [None] * self.READERS
        wrong: List[str] = []

        def reader(n: int) -> None:
            try:
                while True:
                    i = reads[n] % len(expected)
                    c = commitments[i]
                    got = (c.id, c.quote, tuple(a.name for a in c.actors), c.sectors,
                           tuple(db.commitments(involving=c.actors[0]).ids()))
                    if got != expected[i]:
                        wrong.append(f"reader {n} read {got!r}")
                    reads[n] += 1
                    if reads[n] == self.READS_BEFORE_CLOSE:
                        enough.wait()
            except camtg.ClosedError as e:
                outcomes[n] = e
            except BaseException as e:  # anything else is a failure, reported below
                outcomes[n] = e
                enough.abort()

        threads = [threading.Thread(target=reader, args=(n,)) for n in range(self.READERS)]
        for t in threads:
            t.start()
        def close() -> None:
            try:
                enough.wait()
            finally:
                db.close()  # also when a reader failed, so that the others end

        closer = threading.Thread(target=close)
        closer.start()
        closer.join()
        for t in threads:
            t.join()
        self.assertEqual(wrong, [])
        for n, outcome in enumerate(outcomes):
            self.assertIsInstance(outcome, camtg.ClosedError, f"reader {n}: {outcome!r}")
        self.assertTrue(all(r >= self.READS_BEFORE_CLOSE for r in reads))

    def test_eight_readers_while_a_ninth_closes(self) -> None:
        with camtg.open(multilingual_dataset_path()) as db:
            expected = [(c.id, c.quote, tuple(a.name for a in c.actors), c.sectors,
                         tuple(db.commitments(involving=c.actors[0]).ids()))
                        for c in db.commitments()]
        for _ in range(self.ROUNDS):
            self.one_round(expected)


class LoadWithoutTheGilTest(unittest.TestCase):
    def test_other_threads_run_while_a_fifo_is_read(self) -> None:
        # The loading thread blocks inside camtg_open_file until this thread
        # writes the second half. Holding the GIL there would stop this
        # thread for good; the child's timeout only ends such a hang.
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fifo_load.py")
        result = subprocess.run([sys.executable, script, default_dataset_path()],
                                env=dict(os.environ), capture_output=True, text=True,
                                timeout=600)
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.split()
        self.assertEqual(lines[0], "progress-during-load")
        self.assertGreater(int(lines[1]), 0)
        self.assertEqual(lines[2], "loaded")
        self.assertEqual(int(lines[3]), len(Oracle(default_dataset_path()).commitments))


if __name__ == "__main__":
    unittest.main()
