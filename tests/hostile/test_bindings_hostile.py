# SPDX-License-Identifier: MIT
"""Every committed hostile case through the Python binding and the command line.

The C runner (hostile_runner.c) checks the library's own answer; this checks
that the layers above pass it on intact: camtg.loads() and camtg.open() raise
camtg.Error with the same status, JSON Pointer, position and message, and
`camtg validate FILE` exits 1 with FILE:LINE:COLUMN (or FILE: POINTER) and the
message on stderr, nothing on stdout, and never dies of a signal.

Environment: CAMTG_HOSTILE_CASES (the cases folder); CAMTG_CLI (the camtg
program) for the command-line class; PYTHONPATH reaching the camtg package
for the Python class. A class whose layer is not built is not registered by
CMake, so nothing here is skipped silently.
"""
import os
import subprocess
import sys
import unittest

CASES_DIR = os.environ["CAMTG_HOSTILE_CASES"]


def read_cases():
    """(name, input path, input bytes, expectation dict) for every case."""
    cases = []
    for name in sorted(os.listdir(CASES_DIR)):
        folder = os.path.join(CASES_DIR, name)
        with open(os.path.join(folder, "input"), "rb") as f:
            data = f.read()
        exp = {"path": ""}
        with open(os.path.join(folder, "expected"), encoding="utf-8") as f:
            for line in f.read().split("\n"):
                if not line:
                    continue
                key, _, value = line.partition(" ")
                exp[key] = int(value) if key in ("line", "column", "offset") else value
        cases.append((name, os.path.join(folder, "input"), data, exp))
    if len(cases) < 100:
        raise RuntimeError("only %d cases in %s" % (len(cases), CASES_DIR))
    return cases


CASES = read_cases()


class PythonBinding(unittest.TestCase):
    """camtg.loads(bytes) and camtg.open(path) over every case."""

    def check(self, load, exp, filename):
        import camtg
        if exp["code"] == "CAMTG_OK":
            db = load()
            db.verify()
            self.assertGreater(len(db.entities()), 0)
            return
        with self.assertRaises(camtg.Error) as caught:
            load()
        err = caught.exception
        self.assertEqual(err.status, exp["code"])
        self.assertEqual(err.path, exp["path"] or None)
        self.assertIn(defanged(exp["message"]), str(err))
        if "message2" in exp:
            self.assertIn(defanged(exp["message2"]), str(err))
        self.assertEqual(err.line, exp.get("line"))
        self.assertEqual(err.column, exp.get("column"))
        self.assertEqual(err.offset, exp.get("offset"))
        self.assertEqual(err.filename, filename)

    def test_loads_every_case(self):
        import camtg
        for name, _, data, exp in CASES:
            with self.subTest(case=name):
                self.check(lambda: camtg.loads(data), exp, None)

    def test_open_every_case(self):
        import camtg
        for name, path, _, exp in CASES:
            with self.subTest(case=name):
                self.check(lambda: camtg.open(path), exp, path)

    def test_unreadable_paths(self):
        import camtg
        with self.assertRaises(IsADirectoryError) as caught:
            camtg.open(CASES_DIR)
        self.assertIsInstance(caught.exception, camtg.Error)
        self.assertEqual(caught.exception.filename, CASES_DIR)
        missing = os.path.join(CASES_DIR, "no-such-case", "input")
        with self.assertRaises(FileNotFoundError) as caught:
            camtg.open(missing)
        self.assertEqual(caught.exception.filename, missing)


def defanged(text):
    """What the command line prints and Python's str(error) holds for a
    message: control characters (C0, DEL, C1) as '?'."""
    return "".join("?" if ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 else ch for ch in text)


class CommandLine(unittest.TestCase):
    """`camtg validate FILE` over every case."""

    def test_validate_every_case(self):
        cli = os.environ["CAMTG_CLI"]
        wrapper = os.environ.get("CAMTG_CLI_WRAPPER", "").split()
        for name, path, _, exp in CASES:
            with self.subTest(case=name):
                run = subprocess.run(wrapper + [cli, "validate", path], capture_output=True,
                                     timeout=120)
                # A negative status is a signal: the program crashed.
                self.assertGreaterEqual(run.returncode, 0, run.stderr)
                stderr = run.stderr.decode("utf-8", "replace")
                if exp["code"] == "CAMTG_OK":
                    self.assertEqual(run.returncode, 0, stderr)
                    self.assertTrue(run.stdout.decode().startswith(path + ": OK"))
                    continue
                self.assertEqual(run.returncode, 1, stderr)
                self.assertEqual(run.stdout, b"")
                if "line" in exp:
                    where = "%s:%d:%d: " % (path, exp["line"], max(exp["column"], 1))
                elif exp["path"]:
                    where = "%s: %s: " % (path, exp["path"])
                else:
                    where = "%s: " % path
                self.assertTrue(stderr.startswith(where), "%r does not start with %r"
                                % (stderr, where))
                self.assertIn(defanged(exp["message"]), stderr)
                self.assertEqual(stderr.count("\n"), 1, stderr)


if __name__ == "__main__":
    unittest.main()
